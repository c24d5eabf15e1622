import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore
@testable import WeekboardDemo

@Suite struct WeeknoteRulesTests {
    let temp = TempStore("weeknote")
    typealias F = WeeknoteFixture

    @Test func statusMovesCountOnlyInsideTheWeek() {
        let p = F.project(
            "Voids",
            [
                (F.day(15), .red, nil), (F.day(22), .amber, "Sunday before"), (F.day(23), .green, "Monday"),
                (F.day(29), .amber, "Sunday"), (F.day(30), .red, "Monday after"),
            ])
        let moves = BoardChanges.moves(in: F.week, projects: [p])
        // One line a project: its net change with every move and every note of the week.
        #expect(moves.map(\.sentence) == ["Voids moved from Amber to Green, then to Amber: Monday; Sunday"])
    }

    @Test func aProjectAddedAndMovedInOneWeekReadsAsAddedThenMoved() {
        let p = F.project(
            "Audit",
            [(F.day(23), .amber, "Started"), (F.day(25), .red, "Audit slipped"), (F.day(27), .red, "Still slipped")])
        let q = F.project(
            "Lifts", [(F.day(16), .green, nil), (F.day(24), .amber, "Parts late"), (F.day(26), .green, nil)])
        #expect(
            BoardChanges.moves(in: F.week, projects: [p, q]).map(\.sentence) == [
                "Lifts moved from Green to Amber, then to Green: Parts late",
                "Audit was added as Amber, then moved to Red: Started; Audit slipped; Still slipped",
            ])
        let md = Weeknote.markdown(F.snapshot(projects: [p]))
        #expect(md.contains("- Audit was added as Amber, then moved to Red: Started; Audit slipped; Still slipped\n"))
    }

    @Test func anUnchangedStatusOrANewProjectIsNotAMove() {
        let kept = F.project("Kept", [(F.day(16), .amber, nil), (F.day(24), .amber, "still amber")])
        let added = F.project("Added", [(F.day(24), .green, "new")])
        #expect(BoardChanges.moves(in: F.week, projects: [kept, added]).isEmpty)
    }

    @Test func newRedsAreThoseThatTurnedOrStartedRedThisWeek() {
        let turned = F.project("Turned", [(F.day(10), .amber, nil), (F.day(24), .red, "slipped")], owner: "Tom")
        let alreadyRed = F.project("Already", [(F.day(10), .red, nil), (F.day(24), .red, "still")])
        let addedRed = F.project("Added", [(F.day(25), .red, nil)])
        let recovered = F.project(
            "Recovered", [(F.day(10), .amber, nil), (F.day(23), .red, nil), (F.day(26), .amber, nil)])
        let later = F.project("Later", [(F.day(10), .amber, nil), (F.day(30), .red, nil)])
        let reds = BoardChanges.newReds(in: F.week, projects: [turned, alreadyRed, addedRed, recovered, later])
        #expect(reds.map(\.name) == ["Added", "Turned"])
        let md = Weeknote.markdown(F.snapshot(projects: [turned, addedRed]))
        #expect(
            md.contains(
                "## New red items\n\n- Added was added as Red\n- Turned moved from Amber to Red: slipped (Tom)\n"))
        // A move to red is told once, under new reds, not again under board changes.
        #expect(!md.contains("## Programme board changes"))
    }

    @Test func contactsAreNotableFromTenPercentEitherWay() {
        #expect(ContactParagraphs.isNotable(F.row("Up", 110, normal: 100)))
        #expect(ContactParagraphs.isNotable(F.row("Down", 90, normal: 100)))
        #expect(ContactParagraphs.isNotable(F.row("RoundsUp", 1095, normal: 1000)))
        #expect(!ContactParagraphs.isNotable(F.row("Under", 1094, normal: 1000)))
        #expect(!ContactParagraphs.isNotable(F.row("SlightlyDown", 906, normal: 1000)))
        #expect(!ContactParagraphs.isNotable(F.row("NoBaseline", 500, normal: nil)))
        #expect(!ContactParagraphs.isNotable(F.row("NoCount", nil, normal: 100)))
    }

    @Test func contactParagraphsSayHowManyAndWhichWay() {
        let rows = [
            F.row("Repairs", 5500, normal: 3873), F.row("Housing", 1500, normal: 1520),
            F.row("Council Tax", 1700, normal: 2000),
        ]
        #expect(
            ContactParagraphs.paragraphs(rows) == [
                """
                Repairs was contacted 5,500 times, 42% more than normal for this time of year (3,873 on average \
                in the same week of the previous 3 years).
                """,
                """
                Council Tax was contacted 1,700 times, 15% fewer than normal for this time of year (2,000 on \
                average in the same week of the previous 3 years).
                """,
            ])
        let recent = ContactRow(
            service: "Web", count: 120, baseline: Baseline(value: 100, basis: .recentWeeks(8)), recent: [])
        #expect(
            ContactParagraphs.paragraph(recent)
                == "Web was contacted 120 times, 20% more than the average of the previous 8 weeks (100).")
    }

    @Test func contactsWithinNormalSaySoRatherThanLeaveAnEmptySection() {
        let md = Weeknote.markdown(F.snapshot(contacts: [F.row("Housing", 1500, normal: 1520)]))
        #expect(md.contains("## Contact centre\n\n\(ContactParagraphs.allNormal)\n"))
        let none = Weeknote.markdown(F.snapshot(contacts: [F.row("Housing", 1500, normal: nil)]))
        #expect(!none.contains("Contact centre"))
    }

    @Test func anEmptyWeekHasNoEmptySections() {
        let s = F.snapshot()
        let sections = Weeknote.sections(s)
        #expect(sections.map(\.title) == ["Goals"])
        #expect(sections.allSatisfy { !$0.isEmpty })
        #expect(
            Weeknote.markdown(s)
                == "# Weeknote 2026.48 — me — w/c 23 November 2026\n\n## Goals\n\nNo goals were set this week.\n")
    }

    @Test func everySectionOfTheDemoHasContent() throws {
        let store = try F.demoStore(in: temp)
        let s = try WeekSnapshot.load(store: store, person: "me", week: F.week, today: F.today)
        let sections = Weeknote.sections(s)
        #expect(
            sections.map(\.title) == [
                "Focus", "Goals", "Programme board changes", "New red items", "Contact centre",
                "Ones to watch", "What I'm learning", "Next week",
            ])
        #expect(sections.allSatisfy { !$0.isEmpty })
        // In Markdown, no section heading is followed directly by another heading.
        let lines = Weeknote.markdown(s).split(separator: "\n", omittingEmptySubsequences: true)
        for (a, b) in zip(lines, lines.dropFirst()) {
            #expect(!(a.hasPrefix("## ") && b.hasPrefix("#")), "empty section \(a)")
        }
    }

    @Test func goalsShowTheirOutcomeAndTheScoreSentence() {
        var w = PersonWeek(person: "me", week: F.week)
        w.focus = "Focus"
        w.goals = [
            Goal(text: "A", state: .done, changedAt: F.now), Goal(text: "B", state: .done, changedAt: F.now),
            Goal(text: "C", state: .dropped, changedAt: F.now),
        ]
        let md = Weeknote.markdown(F.snapshot(mine: w, streak: 4))
        #expect(
            md.contains(
                """
                We met 2 of 3 goals. Before this week we had four positive weeks in a row.\n\n- A — done\n- B — \
                done\n- C — dropped\n
                """
            ))
        w.goals[2]?.state = .done
        #expect(
            Weeknote.markdown(F.snapshot(mine: w, streak: 2)).contains(
                "We met all three goals. Two positive weeks in a row.\n"))
        #expect(Weeknote.markdown(F.snapshot(mine: w, streak: 1)).contains("We met all three goals.\n"))
    }

    @Test func streakSentenceOnlyFromTwo() {
        #expect(Weeknote.streakSentence(positive: true, streak: 1) == nil)
        #expect(Weeknote.streakSentence(positive: false, streak: 1) == nil)
        #expect(Weeknote.streakSentence(positive: true, streak: 13) == "13 positive weeks in a row.")
    }

    @Test func controlCharactersInStoredTextAreMadeVisible() {
        var w = PersonWeek(person: "me", week: F.week)
        w.focus = "Red \u{1B}[31malert\u{07}"
        w.notes[.watch] = ["line\nbreak"]
        let md = Weeknote.markdown(F.snapshot(mine: w))
        #expect(!md.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(md.contains("Red ^\\[\\[31malert^G"))
        #expect(md.contains("- line^Jbreak\n"))
    }

    /// Text that would be markup if written raw: each must come out escaped (it reads as typed).
    static let markup: [(typed: String, written: String)] = [
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("![x](https://evil.example/t.png)", "!\\[x\\](https://evil.example/t.png)"),
        ("# Not a heading", "\\# Not a heading"),
        ("- not a list", "\\- not a list"),
        ("1. not a list", "1\\. not a list"),
        ("> not a quote", "\\> not a quote"),
        ("**not bold** `not code` | not a table", "\\*\\*not bold\\*\\* \\`not code\\` \\| not a table"),
        ("<https://auto.link>", "\\<https://auto.link\\>"),
        ("&lt;script&gt;", "\\&lt;script\\&gt;"),
        ("back\\slash", "back\\\\slash"),
    ]

    @Test func storedTextNeverBecomesMarkup() {
        for (typed, written) in Self.markup {
            var w = PersonWeek(person: "me", week: F.week)
            w.focus = typed
            w.goals[0] = Goal(text: typed, state: .done, changedAt: Date(timeIntervalSince1970: 0))
            w.notes[.watch] = [typed]
            let md = Weeknote.markdown(F.snapshot(mine: w))
            #expect(md.contains("## Focus\n\n\(written)\n"), "focus \(typed): \(md)")
            #expect(md.contains("- \(written) — done\n"), "goal \(typed)")
            #expect(md.contains("- \(written)\n"), "note \(typed)")
            // Outside what the user wrote, no raw angle bracket or link bracket is left.
            let raw = md.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\<", with: "")
                .replacingOccurrences(of: "\\[", with: "").replacingOccurrences(of: "\\>", with: "")
            #expect(!raw.contains("<") && !raw.contains("["), "\(typed) left markup: \(md)")
        }
    }
}
