import Foundation
import Testing
@testable import WeekboardCore

/// The demo store's highlight report at 2026-11-24 (the default period, 10 to 24 November), byte
/// for byte in each format. The golden files were read and checked by eye (the HTML also printed
/// through Chromium and looked at); after a deliberate change, regenerate them with
/// `WEEKBOARD_TODAY=2026-11-24 weekboard export highlight --format md|html|csv` on a demo store.
@Suite struct HighlightGoldenTests {
    static func demoReport() throws -> HighlightReport {
        let store = try WeeknoteFixture.demoStore()
        defer { try? FileManager.default.removeItem(at: store.root) }
        let today = WeeknoteFixture.today
        return try HighlightReport.load(store: store, period: .standard(today: today), today: today)
    }

    func golden(_ ext: String) throws -> String {
        try String(contentsOf: WeeknoteFixture.goldenURL("highlight-demo-2026-11-24.\(ext)"), encoding: .utf8)
    }

    @Test func markdownMatchesGolden() throws {
        #expect(HighlightMarkdown.render(try Self.demoReport()) == (try golden("md")))
    }

    @Test func htmlMatchesGolden() throws {
        #expect(HighlightHTML.render(try Self.demoReport()) == (try golden("html")))
    }

    @Test func csvMatchesGolden() throws {
        #expect(HighlightCSV.render(try Self.demoReport()) == (try golden("csv")))
    }

    /// What the demo's board holds, as the report tells it: the facts behind the golden files.
    @Test func demoFacts() throws {
        let r = try Self.demoReport()
        #expect(r.programmes.map(\.name) == ["Technical Services 12 Point Plan", "Digital Customer Services"])
        let plan = r.programmes[0]
        #expect(plan.status == .red && plan.statusAtStart == .red && plan.trend == .same)
        #expect(plan.projects.count == 12)
        #expect(
            plan.counts.map { "\($0.count) \($0.status.name)" }
                == ["2 Red", "2 Amber", "2 Amber/Green", "5 Green", "1 Blue"])
        // Damp and mould went red on 8 November, before the period: stale, but not a new red.
        #expect(
            plan.exceptions.map { "\($0.kind.title): \($0.project)" } == [
                "New red: Stores and van stock", "Milestone overdue: Stores and van stock",
                "Stale: Damp and mould triage", "Stale: Out-of-hours service review",
            ])
        #expect(plan.completed.map(\.project) == ["Resident satisfaction survey"])
        #expect(plan.changes.count == 9)
    }
}
