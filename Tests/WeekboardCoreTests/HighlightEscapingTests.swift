import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

/// Hostile text from the store in every published format: it shows as text and never becomes
/// markup, a script, a fetch or a formula. HTML is checked by real parsers (`HTMLCheck`), CSV by
/// Python's csv module.
@Suite struct HighlightEscapingTests {
    typealias F = HighlightFixture
    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"
    static let markdown = "[click](javascript:alert(1)) **bold** `code` | pipe & <b>"
    static let control = "Esc\u{1B}[31mred\u{7}"

    static func hostileReport() throws -> HighlightReport {
        try F.report([
            F.project(
                script, [(1, .amber, nil), (20, .red, image)], in: image, owner: markdown, note: control,
                due: F.day(20)),
            F.project(image, [(12, .green, script)], in: image, owner: control),
            F.project(markdown, [(1, .green, nil), (18, .blue, markdown)], in: image),
            F.project(control, [(1, .amber, nil)], in: script),
        ])
    }

    @Test func htmlIsWellFormedAndShowsHostileNamesAsText() throws {
        let html = HighlightHTML.render(try Self.hostileReport())
        let check = try HTMLCheck.run(html)
        #expect(check.xmlError == nil)
        #expect(check.nestingErrors.isEmpty)
        #expect(check.sameElements)
        #expect(!check.elements.contains("script") && !check.elements.contains("img"))
        #expect(check.eventAttributes.isEmpty)
        #expect(check.fetches.isEmpty)
        #expect(check.lang == "en-GB")
        // Each name is a row header, exactly as stored (control characters made visible).
        #expect(Set(check.rowHeaders) == [Self.script, Self.image, Self.markdown, "Esc^[[31mred^G"])
        #expect(check.headings.contains(Self.image) && check.headings.contains(Self.script))
        #expect(check.text.contains("moved from Amber to Red on 20 November 2026: \(Self.image)"))
        #expect(!html.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func theDemoReportAndAWeeknotePageAreWellFormedAndAccessible() throws {
        let check = try HTMLCheck.run(HighlightHTML.render(try HighlightGoldenTests.demoReport()))
        #expect(check.xmlError == nil && check.nestingErrors.isEmpty && check.sameElements)
        #expect(check.lang == "en-GB")
        let projects = ["Project", "Status", "Owner", "Next milestone", "Due", "Last update", "Latest note"]
        let risks = ["No.", "Risk", "Score", "Owner", "Mitigation", "Review"]
        let issues = ["No.", "Issue", "Severity", "Owner", "Action", "Due"]
        // Each programme's projects, then the RAID tables of its projects that have any.
        #expect(check.columnHeaders == projects + risks + issues + risks + projects + issues)
        #expect(check.rowHeaders.count == 15 + 5)
        // The word is always shown with the letter and shape.
        for word in ["■ R Off track", "▲ A At risk", "● AG Minor risk", "● G On track", "✓ B Complete"] {
            #expect(check.text.contains(word))
        }

        var week = PersonWeek(person: "me", week: WeeknoteFixture.week)
        _ = try week.setFocus(Self.script)
        _ = try week.setGoal(slot: 1, text: Self.image, now: WeeknoteFixture.now)
        _ = try week.addNote(.watch, Self.markdown)
        let note = WeeknoteHTML.render(WeeknoteFixture.snapshot(mine: week))
        let weekCheck = try HTMLCheck.run(note)
        #expect(weekCheck.xmlError == nil && weekCheck.nestingErrors.isEmpty && weekCheck.sameElements)
        #expect(!weekCheck.elements.contains("script") && !weekCheck.elements.contains("img"))
        #expect(weekCheck.eventAttributes.isEmpty && weekCheck.fetches.isEmpty && weekCheck.lang == "en-GB")
        #expect(
            weekCheck.headings == [
                "Weeknote 2026.48 — me — w/c 23 November 2026", "Focus", "Goals", "Ones to watch",
            ])
        #expect(weekCheck.text.contains(Self.script))
        #expect(weekCheck.listItems.contains("\(Self.image) — not done"))
        #expect(weekCheck.listItems.contains(Self.markdown))
    }

    @Test func markdownEscapesEveryInlineMarkup() throws {
        let md = HighlightMarkdown.render(try Self.hostileReport())
        // The report's own Markdown has no `<`, `[` or backtick: every one in it is an escaped stored one.
        let scalars = Array(md.unicodeScalars)
        for (i, u) in scalars.enumerated() where u == "<" || u == "[" || u == "`" {
            #expect(i > 0 && scalars[i - 1] == "\\", "unescaped \(u) at \(i)")
        }
        #expect(md.contains(#"\<script\>alert(1)\</script\>"#))
        #expect(md.contains(#"\[click\](javascript:alert(1)) \*\*bold\*\* \`code\` \| pipe \& \<b\>"#))
        // Every table row still has exactly seven cells: a `|` in a name is escaped.
        for line in md.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| Project") {
            let cells = line.replacingOccurrences(of: #"\|"#, with: "")
                .split(separator: "|", omittingEmptySubsequences: false)
            #expect(cells.count == 9, "\(line)")
        }
        #expect(md.contains(#"Esc^\[\[31mred^G"#))
        #expect(!md.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    /// Cells a spreadsheet would evaluate are neutralised with a leading `'`; the file parses back
    /// (Python's csv module) to one row per project with every other text intact.
    @Test func csvNeutralisesFormulas() throws {
        let attacks = [
            "=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+1", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0",
            // A combining mark makes `=` or `"` part of a larger Swift Character; a reader still sees them.
            "=\u{301}1+1", "Quote \"\u{301}, mark",
        ]
        let projects =
            attacks.enumerated().map { i, name in
                F.project(name, [(1, .amber, nil), (20, .red, name)], in: "P", owner: name, note: name)
            } + [F.project("Plain, \"quoted\"", [(1, .green, nil)])]
        let csv = HighlightCSV.render(try F.report(projects))
        let parsed = try ExternalTool.run(
            "python3",
            [
                "-c",
                """
                import sys, csv, json
                print(json.dumps(list(csv.reader(sys.stdin.read().splitlines(True)))))
                """,
            ], stdin: csv)
        #expect(parsed.code == 0, "\(parsed.err)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(parsed.out.utf8)) as? [[String]])
        #expect(rows.count == 1 + projects.count)
        #expect(rows.allSatisfy { $0.count == HighlightCSV.header.count })
        for row in rows {
            for cell in row {
                let first = cell.unicodeScalars.first.map(Character.init)
                #expect(!(first.map { "=+-@\t\r".contains($0) } ?? false), "formula-leading cell: \(cell)")
            }
        }
        let names = Set(rows.dropFirst().map { $0[2] })
        #expect(names.contains("'=HYPERLINK(\"http://evil.example\",\"Click\")"))
        #expect(names.contains("'+1+1") && names.contains("'-2+3") && names.contains("'@SUM(A1:A9)"))
        // Tab and CR are made visible first (a CSV may be printed to a terminal): text, not a formula.
        #expect(names.contains("^I=1+1") && names.contains("^M=1+1"))
        #expect(names.contains("Plain, \"quoted\""))
        #expect(names.contains("'=\u{301}1+1") && names.contains("Quote \"\u{301}, mark"), "\(names)")
        let owners = rows.dropFirst().map { $0[7] }
        #expect(owners.contains("'=cmd|' /C calc'!A0"))
    }

    @Test func csvFieldRules() {
        #expect(CSVField.cell("=1+1") == "'=1+1")
        #expect(CSVField.cell("a,b") == "\"a,b\"")
        #expect(CSVField.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.cell(" padded") == "\" padded\"")
        #expect(CSVField.cell("2026-11-24") == "2026-11-24")
        #expect(CSVField.row(["a", "-b"]) == "a,'-b\r\n")
        #expect(CSVField.cell("\"\u{301},") == "\"\"\"\u{301},\"")
    }

    /// Every tag's text on its background, and the page's text colours, meet WCAG AA (4.5:1);
    /// and the page's CSS uses exactly these colours.
    @Test func contrastIsAtLeastFourAndAHalfToOne() throws {
        let css = HTMLPage.css
        for s in RAGStatus.allCases {
            let c = HTMLPalette.tag(s)
            let ratio = HTMLPalette.contrast(c.text, c.background)
            #expect(ratio >= 4.5, "\(s): \(ratio)")
            #expect(css.contains(".\(HTMLPalette.tagClass(s)) { color: \(c.text); background: \(c.background); }"))
        }
        #expect(HTMLPalette.contrast(HTMLPalette.text, HTMLPalette.background) >= 4.5)
        #expect(HTMLPalette.contrast(HTMLPalette.secondary, HTMLPalette.background) >= 4.5)
        // The formula itself, on known values: black on white is 21:1, GOV.UK's grey on white 7:1.
        #expect(abs(HTMLPalette.contrast("#000000", "#ffffff") - 21) < 0.001)
        #expect(abs(HTMLPalette.contrast("#505a5f", "#ffffff") - 7.0) < 0.1)
    }
}
