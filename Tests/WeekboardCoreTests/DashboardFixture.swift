import Foundation
import Testing
@testable import WeekboardCore
import WeekboardTestSupport

/// A small, fixed store for dashboard tests: one team, two programmes, four services with three
/// years of history, and a week (2026-W48) half done. Built from model values in one transaction.
enum DashboardFixture {
    static let today = CalendarDay(year: 2026, month: 11, day: 24)!
    static let now = Date(timeIntervalSince1970: 1_795_514_400)  // 2026-11-24 10:00 UTC
    static let week = ISOWeek(year: 2026, week: 48)!
    static let person = "alex"

    static func day(_ m: Int, _ d: Int, _ y: Int = 2026) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

    /// A reducer state on the fixture week, its snapshot loaded from a fresh fixture store.
    static func state(readOnly: Bool = false, width: Int? = nil, height: Int? = nil) throws -> DashboardState {
        // The store goes when this returns: the state holds what it read.
        let temp = TempStore("dash")
        let store = try makeStore(in: temp)
        let snap = try withExtendedLifetime(temp) {
            try WeekSnapshot.load(store: store, person: person, week: week, today: today)
        }
        var s = DashboardState(week: week, today: today, settings: DisplaySettings(readOnly: readOnly), snapshot: snap)
        if let width { s.width = width }
        if let height { s.height = height }
        return s
    }

    /// Presses keys in order through the pure reducer; the final state and every effect.
    static func press(_ s: DashboardState, _ keys: [Key]) -> (DashboardState, [Effect]) {
        var st = s
        var all: [Effect] = []
        for k in keys {
            let (n, e) = Dashboard.reduce(st, .key(k))
            st = n
            all += e
        }
        return (st, all)
    }

    /// A fresh store in a temporary folder, removed with `temp`.
    static func makeStore(in temp: TempStore) throws -> Store {
        let store = temp.store("dash")
        try store.create(name: "Technical Services", now: now)
        try store.transaction { tx in
            try tx.write(StoreFiles.board, board)
            for (_, year) in contactYears { try tx.write(year, weeks: year.weeks) }
            for w in personWeeks { try tx.write(StoreFiles.personWeek(w.person, w.week), w) }
        }
        return store
    }

    /// The dashboard's loop on `store` for the fixture person, on the fixture day.
    static func runtime(
        _ store: Store, readOnly: Bool = false, unicode: Bool = true,
        exportFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) -> DashboardRuntime {
        let environment = DashboardEnvironment.live(
            store: store, person: person, exportFolder: exportFolder,
            today: { today }, now: { now })
        return DashboardRuntime(
            settings: DisplaySettings(unicode: unicode, readOnly: readOnly), environment: environment)
    }

    static func project(
        _ name: String, _ programme: String, owner: String, note: String?, milestone: String?, due: CalendarDay?,
        _ history: [(CalendarDay, RAGStatus)]
    ) -> Project {
        Project(
            name: name, programme: programme, owner: owner, note: note,
            milestone: milestone.map { Milestone(text: $0, due: due) },
            history: history.map { StatusUpdate(date: $0.0, status: $0.1) })
    }

    static var board: Board {
        let plan = "Technical Services 12 Point Plan"
        let homes = "Housing Delivery"
        return Board(projects: [
            project(
                "Void repairs", plan, owner: "J. Okafor",
                note:
                    """
                    Contractor back on site from 16 Nov; 31 voids left against a target of 20 by Christmas. Keys \
                    handed back daily.
                    """,
                milestone: "Backlog under 20", due: day(12, 18), [(day(11, 2), .red), (day(11, 16), .amber)]),
            project(
                "Damp and mould triage", plan, owner: "P. Shah",
                note: "New triage script live; 2 surveyors short until January.",
                milestone: "Second surveyor starts", due: day(1, 11, 2027),
                [(day(10, 20), .amber), (day(11, 20), .red)]),
            project(
                "Repairs call-back promise", plan, owner: "S. Murphy",
                note: "Call-backs within 2 working days: 81% last week.",
                milestone: "90% within 2 days", due: day(12, 4), [(day(10, 1), .amber), (day(10, 28), .amber)]),
            project(
                "Gas servicing compliance", plan, owner: "R. Kowalski",
                note: "99.6% compliant; 4 no-access cases with legal.",
                milestone: "100% compliant", due: day(12, 31), [(day(11, 9), .green), (day(11, 23), .green)]),
            project(
                "Fire door inspections", plan, owner: "J. Okafor", note: nil,
                milestone: "Tower blocks done", due: day(11, 30), [(day(10, 5), .amberGreen), (day(11, 18), .green)]),
            project(
                "Lift modernisation", plan, owner: "D. Evans", note: "Both lifts at Marsh House back in service.",
                milestone: nil, due: nil, [(day(9, 1), .green), (day(11, 3), .blue)]),
            project(
                "Estate lighting LED swap", plan, owner: "S. Murphy", note: "Waiting for the supplier's revised date.",
                milestone: "Phase 2 order", due: day(12, 10), [(day(10, 12), .green), (day(10, 26), .amberGreen)]),
            project(
                "New-build handovers", homes, owner: "A. Byrne",
                note: "42 homes at Canal Street handed over; snagging list of 15.",
                milestone: "Canal St snagging closed", due: day(12, 12), [(day(11, 10), .green)]),
            project(
                "Temporary accommodation review", homes, owner: "M. Ali", note: "Options paper to Cabinet in January.",
                milestone: "Cabinet paper", due: day(1, 20, 2027), [(day(11, 2), .amber), (day(11, 19), .amberGreen)]),
        ])
    }

    /// Weekly totals with a winter peak; Repairs 2026-W48 is 5,500 against a normal of 3,873.
    static var contactYears: [(Int, ContactYear)] {
        let services: [(String, Int)] = [
            ("Repairs", 3_600), ("Council Tax", 2_400), ("Housing", 1_300), ("Adult Social Care", 700),
        ]
        var out: [(Int, ContactYear)] = []
        for y in 2023...2026 {
            var year = ContactYear(year: y)
            let lastWeek = y == 2026 ? 48 : ISOWeek.weeksIn(year: y)
            for (name, base) in services {
                for w in 1...lastWeek {
                    let season = 1.0 + 0.15 * cos(Double(w - 50) / 52.0 * 2 * .pi)
                    let wobble = Double((w * 7 + y * 3 + base / 100) % 11) / 100.0
                    var total = Int((Double(base) * (season + wobble - 0.05)).rounded())
                    if name == "Repairs" && w == 48 {
                        total = [2023: 3_800, 2024: 3_873, 2025: 3_946, 2026: 5_500][y]!
                    }
                    year.set(service: name, week: w, WeeklyCount(total: total))
                }
            }
            out.append((y, year))
        }
        return out
    }

    static func goal(_ text: String, _ state: GoalState) -> Goal { Goal(text: text, state: state, changedAt: now) }

    static var personWeeks: [PersonWeek] {
        var mine = PersonWeek(person: "alex", week: week)
        mine.focus = "Get the void repairs backlog moving before Christmas"
        mine.goals = [
            goal("Agree the voids recovery plan with the contractor", .done),
            goal("Draft the damp and mould briefing for members", .nearly),
            goal("Clear 1:1s and appraisals for the repairs team", .open),
        ]
        mine.notes = [
            .watch: ["Damp and mould survey backlog", "Contractor insurance renewal"], .next: ["Winter plan"],
        ]
        var last = PersonWeek(person: "alex", week: week.previous)
        last.focus = "Winter readiness"
        last.goals = [
            goal("Gritting rota signed off", .done), goal("Call-back promise data pack", .open),
            goal("Meet the new surveyors", .nearly),
        ]
        var sam = PersonWeek(person: "sam", week: week)
        sam.focus = "Council Tax reminder letters out on time"
        sam.goals = [goal("Letters to print", .done), goal("Web form fix", .done), nil]
        let priya = PersonWeek(person: "priya", week: week.previous)
        return [mine, last, sam, priya]
    }

    /// Compares a frame's text and roles (`GoldenFrame`) with `Golden/<name>.txt`. With `WEEKBOARD_UPDATE_GOLDEN=1` the
    /// file is rewritten instead (review the diff by eye before committing).
    static func expectGolden(_ frame: Frame, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Golden/\(name).txt")
        let actual = GoldenFrame.render(frame)
        if ProcessInfo.processInfo.environment["WEEKBOARD_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "frame differs from Golden/\(name).txt:\n\(actual)", sourceLocation: sourceLocation)
    }
}

extension Effect {
    /// The effect without the edit a change would restore on failure (for comparing changes only).
    var forgettingEdit: Effect {
        if case .perform(let action, let week, _) = self { return .perform(action, week: week) }
        return self
    }
}
