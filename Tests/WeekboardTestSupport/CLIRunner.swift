import Foundation
import WeekboardCore

/// Runs the built `weekboard` binary against a temporary store, as a user would from a shell.
package struct CLIRunner {
    package struct Result: Sendable {
        package let out: String
        package let err: String
        package let code: Int32
        /// The raw bytes written to stdout (hostile-text tests check these, not a decoded string).
        package let outBytes: Data
        /// True when the process was ended by a signal (a crash), not by exiting.
        package let signalled: Bool
    }

    package let store: URL
    package var env: [String: String]
    /// Only `init` creates a store, so the runner stands in for the user who ran `weekboard init` first:
    /// before any other command it creates the store (as `init` would) unless one is there. Tests of a
    /// missing store set this to false.
    package var createsStore = true
    /// The working folder commands run in (relative `--out` and import paths); nil: the test's own.
    package var directory: URL?

    /// A fresh temporary store folder (not created yet) with a pinned date and person.
    package init(today: String = "2026-11-24", person: String = "alex") {
        store = FileManager.default.temporaryDirectory.appendingPathComponent("wb-cli-\(UUID().uuidString)")
        var e = ProcessInfo.processInfo.environment
        e["WEEKBOARD_TODAY"] = today
        e["WEEKBOARD_PERSON"] = person
        e["WEEKBOARD_STORE"] = store.path
        e["XDG_CONFIG_HOME"] = store.path + "-config"
        e["NO_COLOR"] = "1"
        e["LANG"] = "C.UTF-8"
        env = e
    }

    /// Where `swift build` put the executable: beside the test bundle.
    package static var binary: URL {
        if let override = ProcessInfo.processInfo.environment["WEEKBOARD_BIN"] { return URL(fileURLWithPath: override) }
        return executable(named: "weekboard")
    }

    /// An executable built beside the test bundle (a test target that depends on it gets it built).
    package static func executable(named name: String) -> URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/\(name)")
    }

    @discardableResult
    package func run(_ args: String..., stdin: String? = nil) throws -> Result {
        try run(args, stdin: stdin)
    }

    @discardableResult
    package func run(_ args: [String], stdin: String? = nil) throws -> Result {
        if createsStore, !args.contains("init"), !args.contains("--store"),
            !FileManager.default.fileExists(atPath: store.appendingPathComponent("store.json").path)
        {
            try Store(root: store).create()
        }
        let p = Process()
        p.executableURL = CLIRunner.binary
        p.arguments = args
        p.environment = env
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = stdin.map { _ in Pipe() }
        p.standardInput = input ?? FileHandle.nullDevice
        try p.run()
        if let input, let stdin {
            // Written from another thread, so a command that answers before reading cannot block us.
            let handle = input.fileHandleForWriting
            DispatchQueue.global().async {
                try? handle.write(contentsOf: Data(stdin.utf8))
                try? handle.close()
            }
        }
        // Read stderr on another thread: a command that fills one pipe must not block on the other.
        let errBox = DataBox()
        let errDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        p.waitUntilExit()
        return Result(
            out: String(decoding: o, as: UTF8.self), err: String(decoding: errBox.data, as: UTF8.self),
            code: p.terminationStatus, outBytes: o, signalled: p.terminationReason == .uncaughtSignal)
    }

    /// Every file in the store with its bytes, to prove a failed command changed nothing.
    package func snapshotFiles() -> [String: Data] { StoreSnapshot.files(store) }

    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    /// `status --json` parsed; throws when the command fails.
    package func statusJSON(_ extra: String...) throws -> [String: Any] {
        let r = try run(["status", "--json"] + extra)
        guard r.code == 0 else { throw Failure(description: "status --json failed (\(r.code)): \(r.err)") }
        return try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any] ?? [:]
    }

    package func cleanUp() {
        try? FileManager.default.removeItem(at: store)
    }
}

/// Carries stderr's bytes back from the reading thread (the semaphore orders the accesses).
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
