import Foundation
import Testing
import WeekboardTestSupport

/// Bidi marks, separators, the BOM, annotation marks and stray tag characters are made visible like
/// other controls in every output (issue 26); ZWJ inside emoji, combining marks and subdivision flags stay.
@Suite("CLI: invisible and direction-changing characters made visible")
struct InvisibleCharactersCLITests {
    static let hidden: [(String, String)] = [
        ("\u{200E}", "<U+200E>"), ("\u{200F}", "<U+200F>"), ("\u{061C}", "<U+061C>"), ("\u{2028}", "<U+2028>"),
        ("\u{2029}", "<U+2029>"), ("\u{FEFF}", "<U+FEFF>"), ("\u{FFF9}", "<U+FFF9>"), ("\u{FFFB}", "<U+FFFB>"),
        ("\u{E0041}", "<U+E0041>"),
    ]
    static let flag = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
    static let kept = ["👩\u{200D}👩\u{200D}👧", "e\u{0301}", flag]

    @Test("status, log, undo --list, weeknote Markdown and HTML, and --json")
    func everyOutput() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let text = Self.hidden.map { "x\($0.0)" }.joined() + " " + Self.kept.joined(separator: " ")
        let set = try cli.run("goal", "set", "1", text)
        #expect(set.code == 0, "\(set.err)")
        for args in [
            ["status", "--width", "400"], ["log"], ["undo", "--list"], ["export", "weeknote"],
            ["export", "weeknote", "--format", "html"],
        ] {
            let out = try cli.run(args).out
            for (raw, shown) in Self.hidden {
                #expect(!out.unicodeScalars.contains(raw.unicodeScalars.first!), "\(args): \(shown) raw")
            }
            // log and undo --list cut a long summary: the first marks are what they show. Markdown and HTML
            // escape the brackets of what they show.
            #expect(out.contains("U+200E") && out.contains("U+200F") && out.contains("U+061C"), "\(args): \(out)")
            if args.first != "log" && args.first != "undo" {
                #expect(Self.hidden.allSatisfy { out.contains($0.1.dropFirst().dropLast()) }, "\(args): \(out)")
                #expect(Self.kept.allSatisfy { out.contains($0) }, "\(args): a kept character changed: \(out)")
            }
        }
        let json = try cli.run("status", "--json")
        for (raw, _) in Self.hidden {
            #expect(!json.out.unicodeScalars.contains(raw.unicodeScalars.first!), "--json: raw \(raw.unicodeScalars)")
        }
        let goals = try cli.statusJSON()["goals"] as? [[String: Any]]
        #expect(goals?.first?["text"] as? String == text, "the JSON still reads back as the text")
    }
}
