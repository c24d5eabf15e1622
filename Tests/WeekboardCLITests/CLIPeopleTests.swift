import Foundation
import Testing
import WeekboardTestSupport

/// A person may have any name: the folder is the name in NFC, lower-cased, spaces as '-'; the name as
/// first typed titles their weeknote (CLIDisplayNameTests); a name that cannot name a folder is refused;
/// older stores keep working.
@Suite("CLI: people with any name")
struct CLIPeopleTests {
    func folders(_ cli: CLIRunner) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cli.store.appendingPathComponent("people").path).sorted()
    }

    @Test("Zoë, Łukasz, 李 and Sam Patel; Zoe/zoe and the NFC/NFD spellings of Zoë are one person")
    func anyName() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let nfd = "Zoe\u{0308}"
        #expect(try cli.run("--person", "Zoë", "focus", "set", "Zoë's focus").code == 0)
        #expect(try cli.statusJSON("--person", nfd)["focus"] as? String == "Zoë's focus")
        #expect(try cli.statusJSON("--person", "ZOË")["focus"] as? String == "Zoë's focus")
        #expect(try cli.run("--person", "Zoe", "focus", "set", "Plain Zoe").code == 0)
        #expect(try cli.statusJSON("--person", "zoe")["focus"] as? String == "Plain Zoe")
        #expect(try cli.run("focus", "set", "Łukasz's", "--person", "Łukasz").code == 0)
        #expect(try cli.run("focus", "set", "李's", "--person", "李").code == 0)
        #expect(try cli.run("focus", "set", "Sam's", "--person", "Sam  Patel").code == 0)
        #expect(try cli.statusJSON("--person", "sam-patel")["focus"] as? String == "Sam's")
        // One folder each, named by the key: NFC bytes, lower case, spaces as '-'.
        #expect(try Set(folders(cli)) == ["sam-patel", "zoe", "zoë", "łukasz", "李"])
        #expect(try folders(cli).contains { $0.unicodeScalars.count == 3 && $0.hasPrefix("zo") })
        // The weeknote's title keeps the name as first typed; the team view lists each person once, by it.
        let md = try cli.run("export", "weeknote", "--person", "sam-patel").out
        #expect(md.hasPrefix("# Weeknote 2026.48 — Sam Patel — w/c 23 November 2026\n"), "\(md)")
        let team = try cli.run("status", "--team", "--person", "ZOË").out
        #expect(team.components(separatedBy: "\nZoë ").count == 2, "\(team)")
        #expect(team.contains("\n李 ") && team.contains("\nŁukasz ") && team.contains("\nSam Patel "), "\(team)")
    }

    @Test("a name that cannot be made safe is refused, saying what is allowed, and nothing is written")
    func unsafeNames() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("focus", "set", "Mine").code == 0)
        let before = cli.snapshotFiles()
        for bad in ["a/b", "..", ".hidden", "", "   ", "tab\u{1B}[2J", "x\u{202E}y", "back\\slash", "x😀", "a\nb"] {
            let r = try cli.run("--person", bad, "focus", "set", "Theirs")
            #expect(r.code == 2, "\(bad.debugDescription): \(r.code) \(r.err)")
            let allowed = "a person is 1–64 letters or digits of any script, spaces, . _ - and '"
            #expect(r.err.contains(allowed), "\(r.err)")
            #expect(!r.err.contains("\u{1B}") && !r.err.contains("\u{202E}"))
        }
        #expect(try cli.run("--person", String(repeating: "é", count: 65), "status").err.contains("is too long"))
        #expect(cli.snapshotFiles() == before)
    }

    @Test("a store made the old way (a folder 'Alex', journalled as 'Alex') keeps working under any case")
    func olderStore() throws {
        var cli = CLIRunner(person: "alex")
        defer { cli.cleanUp() }
        #expect(try cli.run("goal", "set", "1", "Old goal").code == 0)
        // What an earlier weekboard wrote for --person Alex: the folder, the file's person and the
        // journal's source kept the case as typed.
        let people = cli.store.appendingPathComponent("people")
        try FileManager.default.moveItem(
            at: people.appendingPathComponent("alex"), to: people.appendingPathComponent("Alex"))
        let index = cli.store.appendingPathComponent("index")
        if FileManager.default.fileExists(atPath: index.appendingPathComponent("alex").path) {
            try FileManager.default.moveItem(
                at: index.appendingPathComponent("alex"), to: index.appendingPathComponent("Alex"))
        }
        let week = people.appendingPathComponent("Alex/2026-W48.json")
        try String(contentsOf: week, encoding: .utf8).replacingOccurrences(of: "\"alex\"", with: "\"Alex\"")
            .write(to: week, atomically: true, encoding: .utf8)
        let journal = cli.store.appendingPathComponent("journal")
        for name in try FileManager.default.contentsOfDirectory(atPath: journal.path) where name.hasSuffix(".jsonl") {
            let file = journal.appendingPathComponent(name)
            try String(contentsOf: file, encoding: .utf8)
                .replacingOccurrences(of: "\"person\":\"alex\"", with: "\"person\":\"Alex\"")
                .replacingOccurrences(of: "\"person\" : \"alex\"", with: "\"person\" : \"Alex\"")
                .replacingOccurrences(of: "people/alex/", with: "people/Alex/")
                .write(to: file, atomically: true, encoding: .utf8)
        }
        for spelling in ["Alex", "alex", "ALEX"] {
            let s = try cli.statusJSON("--person", spelling)
            #expect((s["goals"] as? [[String: Any]])?.first?["text"] as? String == "Old goal", "\(spelling)")
        }
        // New changes go into the old folder; no second folder appears; undo takes back an old change.
        cli.env["WEEKBOARD_PERSON"] = "ALEX"
        #expect(try cli.run("goal", "set", "2", "New goal").code == 0)
        #expect(try folders(cli) == ["Alex"])
        #expect(try cli.run("undo").out.contains("Goal 2"))
        let undo = try cli.run("undo")
        #expect(undo.code == 0 && undo.out.contains("Goal 1"), "\(undo.out)\(undo.err)")
        #expect(try cli.run("status", "--team").out.components(separatedBy: "Alex").count == 2)
    }

    @Test("the access list and the journal name a person by the same key")
    func accessAndJournalAgree() throws {
        var cli = CLIRunner()
        defer { cli.cleanUp() }
        let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK8FRl1RV6BO3JxtWtaq4f3XEQC88Wq23u/0m98X4FWx zoe@laptop"
        let add = try cli.run("access", "add", "zoe", "--key", "-", "--role", "editor", "--person", "ZOË", stdin: key)
        #expect(add.code == 0 && add.out.contains("as zoë"), "\(add.out)\(add.err)")
        let access =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: cli.store.appendingPathComponent("access.json"))) as? [String: Any]
        #expect((access?["entries"] as? [[String: Any]])?.first?["person"] as? String == "zoë")
        cli.env["WEEKBOARD_PERSON"] = "Zoe\u{0308}"
        #expect(try cli.run("focus", "set", "From the CLI").code == 0)
        let log = try cli.run("log", "--by", "zoë")
        #expect(log.out.contains("Focus"), "\(log.out)")
        let journal = cli.store.appendingPathComponent("journal")
        let lines = try FileManager.default.contentsOfDirectory(atPath: journal.path).filter { $0.hasSuffix(".jsonl") }
            .flatMap {
                try String(contentsOf: journal.appendingPathComponent($0), encoding: .utf8).split(separator: "\n")
            }
        let sources = lines.compactMap { line -> String? in
            let e = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (e?["source"] as? [String: Any])?["person"] as? String
        }
        #expect(sources.last == "zoë", "\(sources)")
    }
}

@Suite("CLI: a 64-letter name of 4-byte letters")
struct CLILongNameTests {
    @Test("a name of 64 four-byte letters fits a folder name (NAME_MAX): set, shown, found again")
    func fourByteLetters() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let name = String(repeating: "\u{10428}", count: 64)  // Deseret small letter long i: 4 bytes
        let set = try cli.run("goal", "set", "1", "Agree the contract", "--person", name)
        #expect(set.code == 0, "\(set.err)")
        let status = try cli.run("status", "--person", name)
        #expect(status.out.contains("Agree the contract"), "\(status.out) \(status.err)")
        let folders = try FileManager.default.contentsOfDirectory(
            atPath: cli.store.appendingPathComponent("people").path)
        #expect(folders.count == 1 && folders.allSatisfy { $0.utf8.count <= 255 }, "\(folders)")
        #expect(try cli.run("status", "--team").out.contains(String(name.prefix(10))))
        // One letter fewer is another person, with a folder of its own.
        #expect(try cli.run("goal", "set", "1", "Other", "--person", String(name.dropLast())).code == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: cli.store.appendingPathComponent("people").path).count
                == 2)
    }
}
