import Foundation
import Testing
import WeekboardTestSupport

extension SyncCLITests {
    @Test("changes made on a joined machine before its first sync never share a number with another machine's in log")
    func joinedMachineNumbersStayApart() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        try t.join()
        let a = t.machines[0], b = t.machines[1]
        // Both machines number their next changes alike; priya's are made before her machine first syncs.
        #expect(try a.run("goal", "set", "1", "From alex").code == 0)
        #expect(try a.run("note", "add", "watch", "Alex's note").code == 0)
        #expect(try b.run("goal", "set", "1", "From priya").code == 0)
        #expect(try b.run("note", "add", "watch", "Priya's note").code == 0)
        try t.syncAll()
        for m in [a, b] {
            let log = try m.run("log").out.split(separator: "\n").map(String.init)
            let refs = log.compactMap { $0.split(separator: " ").first.map(String.init) }
            #expect(Set(refs).count == refs.count, "two changes share a number:\n\(log.joined(separator: "\n"))")
            // The other machine's changes are marked as such (#N@abcd).
            let other = m.env["WEEKBOARD_PERSON"] == "alex" ? "Priya's note" : "Alex's note"
            #expect(
                log.contains { $0.contains(other) && $0.hasPrefix("#") && $0.split(separator: " ")[0].contains("@") })
        }
    }
}
