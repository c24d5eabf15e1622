import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

/// Hostile text in the RAID log, dimension tolerances and period lines, in every published format: text,
/// never markup, a script or a formula (as `HighlightEscapingTests` for the rest of the report).
@Suite struct HighlightRAIDEscapingTests {
    typealias F = HighlightFixture
    typealias E = HighlightEscapingTests

    static func report() throws -> HighlightReport {
        var p = F.project("Lifts", [(1, .amber, nil), (20, .red, nil)], in: "P")
        var last = p.history.removeLast()
        (last.done, last.next) = ([E.script], [E.markdown])
        p.history.append(last)
        p.risks.append(
            Versioned(
                Risk(
                    date: F.day(2), title: E.script, likelihood: 5, impact: 5, owner: E.image, mitigation: E.markdown,
                    review: F.day(30))))
        p.issues.append(
            Versioned(RAIDIssue(date: F.day(2), title: E.control, severity: 3, owner: "=1+1", action: E.script)))
        p.decisions.append(
            Versioned(Decision(date: F.day(3), question: E.image, options: E.script, decider: E.markdown)))
        var decided = Decision(date: F.day(3), question: "=SUM(A1)", decider: "Board")
        p.decisions.append(Versioned(decided))
        (decided.date, decided.outcome, decided.decidedOn, decided.decidedBy) = (
            F.day(21), E.script, F.day(21), E.image
        )
        p.decisions[1].history.append(decided)
        var r = DimensionRatings(date: F.day(2), tolerance: E.script)
        r.cost = .red
        p.ratings = Versioned(r)
        return try F.report([p])
    }

    @Test func htmlIsWellFormedWithEveryNewSectionAndNoMarkupFromTheStore() throws {
        let html = HighlightHTML.render(try Self.report())
        let check = try HTMLCheck.run(html)
        #expect(check.xmlError == nil && check.nestingErrors.isEmpty && check.sameElements)
        #expect(!check.elements.contains("script") && !check.elements.contains("img"))
        #expect(check.eventAttributes.isEmpty && check.fetches.isEmpty)
        for heading in ["Decisions requested", "Lifts", "This period", "Next period", "Key risks", "Key issues"] {
            #expect(check.headings.contains(heading), "\(heading): \(check.headings)")
        }
        #expect(check.headings.contains("Decisions made"))
        #expect(check.rowHeaders.contains("1"))
        #expect(check.text.contains("Tolerances: \(E.script)."))
        #expect(check.text.contains("Cost ■ R Off track outside tolerance"))
        #expect(check.listItems.contains(E.script) && check.listItems.contains(E.markdown))
        #expect(!html.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func markdownEscapesTheRAIDLog() throws {
        let md = HighlightMarkdown.render(try Self.report())
        let scalars = Array(md.unicodeScalars)
        for (i, u) in scalars.enumerated() where u == "<" || u == "[" || u == "`" {
            #expect(i > 0 && scalars[i - 1] == "\\", "unescaped \(u) at \(i)")
        }
        // Every RAID table row keeps its six cells: a `|` in stored text is escaped.
        for line in md.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| Project") {
            guard !line.contains("Lifts") else { continue }
            let cells = line.replacingOccurrences(of: #"\|"#, with: "")
                .split(separator: "|", omittingEmptySubsequences: false)
            #expect(cells.count == 8, "\(line)")
        }
        #expect(md.contains("### Decisions requested") && md.contains("**Key risks**"))
        #expect(!md.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func raidCSVNeutralisesFormulasAndParsesBack() throws {
        let csv = HighlightRAIDCSV.render(try Self.report())
        let parsed = try ExternalTool.run(
            "python3",
            ["-c", "import sys, csv, json\nprint(json.dumps(list(csv.reader(sys.stdin.read().splitlines(True)))))"],
            stdin: csv)
        #expect(parsed.code == 0, "\(parsed.err)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(parsed.out.utf8)) as? [[String]])
        #expect(rows.count == 1 + 4 && rows.allSatisfy { $0.count == HighlightRAIDCSV.header.count })
        #expect(rows.dropFirst().map { $0[2] } == ["Risk", "Issue", "Decision", "Decision"])
        #expect(rows[2][5] == "'=1+1" && rows[4][4] == "'=SUM(A1)")
        #expect(rows[1][4] == E.script && rows[2][4] == "Esc^[[31mred^G")
        #expect(rows[4][15] == E.script && rows[4][16] == "2026-11-21")
    }
}
