import Foundation
import Testing
import WeekboardTestSupport

extension SyncCLITests {
    @Test("sync status lists each conflict with both values, who and when, and counts a pick out at once")
    func statusListsConflicts() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        let a = t.machines[0], b = t.machines[1]
        #expect(try a.run("init").code == 0)
        #expect(try a.run("project", "add", "Voids", "--programme", "Housing", "--owner", "Kim").code == 0)
        try t.join()
        #expect(try a.run("project", "edit", "Voids", "--owner", "Pat").code == 0)
        #expect(try b.run("project", "edit", "Voids", "--owner", "Lee").code == 0)
        try t.syncAll()
        for m in [a, b] {
            let status = try m.run("sync", "status")
            #expect(status.code == 0, "\(status.err)")
            let lines = status.out.split(separator: "\n").map(String.init)
            #expect(lines.contains("Conflicts: 1 conflict, the later change shown:"), "\(status.out)")
            let line = try #require(lines.first { $0.contains("Voids: owner: ") })
            #expect(line.contains("“Lee” (priya, ") && line.contains("“Pat” (alex, "), "\(line)")
            #expect(lines.last == "Pick one with: weekboard sync resolve ID --keep shown|other|PERSON")
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(try m.run("sync", "status", "--json").out.utf8))
                    as? [String: Any])
            let conflicts = try #require(json["conflicts"] as? [[String: Any]])
            #expect(conflicts.count == 1 && conflicts[0]["file"] as? String == "board.json")
        }
        // A pick closes it here at once, before any sync.
        let id = String(try #require(try b.run("sync", "resolve").out.split(separator: "\n").first).prefix(8))
        #expect(try b.run("sync", "resolve", id, "--keep", "other").code == 0)
        #expect(try b.run("sync", "status").out.contains("Conflicts: none"))
    }
}

extension SyncCLITests {
    @Test("conflicts from real merges are named in words: a risk's owner, a service's channel figure")
    func conflictsInWords() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        let a = t.machines[0], b = t.machines[1]
        #expect(try a.run("init").code == 0)
        #expect(try a.run("project", "add", "Voids", "--programme", "Housing", "--owner", "Kim").code == 0)
        let risk = ["risk", "add", "Voids", "Supplier late", "--likelihood", "3", "--impact", "3", "--owner", "Kim"]
        #expect(try a.run(risk).code == 0)
        try t.join()
        #expect(try a.run("risk", "edit", "Voids", "1", "--owner", "Pat").code == 0)
        #expect(try b.run("risk", "edit", "Voids", "1", "--owner", "Lee").code == 0)
        #expect(try a.run("calls", "record", "Council tax", "120", "--channel", "phone").code == 0)
        #expect(try b.run("calls", "record", "Council tax", "130", "--channel", "phone").code == 0)
        try t.syncAll()
        let list = try a.run("sync", "resolve", "--width", "80").out
        let heads = list.split(separator: "\n").filter { $0.first?.isHexDigit == true }.map { $0.dropFirst(10) }
        #expect(heads.contains("Voids: risk 1: owner"), "\(list)")
        #expect(heads.contains { $0.hasPrefix("contact figures ") && $0.hasSuffix(": Council tax, phone") }, "\(list)")
        #expect(!list.contains(".json"), "\(list)")
    }
}
