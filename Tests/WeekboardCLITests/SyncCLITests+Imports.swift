import Foundation
import Testing
import WeekboardTestSupport

/// Per-contact imports on two machines, synced: each import counts once by its identity, whatever its counts.
extension SyncCLITests {
    /// A Teams PSTN usage report of three calls into the Repairs queue in 2026-W48, from `first` on (call ids
    /// `first`, `first + 1`, `first + 2`), one a day from `day` November.
    static func teamsExport(first: Int, day: Int) -> String {
        let rows = (0..<3).map { i in
            ContactExportFixtures.teamsRow(
                first + i, account: "Repairs Queue", caller: "+4477009\(first + i)0\(i)", type: "ucap_in",
                start: "2026-11-\(day + i)T09:15:02Z", seconds: 60 * (first + i))
        }
        return ([ContactExportFixtures.teamsHeader] + rows).joined(separator: "\r\n") + "\r\n"
    }

    /// Two machines joined, their day the tenth of December (W48 a past week), each able to import `text`.
    func importingMachines() throws -> (SyncFixture, [CLIRunner]) {
        let t = try SyncFixture(["alex", "priya"])
        try t.join()
        let machines = t.machines.map { m in
            var m = m
            m.env["WEEKBOARD_TODAY"] = "2026-12-10"
            m.env["TZ"] = "Europe/London"
            return m
        }
        return (t, machines)
    }

    @discardableResult
    func importing(_ text: String, on m: CLIRunner) throws -> String {
        let file = URL(fileURLWithPath: m.store.path + "-export-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(text.utf8).write(to: file)
        let r = try m.run("calls", "import", "--format", "teams", file.path)
        #expect(r.code == 0, "\(r.err)")
        return r.out
    }

    /// The service's figure in 2026-W48 as `status --json` shows it on `m`, and its contacts file.
    func repairs(_ m: CLIRunner) throws -> (count: Int, file: String) {
        let rows = try m.statusJSON("--week", "2026-W48")["contacts"] as? [[String: Any]] ?? []
        let count = rows.first { $0["service"] as? String == "Repairs Queue" }?["count"] as? Int ?? -1
        let file = try String(contentsOf: m.store.appendingPathComponent("contacts/2026-W48.json"), encoding: .utf8)
        return (count, file)
    }

    @Test("different exports with equal counts imported on two machines both count, the same on both")
    func differentExportsEqualCounts() throws {
        let (t, m) = try importingMachines()
        defer { t.cleanUp() }
        try importing(Self.teamsExport(first: 21, day: 23), on: m[0])
        try importing(Self.teamsExport(first: 31, day: 26), on: m[1])
        try t.syncAll()
        let (alex, priya) = (try repairs(m[0]), try repairs(m[1]))
        #expect(alex.count == 6, "\(alex.file)")
        #expect(alex.file.contains("\"identified\" : 6"), "\(alex.file)")
        #expect(alex.file == priya.file)
        let lists = try m.map { try $0.run("calls", "list", "--week", "2026-W48").out }
        #expect(lists[0] == lists[1] && lists[0].contains("6"), "\(lists[0])")
        // Two imports, each with its identity; no caller number in what travels.
        let figure = try #require(
            try JSONSerialization.jsonObject(with: Data(alex.file.utf8)) as? [String: Any])
        let services = figure["services"] as? [String: [String: Any]] ?? [:]
        #expect((services["Repairs Queue"]?["imports"] as? [String: Any])?.count == 2, "\(alex.file)")
        #expect(!alex.file.contains("77009"))
        for machine in m { #expect(try machine.run("sync", "status").out.contains("Conflicts: none")) }
    }

    @Test("the same export imported on two machines, at once or one after the other's sync, counts once")
    func sameExportOnBoth() throws {
        let (t, m) = try importingMachines()
        defer { t.cleanUp() }
        let export = Self.teamsExport(first: 21, day: 23)
        try importing(export, on: m[0])
        try importing(export, on: m[1])
        try t.syncAll()
        #expect(try repairs(m[0]).count == 3 && repairs(m[1]).count == 3)
        // Another export on alex's machine, synced; priya's machine, which has its figure now, imports it
        // too: it is counted already (its contacts are kept there for repeat callers).
        let later = Self.teamsExport(first: 41, day: 27)
        try importing(later, on: m[0])
        try t.syncAll()
        let again = try importing(later, on: m[1])
        #expect(
            again.contains(
                "Repairs Queue 2026-W48: 3 contacts kept for repeat callers, not added: the same export was "
                    + "imported on another machine and is counted already"), "\(again)")
        try t.syncAll()
        let (alex, priya) = (try repairs(m[0]), try repairs(m[1]))
        #expect(alex.count == 6 && alex.file == priya.file, "\(alex.file)\n\(priya.file)")
    }

    @Test("undo of an import on one machine after a sync takes back that import's contacts on both")
    func undoOneImportAfterSync() throws {
        let (t, m) = try importingMachines()
        defer { t.cleanUp() }
        try importing(Self.teamsExport(first: 21, day: 23), on: m[0])
        try importing(Self.teamsExport(first: 31, day: 26), on: m[1])
        try t.syncAll()
        #expect(try repairs(m[0]).count == 6)
        let undone = try m[0].run("undo")
        #expect(undone.code == 0, "\(undone.err)")
        #expect(undone.out.contains("Undid"), "\(undone.out)")
        #expect(try repairs(m[0]).count == 3)
        // Redo puts it back, and undo takes it back again: each an ordinary change.
        #expect(try m[0].run("redo").code == 0)
        #expect(try repairs(m[0]).count == 6)
        #expect(try m[0].run("undo").code == 0)
        #expect(try repairs(m[0]).count == 3)
        try t.syncAll()
        let (alex, priya) = (try repairs(m[0]), try repairs(m[1]))
        #expect(alex.count == 3 && priya.count == 3, "\(alex.file)\n\(priya.file)")
        #expect(alex.file == priya.file)
        // What is left is priya's import: the same figure her machine had before anything synced.
        #expect(priya.file.contains("\"imports\""))
        let list = try m[1].run("calls", "list", "--week", "2026-W48").out
        #expect(list == (try m[0].run("calls", "list", "--week", "2026-W48").out))
    }

    @Test("an import into a week another machine's import came into by sync adds to its measures, never replaces")
    func importAfterSync() throws {
        let (t, m) = try importingMachines()
        defer { t.cleanUp() }
        try importing(Self.teamsExport(first: 21, day: 23), on: m[0])
        try t.syncAll()
        // Priya's machine has alex's figure (3 callers known) but none of its callers.
        try importing(Self.teamsExport(first: 31, day: 26), on: m[1])
        let priya = try repairs(m[1])
        #expect(priya.count == 6 && priya.file.contains("\"identified\" : 6"), "\(priya.file)")
        // Two medians of contacts on two machines make no median: none is shown rather than a wrong one.
        #expect(!priya.file.contains("handledMedian"), "\(priya.file)")
        try t.syncAll()
        let alex = try repairs(m[0])
        #expect(alex.file == (try repairs(m[1]).file))
        #expect(alex.count == 6 && alex.file.contains("\"identified\" : 6"), "\(alex.file)")
    }

    @Test("undo of an import after a sync brought a recorded total for its channel: the recorded total stays")
    func undoImportUnderRecordedTotal() throws {
        let (t, m) = try importingMachines()
        defer { t.cleanUp() }
        try importing(Self.teamsExport(first: 21, day: 23), on: m[0])
        let recorded = try m[1].run(
            "calls", "record", "Repairs Queue", "40", "--channel", "phone", "--week", "2026-W48")
        #expect(recorded.code == 0, "\(recorded.err)")
        try t.syncAll()
        #expect(try repairs(m[0]).count == 40 && repairs(m[1]).count == 40)
        let undone = try m[0].run("undo")
        #expect(undone.code == 0, "\(undone.err)")
        try t.syncAll()
        let (alex, priya) = (try repairs(m[0]), try repairs(m[1]))
        #expect(alex.count == 40 && alex.file == priya.file, "\(alex.file)\n\(priya.file)")
        // Only the recorded total is left: a figure only recorded, as `calls record` alone makes it.
        #expect(!alex.file.contains("imported") && !alex.file.contains("recorded"), "\(alex.file)")
    }

    @Test("the same export imported on both machines and undone on each: taken back once, the rest kept")
    func sameExportUndoneOnBoth() throws {
        let (t, m) = try importingMachines()
        defer { t.cleanUp() }
        let export = Self.teamsExport(first: 21, day: 23)
        try importing(export, on: m[0])
        try importing(Self.teamsExport(first: 31, day: 26), on: m[1])
        try importing(export, on: m[1])
        try t.syncAll()
        #expect(try repairs(m[0]).count == 6 && repairs(m[1]).count == 6)
        #expect(try m[0].run("undo").code == 0)
        try t.syncAll()
        #expect(try repairs(m[0]).count == 3 && repairs(m[1]).count == 3)
        // Priya's own import of that export is undone too: its contacts are not counted a second time.
        let undone = try m[1].run("undo")
        #expect(undone.code == 0, "\(undone.err)")
        try t.syncAll()
        let (alex, priya) = (try repairs(m[0]), try repairs(m[1]))
        #expect(alex.count == 3 && alex.file == priya.file, "\(alex.file)\n\(priya.file)")
    }
}
