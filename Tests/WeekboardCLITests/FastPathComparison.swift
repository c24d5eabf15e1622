import Foundation
import Testing
import WeekboardTestSupport

/// What the `status` and dashboard fast-path suites share: each command line is run on the fast path and on
/// ArgumentParser's (`WEEKBOARD_FULL_PARSER=1`), and what a user sees must be the same.
enum FastPathComparison {
    /// `@` in a line stands for the store's path.
    static func resolve(_ args: [String], _ store: URL) -> [String] {
        args.map { $0.replacingOccurrences(of: "@", with: store.path) }
    }

    /// Runs each line on both paths and compares stdout bytes, stderr and the exit code.
    static func compare(_ cli: CLIRunner, _ lines: [[String]]) throws {
        var full = cli
        full.env["WEEKBOARD_FULL_PARSER"] = "1"
        for args in lines {
            let resolved = resolve(args, cli.store)
            let fast = try cli.run(resolved)
            let parsed = try full.run(resolved)
            #expect(fast.outBytes == parsed.outBytes, "stdout differs for \(args)")
            #expect(fast.err == parsed.err, "stderr differs for \(args)")
            #expect(fast.code == parsed.code, "exit code differs for \(args)")
            #expect(!fast.signalled)
        }
    }
}
