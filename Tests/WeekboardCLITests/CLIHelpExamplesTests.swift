import Foundation
import Testing
import WeekboardTestSupport

/// The examples a command's `--help` shows are commands a person copies: each one runs as shown.
@Suite("CLI: the examples in --help run")
struct CLIHelpExamplesTests {
    /// The `weekboard …` lines under "Example:" or "Examples:", with `\` continuations joined.
    static func examples(_ help: String) -> [String] {
        var out: [String] = [], current = "", inExamples = false
        for raw in help.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("Example") { inExamples = true; continue }
            guard inExamples else { continue }
            if line.isEmpty { inExamples = false; continue }
            current += (current.isEmpty ? "" : " ") + line
            if current.hasSuffix("\\") { current.removeLast(); continue }
            if current.hasPrefix("weekboard ") { out.append(current) }
            current = ""
        }
        return out
    }

    @Test("project, risk, issue, action and note add: every example in their help runs and changes the store")
    func addExamplesRun() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("project", "add", "Lifts", "--programme", "Housing").code == 0)
        var ran = 0
        for command in [["project", "add"], ["risk", "add"], ["issue", "add"], ["action", "add"], ["note", "add"]] {
            let help = try cli.run(command + ["--help"])
            let lines = Self.examples(help.out)
            #expect(!lines.isEmpty, "\(command.joined(separator: " ")) --help shows no example")
            for line in lines {
                let before = cli.snapshotFiles()
                let r = try cli.run(Array(ReadmeTourTests.words(line).dropFirst()))
                #expect(r.code == 0, "\(line): \(r.err)")
                #expect(cli.snapshotFiles() != before, "\(line) changed nothing")
                ran += 1
            }
        }
        #expect(ran >= 7)
    }
}
