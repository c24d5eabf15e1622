import Foundation
import Testing
import WeekboardTestSupport

/// Every command's `--help` reads as prose: the overview is wrapped by the parser at 80 columns, never
/// broken early by a line break left in the source (which printed "--week (changes made on" alone on a line).
@Suite("CLI: --help text is wrapped cleanly")
struct CLIHelpTextTests {
    /// The subcommand names a help page lists (two-space indent under SUBCOMMANDS:).
    static func subcommands(_ help: String) -> [String] {
        guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[start.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            let name = line.dropFirst(2).prefix { $0.isLowercase || $0 == "-" }
            return name.isEmpty || name == "dashboard" ? nil : String(name)
        }
    }

    /// Lines of the overview that end early: the next line goes on with the same sentence (not indented,
    /// starting in lower case) and its first word would have fitted on this line.
    static func earlyBreaks(_ help: String) -> [String] {
        let overview = help.components(separatedBy: "\nUSAGE:").first ?? ""
        let lines = overview.components(separatedBy: "\n")
        return zip(lines, lines.dropFirst()).compactMap { line, next in
            guard !line.isEmpty, let first = next.first, first.isLowercase else { return nil }
            let word = next.prefix { $0 != " " }
            return line.count + 1 + word.count < 76 ? line + "⏎" + next : nil
        }
    }

    @Test("no command's overview is broken mid-sentence")
    func wrapped() throws {
        var cli = CLIRunner()
        cli.env["COLUMNS"] = "80"
        var queue: [[String]] = [[]]
        var seen = 0
        while let path = queue.popLast() {
            let r = try cli.run(path + ["--help"])
            #expect(r.code == 0, "\(path) --help exited \(r.code): \(r.err)")
            #expect(Self.earlyBreaks(r.out) == [], "weekboard \(path.joined(separator: " ")) --help")
            queue += Self.subcommands(r.out).map { path + [$0] }
            seen += 1
        }
        // The walk found the whole tree (the top level, each command and their subcommands).
        #expect(seen > 40)
    }
}
