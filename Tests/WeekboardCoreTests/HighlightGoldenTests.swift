import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

/// The demo store's highlight report at 2026-11-24 (the default period, 10 to 24 November), byte
/// for byte in each format. The golden files were read and checked by eye (the HTML also printed
/// through Chromium and looked at); after a deliberate change, regenerate them with
/// `WEEKBOARD_TODAY=2026-11-24 weekboard export highlight --format md|html|csv` on a demo store.
@Suite struct HighlightGoldenTests {
    static func demoReport() throws -> HighlightReport {
        let temp = TempStore("weeknote")
        let store = try WeeknoteFixture.demoStore(in: temp)
        let today = WeeknoteFixture.today
        return try withExtendedLifetime(temp) {
            try HighlightReport.load(store: store, period: .standard(today: today), today: today)
        }
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

    @Test func raidCSVMatchesGolden() throws {
        let golden = try String(
            contentsOf: WeeknoteFixture.goldenURL("highlight-demo-2026-11-24-raid.csv"), encoding: .utf8)
        #expect(HighlightRAIDCSV.render(try Self.demoReport()) == golden)
    }

    /// The demo's RAID log as the report tells it: decisions requested first, a project outside tolerance
    /// among the exceptions, key risks highest first, a decision made in the period, this and next period.
    @Test func demoRAIDFacts() throws {
        let plan = try Self.demoReport().programmes[0]
        #expect(plan.decisionsRequested.map(\.title) == ["Fund three more agency surveyors to March?"])
        #expect(plan.exceptions.filter { $0.kind == .outsideTolerance }.map(\.project) == ["Damp and mould triage"])
        let damp = try #require(plan.projects.first { $0.name == "Damp and mould triage" })
        #expect(damp.risks.map(\.score) == [20, 9] && damp.issues.map(\.score) == [5])
        #expect(damp.outsideTolerance == [.time])
        let stores = try #require(plan.projects.first { $0.name == "Stores and van stock" })
        #expect(stores.decisionsMade.map(\.title) == ["Change the van stock supplier?"])
        let callBack = try #require(plan.projects.first { $0.name == "Repairs call-back promise" })
        #expect(callBack.done == ["Texts with a call-back slot sent to every caller"])
        #expect(callBack.next == ["Extend the pilot to all patches"])
        #expect(plan.projects.filter(\.hasDetail).count == 4)
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
                "New red: Stores and van stock", "Outside tolerance: Damp and mould triage",
                "Milestone overdue: Stores and van stock",
                "Stale: Damp and mould triage", "Stale: Out-of-hours service review",
            ])
        #expect(plan.completed.map(\.project) == ["Resident satisfaction survey"])
        #expect(plan.changes.count == 9)
    }
}
