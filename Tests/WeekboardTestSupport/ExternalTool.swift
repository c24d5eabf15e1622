import Foundation

/// Runs a program found on `PATH` with some input and a time limit, for tests that check output
/// with real tools (Python's parsers, a headless browser, pdftotext).
package enum ExternalTool {
    package struct Output: Sendable {
        package let out: String
        package let err: String
        package let code: Int32
    }

    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    /// The full path of `name` on `PATH`, or nil.
    package static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `name` with `args`, `stdin` as its input; ends it (by its pid) after `timeout` seconds.
    package static func run(
        _ name: String, _ args: [String], stdin: String = "",
        timeout: Double = 60
    ) throws -> Output {
        guard let path = find(name) else { throw Failure(description: "\(name) is not installed") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        let input = Pipe(), out = Pipe(), err = Pipe()
        p.standardInput = input
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let timer = DispatchWorkItem { if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        defer { timer.cancel() }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            box.err = err.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        p.waitUntilExit()
        return Output(
            out: String(decoding: o, as: UTF8.self), err: String(decoding: box.err, as: UTF8.self),
            code: p.terminationStatus)
    }
}

/// Carries stderr's bytes back from the reading thread (the semaphore orders the accesses).
private final class Box: @unchecked Sendable {
    var err = Data()
}
