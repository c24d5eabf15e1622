import Foundation
import Testing
import WeekboardTestSupport

extension SyncCLITests {
    @Test("priya changing alex's week is credited to her after a sync; alex's note edited on both stays one")
    func actorAndNoteAfterSync() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        let a = t.machines[0], b = t.machines[1]
        #expect(try a.run("init").code == 0)
        #expect(try a.run("note", "add", "watch", "Lift 3 out").code == 0)
        #expect(try a.run("note", "add", "watch", "Boiler at Elm Court").code == 0)
        try t.join()
        #expect(try a.run("focus", "set", "Winter plan").code == 0)
        #expect(try a.run("note", "edit", "watch", "1", "Lift 3 out: engineer has flu").code == 0)
        #expect(try b.run("--person", "alex", "focus", "set", "Lift repairs").code == 0)
        #expect(try b.run("--person", "alex", "note", "edit", "watch", "1", "Lift 3 out: gritting first").code == 0)
        #expect(try b.run("log", "--width", "200").out.contains("priya as alex (cli)"), "the log where it was made")
        try t.syncAll()
        for m in [a, b] {
            let notes = try m.run("note", "list", "--person", "alex").out
            #expect(notes.contains("1  Lift 3 out: gritting first") && notes.contains("2  Boiler at Elm Court"))
            #expect(!notes.contains("flu") && !notes.contains("   3  "), "one note, the later edit: \(notes)")
            let status = try m.run("sync", "status").out
            #expect(status.contains("Conflicts: 2 conflicts"), "\(status)")
            let focus = try #require(status.split(separator: "\n").first { $0.contains("focus") })
            #expect(focus.contains("“Lift repairs” (priya as alex, ") && focus.contains("“Winter plan” (alex, "))
            let note = try #require(status.split(separator: "\n").first { $0.contains("notes, Ones to watch") })
            #expect(note.contains("“Lift 3 out: gritting first” (priya as alex, "), "\(note)")
            #expect(note.contains("“Lift 3 out: engineer has flu” (alex, "), "\(note)")
        }
        let log = try a.run("log", "--width", "200").out
        #expect(log.contains("priya as alex (cli") && log.contains("Focus: “Lift repairs”"), "\(log)")
        let status = try a.run("sync", "status").out
        let line = try #require(status.split(separator: "\n").first { $0.contains("focus") })
        let id = try #require(line.split(separator: " ").first { $0.count == 8 && $0.allSatisfy(\.isHexDigit) })
        let kept = try a.run("sync", "resolve", String(id), "--keep", "priya")
        #expect(kept.code == 0, "\(kept.err)")
        #expect(kept.out.contains("keeps “Lift repairs” (priya as alex, "), "\(kept.out)")
        #expect(try a.run("sync", "status").out.contains("1 conflict"))
    }
}
