import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: weeknote notes listed, edited and removed")
struct CLINoteEditTests {
    @Test("note list numbers each section's entries; edit and remove use those numbers; undo reverses each")
    func listEditRemoveUndo() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("note", "add", "watch", "Damp survey backlog")
        try cli.run("note", "add", "watch", "Insurance renewal")
        try cli.run("note", "add", "next", "Winter plan", "--week", "last")
        #expect(
            try cli.run("note", "list").out == """
                Ones to watch (watch)
                   1  Damp survey backlog
                   2  Insurance renewal
                What I'm learning (learning)
                   (none)
                Next week (next)
                   (none)

                """)
        #expect(try cli.run("note", "list", "--week", "last").out.contains("   1  Winter plan"))
        #expect(
            try cli.run("note", "edit", "watch", "2", "Insurance renewal due 1 Jan").out == "Ones to watch 2 changed.\n"
        )
        #expect(
            try cli.run("note", "remove", "watch", "1").out
                == "Removed from ones to watch: “Damp survey backlog”.\n")
        let json = try JSONSerialization.jsonObject(with: Data(try cli.run("note", "list", "--json").out.utf8))
        let listing = json as? [String: Any]
        #expect(listing?["watch"] as? [String] == ["Insurance renewal due 1 Jan"])
        #expect(listing?["week"] as? String == "2026-W48")
        #expect(try cli.run("undo").out == "Undid: Removed from ones to watch: “Damp survey backlog”\n")
        #expect(try cli.run("undo").out == "Undid: Ones to watch 2: now “Insurance renewal due 1 Jan”\n")
        let notes = try cli.statusJSON()["notes"] as? [String: [String]]
        #expect(notes?["watch"] == ["Damp survey backlog", "Insurance renewal"])
        #expect(try cli.run("log").out.contains("Ones to watch 2: now “Insurance renewal due 1 Jan”"))
    }

    @Test("a number that is not an entry, an unknown section or empty text: exit 2, nothing written")
    func badInput() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run("note", "add", "watch", "Only one")
        let before = cli.snapshotFiles()
        for (args, said) in [
            (["note", "edit", "watch", "2", "x"], "ones to watch has 1 entry in 2026-W48; 2 is not one of them"),
            (["note", "remove", "watch", "0"], "ones to watch has 1 entry in 2026-W48; 0 is not one of them"),
            (["note", "remove", "learning", "1"], "what I'm learning has no entries in 2026-W48"),
            (["note", "edit", "watch", "1", "   "], "note cannot be empty"),
        ] {
            let r = try cli.run(args)
            #expect(r.code == 2, "\(args)")
            #expect(r.err.contains(said), "\(args): \(r.err)")
        }
        let r = try cli.run("note", "remove", "nonsense", "1")
        #expect(r.code == 64 && r.err.contains("nonsense"), "\(r.err)")
        #expect(cli.snapshotFiles() == before)
    }
}
