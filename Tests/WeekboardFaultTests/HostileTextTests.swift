import Foundation
import Testing
import WeekboardTestSupport

@Suite("Fault: hostile text in the store never reaches the terminal raw")
struct HostileTextTests {
    /// A store whose every free-text field holds escape sequences, C1 controls and bidi overrides.
    static func hostileStore() throws -> CLIRunner {
        let cli = CLIRunner()
        let line = TerminalBytes.line
        let long = String(repeating: "\u{1B}[2J\u{9B}", count: 290 / 5)
        let project = "Proj \u{1B}]0;t\u{07}\u{202E}x"
        let commands: [[String]] = [
            ["init", "--name", "Store \u{1B}]0;pwned\u{07}\u{9B}2J"],
            ["focus", "set", line],
            ["goal", "set", "1", line],
            ["goal", "set", "2", long],
            ["goal", "set", "3", String(repeating: "very long goal ", count: 20)],
            ["note", "add", "watch", line],
            ["note", "add", "learning", String(repeating: "\u{07}", count: 200)],
            ["note", "add", "next", "next \u{1B}]52;c;aGk=\u{07}"],
            [
                "project", "add", project, "--programme", "Prog \u{1B}]52;c;aGk=\u{07}", "--owner",
                "Own\u{9D}er\u{202E}",
                "--note", String(repeating: line, count: 5), "--milestone", "Mile \u{1B}[31m", "--due", "2026-12-04",
            ],
            ["project", "status", project, "red", "--note", "Note \u{1B}[2J\u{85}"],
            ["calls", "record", "Svc \u{1B}[5m\u{9B}", "100"],
        ]
        for args in commands {
            let r = try cli.run(args)
            #expect(r.code == 0, "\(args.prefix(2)) failed: \(r.err)")
        }
        return cli
    }

    @Test("status, status --team, project list and calls list: no raw control bytes, the text shown visibly")
    func cliOutputs() throws {
        let cli = try Self.hostileStore()
        defer { cli.cleanUp() }
        let views: [(args: [String], sgr: Bool)] = [
            (["status"], false), (["status", "--plain"], false), (["status", "--color", "always"], true),
            (["status", "--team"], false), (["project", "list"], false), (["calls", "list"], false),
            (["status", "--week", "last"], false),
        ]
        for v in views {
            let r = try cli.run(v.args)
            #expect(r.code == 0, "\(v.args): \(r.err)")
            let raw = TerminalBytes.rawControls(in: r.outBytes, allowSGR: v.sgr)
            #expect(raw.isEmpty, "\(v.args) wrote raw controls: \(raw.prefix(10))")
            #expect(!r.outBytes.isEmpty)
        }
        // Visible, not dropped: a reader can see something odd is in the text.
        let status = try cli.run("status").out
        #expect(status.contains("^[]0;pwned title^G"), "the focus's escape sequence is not shown visibly")
        #expect(status.contains("<U+009B>"))
        // (the project's name and owner whole where there is room for them: names are cut at 80 columns)
        #expect(try cli.run("status", "--width", "160").out.contains("<U+202E"))
        // Long lines are cut to the 80 columns status promises (--plain is ASCII, one column per character).
        for line in try cli.run("status", "--plain").out.split(separator: "\n") {
            #expect(line.count <= 80, "a \(line.count)-column line: \(line.prefix(100))")
        }
        // JSON for scripts escapes every control (C0, DEL, C1) and bidi override as \u escapes, and
        // parses back to the very text stored.
        for args in [["status", "--json"], ["project", "list", "--json"], ["calls", "list", "--json"]] {
            let json = try cli.run(args).outBytes
            let raw = TerminalBytes.rawControls(in: json, allowSGR: false)
            #expect(raw.isEmpty, "\(args) wrote raw controls: \(raw.prefix(10))")
            #expect(!json.contains(0x7F), "\(args) wrote a raw DEL")
        }
        let report = try JSONSerialization.jsonObject(with: cli.run("status", "--json").outBytes) as? [String: Any]
        let week =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: cli.store.appendingPathComponent("people/alex/2026-W48.json"))) as? [String: Any]
        let focus = try #require(report?["focus"] as? String)
        #expect(focus == TerminalBytes.line)
        #expect(focus == week?["focus"] as? String)
    }
}
