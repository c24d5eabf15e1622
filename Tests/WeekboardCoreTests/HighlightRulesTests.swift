import Foundation
import Testing
@testable import WeekboardCore

/// The rules of a highlight report, on hand-built boards. Today is Tuesday 24 November 2026; the
/// default period is 10 to 24 November.
@Suite struct HighlightRulesTests {
    typealias F = HighlightFixture

    @Test func periods() throws {
        let standard = HighlightPeriod.standard(today: F.today)
        #expect(standard.from == F.day(10) && standard.to == F.today)
        #expect(standard.text(labelStyle: .dotted) == "10 November 2026 to 24 November 2026")
        let since = try HighlightPeriod.since(F.day(3), today: F.today)
        #expect(since.from == F.day(3) && since.to == F.today)
        #expect(throws: InputError.self) { try HighlightPeriod.since(F.day(25), today: F.today) }

        let running = try HighlightPeriod.week(ISOWeek(containing: F.today), today: F.today)
        #expect(running.text(labelStyle: .dotted) == "week 2026.48, 23 November 2026 to 24 November 2026 (so far)")
        let last = try HighlightPeriod.week(ISOWeek(containing: F.day(17)), today: F.today)
        #expect(last.text(labelStyle: .iso) == "week 2026-W47, 16 November 2026 to 22 November 2026")
        #expect(throws: InputError.self) {
            try HighlightPeriod.week(ISOWeek(containing: F.day(30)), today: F.today)
        }
    }

    @Test func rollUpTrendAgainstTheStartOfThePeriod() throws {
        let worse = try F.report([
            F.project("A", [(1, .green, nil), (20, .amber, nil)]),
            F.project("B", [(1, .green, nil)]),
        ])
        #expect(worse.programmes[0].status == .amber && worse.programmes[0].statusAtStart == .green)
        #expect(worse.programmes[0].trend == .worse)
        #expect(
            HighlightMarkdown.render(worse).contains(
                "Overall: ▲ A At risk, worse than at the start of the period (● G On track)."))

        let better = try F.report([F.project("A", [(1, .red, nil), (20, .green, nil)])])
        #expect(better.programmes[0].trend == .better)

        // A programme whose projects were all added in the period has no trend to show.
        let new = try F.report([F.project("A", [(12, .amber, nil)])])
        #expect(new.programmes[0].trend == nil)
        #expect(HighlightMarkdown.render(new).contains("Overall: ▲ A At risk, new in this period."))
    }

    @Test func newRedsAreThoseThatTurnedRedInThePeriod() throws {
        let r = try F.report([
            F.project("Moved", [(1, .amber, nil), (20, .red, "supplier failed")]),
            F.project("Added", [(15, .red, nil)]),
            F.project("Already", [(1, .red, nil), (20, .red, "still stuck")]),
            F.project("Recovered", [(1, .amber, nil), (12, .red, nil), (20, .amber, nil)]),
        ])
        let reds = r.programmes[0].exceptions.filter { $0.kind == .newRed }
        #expect(reds.map(\.project) == ["Added", "Moved"])
        #expect(
            reds.map(\.detail)
                == ["added as Red on 15 November 2026", "moved from Amber to Red on 20 November 2026"])
        #expect(reds[1].note == "supplier failed")
    }

    @Test func overdueMilestonesAndStaleProjects() throws {
        let r = try F.report([
            F.project("Late", [(20, .green, nil)], due: F.day(23)),
            F.project("Due today", [(20, .green, nil)], due: F.today),
            F.project("Done late", [(20, .blue, nil)], due: F.day(1)),
            F.project("Quiet", [(9, .green, nil)]),
            F.project("Just in time", [(10, .green, nil)]),
            F.project("Quiet but done", [(1, .blue, nil)]),
        ])
        let p = r.programmes[0]
        #expect(p.exceptions.map { "\($0.kind.title): \($0.project)" } == ["Milestone overdue: Late", "Stale: Quiet"])
        #expect(p.exceptions[0].detail == "Milestone of Late, due 23 November 2026, is overdue by 1 day")
        #expect(p.exceptions[1].detail == "no update for 15 days (last on 9 November 2026)")
        let md = HighlightMarkdown.render(r)
        #expect(md.contains("| 23 Nov 2026, **overdue by 1 day** |"))
        #expect(md.contains("| 9 Nov 2026, 15 days ago, **stale** |"))
        #expect(md.contains("| 10 Nov 2026, 14 days ago |"))
    }

    @Test func changesCompletionsAndAuthors() throws {
        let authors: HighlightReport.AuthorLookup = { project, update in
            project == "Survey" && update.status == .blue ? "Jo Bright" : nil
        }
        let r = try F.report(
            [
                F.project("Survey", [(1, .green, nil), (18, .blue, "published")]),
                F.project("Steady", [(1, .green, nil), (12, .green, "no change")]),
                F.project("Old news", [(1, .amber, nil), (9, .green, "before the period")]),
            ], authorOf: authors)
        let p = r.programmes[0]
        // An update that keeps the status is not a change, nor is one before the period.
        #expect(p.changes.map(\.project) == ["Survey"])
        #expect(p.completed.map(\.project) == ["Survey"])
        let md = HighlightMarkdown.render(r)
        #expect(md.contains("- 18 November 2026: Survey moved from Green to Blue: published (by Jo Bright)\n"))
        #expect(md.contains("### Completed\n\n- Survey, on 18 November 2026: published\n"))
        #expect(HighlightCSV.render(r).contains(",2026-11-18 Green to Blue by Jo Bright,"))
        // Without the journal's lookup there is no author, and no "(by".
        #expect(
            !HighlightMarkdown.render(try F.report([F.project("Survey", [(1, .green, nil), (18, .blue, nil)])]))
                .contains("(by"))
    }

    @Test func sectionsWithNothingToSayAreLeftOut() throws {
        let md = HighlightMarkdown.render(try F.report([F.project("Calm", [(1, .green, nil), (20, .green, "fine")])]))
        #expect(md.contains("### Projects"))
        for heading in ["### Exceptions", "### Status changes", "### Completed"] { #expect(!md.contains(heading)) }
        #expect(md.contains("1 project: 1 Green."))
    }

    @Test func aPastWeekIsReadAsItStoodThen() throws {
        let period = try HighlightPeriod.week(ISOWeek(containing: F.day(17)), today: F.today)
        let r = try F.report(
            [
                F.project(
                    "Slipped later", [(1, .amber, "early note"), (18, .green, "week note"), (23, .red, "later")],
                    note: "current note"),
                F.project("Added later", [(23, .green, nil)]),
            ], period: period)
        let p = r.programmes[0]
        #expect(p.projects.map(\.name) == ["Slipped later"])
        #expect(p.projects[0].status == .green)
        #expect(p.projects[0].note == "week note")
        #expect(p.projects[0].daysSinceUpdate == 4)  // 18 to 22 November
        #expect(p.changes.map { $0.movement } == ["moved from Amber to Green"])
        #expect(p.exceptions.isEmpty)
        // As at today, the project's own (current) note is the latest.
        let now = try F.report([F.project("X", [(20, .green, "update note")], note: "current note")])
        #expect(now.programmes[0].projects[0].note == "current note")
    }

    @Test func choosingProgrammes() throws {
        let board = [
            F.project("A", [(1, .amber, nil)], in: "Housing"),
            F.project("B", [(1, .green, nil), (2, .blue, nil)], in: "Finished"),
            F.project("C", [(1, .green, nil)], in: "Digital"),
        ]
        // By default only active programmes: every project complete and nothing changed is left out.
        #expect(try F.report(board).programmes.map(\.name) == ["Housing", "Digital"])
        let chosen = try F.report(board, programmes: ["finished", "DIGITAL"])
        #expect(chosen.programmes.map(\.name) == ["Digital", "Finished"])
        #expect {
            try F.report(board, programmes: ["Nope"])
        } throws: { error in
            "\(error)" == "no programme called 'Nope' (programmes: 'Housing', 'Finished', 'Digital')"
        }
        let empty = try F.report([])
        #expect(HighlightMarkdown.render(empty).contains("No active programmes on the board."))
        #expect(HighlightCSV.render(empty) == CSVField.row(HighlightCSV.header))
    }
}
