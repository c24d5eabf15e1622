import Foundation
import Testing
import WeekboardTestSupport

/// Stores on "machines" (each its own temp store) syncing through one bare git repository, with the
/// real `weekboard` binary and the real `git` program.
struct SyncFixture {
    let remote: URL
    var machines: [CLIRunner] = []

    init(_ names: [String]) throws {
        remote = FileManager.default.temporaryDirectory.appendingPathComponent("wb-remote-\(UUID().uuidString).git")
        try Self.git(["init", "--bare", "--quiet", "-b", "main", remote.path])
        for (i, name) in names.enumerated() {
            var m = CLIRunner(person: name)
            // Each machine's changes in its own journal month (2027-01, 2027-02…), so the journals of two
            // machines that both changed the store are different files: today's one-side merge suffices.
            // Both changing one month's journal is the field and journal merge's own case.
            m.env["WEEKBOARD_NOW"] = "2027-0\(i + 1)-15T10:00:00Z"
            machines.append(m)
        }
    }

    func cleanUp() {
        for m in machines {
            m.cleanUp()
            try? FileManager.default.removeItem(atPath: m.store.path + "-config")
        }
        try? FileManager.default.removeItem(at: remote)
    }

    /// The first machine publishes (its store made first); the others join with empty stores.
    func join(_ url: String? = nil) throws {
        let url = url ?? remote.path
        for (i, m) in machines.enumerated() {
            if i == 0, !FileManager.default.fileExists(atPath: m.store.appendingPathComponent("store.json").path) {
                #expect(try m.run("init").code == 0)
            }
            let r = try m.run("sync", "init", url)
            #expect(r.code == 0, "machine \(i): \(r.err)")
        }
    }

    /// Each machine syncs, in turn, `rounds` times.
    func syncAll(rounds: Int = 2) throws {
        for _ in 0..<rounds {
            for (i, m) in machines.enumerated() {
                let r = try m.run("sync")
                #expect(r.code == 0, "machine \(i): \(r.err)")
            }
        }
    }

    /// `status --json` for one person, as each machine prints it.
    func statuses(person: String = "alex", week: String = "this") throws -> [String] {
        try machines.map { m in
            let r = try m.run("status", "--json", "--person", person, "--week", week)
            #expect(r.code == 0, "\(r.err)")
            return r.out
        }
    }

    /// Every path and every byte ever pushed to the remote: each commit's files and the patches.
    func history() throws -> (paths: Set<String>, patches: String) {
        let revs = try Self.git(["--git-dir=\(remote.path)", "rev-list", "--all"]).split(separator: "\n")
        var paths = Set<String>()
        for rev in revs {
            let names = try Self.git(["--git-dir=\(remote.path)", "ls-tree", "-r", "--name-only", String(rev)])
            paths.formUnion(names.split(separator: "\n").map(String.init))
        }
        let patches = try Self.git(["--git-dir=\(remote.path)", "log", "--all", "-p", "--binary"])
        return (paths, patches)
    }

    @discardableResult
    static func git(_ args: [String], env: [String: String] = [:], input: String? = nil) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ExternalTool.find("git") ?? "/usr/bin/git")
        p.arguments = args
        var e = ProcessInfo.processInfo.environment
        e["GIT_CONFIG_NOSYSTEM"] = "1"
        e["HOME"] = FileManager.default.temporaryDirectory.path
        e["GIT_AUTHOR_NAME"] = "Test"
        e["GIT_AUTHOR_EMAIL"] = "test@example.org"
        e["GIT_COMMITTER_NAME"] = "Test"
        e["GIT_COMMITTER_EMAIL"] = "test@example.org"
        for (k, v) in env { e[k] = v }
        p.environment = e
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let stdin = Pipe()
        p.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try p.run()
        if let input {
            try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let errBox = SyncErrBox()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw GitFailure(
                description:
                    "git \(args.joined(separator: " ")) failed: \(String(decoding: errBox.data, as: UTF8.self))")
        }
        return String(decoding: o, as: UTF8.self)
    }
}

extension String {
    /// Without the newline git ends its answers with.
    var gitLine: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

struct GitFailure: Error, CustomStringConvertible {
    let description: String
}

private final class SyncErrBox: @unchecked Sendable {
    var data = Data()
}
