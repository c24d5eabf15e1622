import Foundation
import Testing
import WeekboardTestSupport

/// `weekboard sync` through a bare git repository given as a path, with the real binary and git.
@Suite("CLI: sync through git", .serialized)
struct SyncCLITests {
    @Test("publish, join: the team's store comes down whole and the status is the same on both")
    func publishAndJoin() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        let a = t.machines[0], b = t.machines[1]
        #expect(try a.run("init").code == 0)
        #expect(try a.run("goal", "set", "1", "Agree the void repairs contract").code == 0)
        #expect(
            try a.run("project", "add", "Kitchen replacements", "--programme", "Housing", "--owner", "Priya Shah").code
                == 0)
        let published = try a.run("sync", "init", t.remote.path)
        #expect(published.code == 0, "\(published.err)")
        #expect(published.out.hasPrefix("Synced with \(t.remote.path): sent "))
        let joined = try b.run("sync", "init", t.remote.path)
        #expect(joined.code == 0, "\(joined.err)")
        #expect(joined.out.contains("brought in"))
        let statuses = try t.statuses()
        #expect(statuses[0] == statuses[1])
        #expect(statuses[1].contains("Agree the void repairs contract"))
        #expect(statuses[1].contains("Kitchen replacements"))
        // Host-private and private to its owner, as every store folder is.
        let git = try FileManager.default.attributesOfItem(atPath: b.store.appendingPathComponent("sync/git").path)
        #expect((git[.posixPermissions] as? Int) == 0o700)
        let status = try b.run("sync", "status")
        #expect(status.code == 0)
        #expect(status.out.contains("Waiting to send: 0 files"))
        #expect(status.out.contains("Conflicts: none"))
    }

    @Test("edits of different files on each machine meet, and every machine converges after two syncs")
    func differentFiles() throws {
        let t = try SyncFixture(["alex", "priya", "sam"])
        defer { t.cleanUp() }
        try t.join()
        let a = t.machines[0], b = t.machines[1], c = t.machines[2]
        #expect(try a.run("goal", "set", "1", "Agree the void repairs contract").code == 0)
        #expect(try b.run("project", "add", "Kitchen replacements", "--programme", "Housing").code == 0)
        #expect(try c.run("note", "add", "watch", "Damp and mould survey backlog").code == 0)
        #expect(try b.run("goal", "set", "2", "Shortlist contractors").code == 0)
        try t.syncAll()
        let alex = try t.statuses()
        #expect(Set(alex).count == 1)
        #expect(alex[0].contains("Agree the void repairs contract") && alex[0].contains("Kitchen replacements"))
        let sam = try t.statuses(person: "sam")
        #expect(Set(sam).count == 1)
        #expect(sam[0].contains("Damp and mould survey backlog"))
        let priya = try t.statuses(person: "priya")
        #expect(Set(priya).count == 1 && priya[0].contains("Shortlist contractors"))
        // The journal travels: alex's change shows in the log on priya's machine.
        let log = try b.run("log", "--person", "alex")
        #expect(log.code == 0 && log.out.contains("alex"), "\(log.out)")
        for m in t.machines {
            let s = try m.run("sync", "status", "--json")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(s.out.utf8)) as? [String: Any])
            #expect(json["waitingToSend"] as? Int == 0)
            #expect(json["waitingToReceive"] as? Int == 0)
        }
    }

    @Test("projects, notes and goals one side and then the other")
    func backAndForth() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        try t.join()
        let a = t.machines[0], b = t.machines[1]
        #expect(try a.run("project", "add", "Kitchen replacements", "--programme", "Housing").code == 0)
        #expect(try a.run("sync").code == 0)
        #expect(try b.run("sync").code == 0)
        #expect(try b.run("project", "status", "Kitchen replacements", "amber", "--note", "Cabinets late").code == 0)
        #expect(try b.run("note", "add", "watch", "Contractor capacity", "--person", "alex").code == 0)
        #expect(try b.run("sync").code == 0)
        let brought = try a.run("sync")
        #expect(brought.code == 0 && brought.out.contains("brought in"), "\(brought.err)")
        #expect(try a.run("goal", "set", "1", "Order cabinets").code == 0)
        #expect(try a.run("project", "rename", "Kitchen replacements", "Kitchens").code == 0)
        #expect(try a.run("sync").code == 0)
        #expect(try b.run("sync").code == 0)
        let statuses = try t.statuses()
        #expect(statuses[0] == statuses[1])
        #expect(statuses[1].contains("Kitchens") && statuses[1].contains("Cabinets late"))
        #expect(statuses[1].contains("Order cabinets") && statuses[1].contains("Contractor capacity"))
    }

    @Test("secret.key, callers, follow-ups, access.json, indexes, locks and temp files are never in the remote")
    func neverLeaves() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        var a = t.machines[0]
        a.env["TZ"] = "Europe/London"
        a.env["WEEKBOARD_TODAY"] = "2026-12-10"
        let file = URL(fileURLWithPath: a.store.path + "-export.csv")
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try a.run("init").code == 0)
        try Data(FollowUpsCLITests.export.utf8).write(to: file)
        #expect(try a.run("calls", "import", file.path).code == 0)
        #expect(try a.run("goal", "set", "1", "Call back the frequent callers").code == 0)
        #expect(try a.run("goal", "done", "1").code == 0)
        let key = try SSHKeyLine.sample()
        #expect(try a.run("access", "add", "sam", "--key", key, "--role", "viewer").code == 0)
        let store = a.store.path
        for leftover in ["people/alex/.tmp-2026-W48.json-1-2", ".tmp-board.json-9-9"] {
            try Data("{}".utf8).write(to: URL(fileURLWithPath: "\(store)/\(leftover)"))
        }
        #expect(FileManager.default.fileExists(atPath: "\(store)/secret.key"))
        #expect(FileManager.default.fileExists(atPath: "\(store)/callers/2026-W49.json"))
        #expect(FileManager.default.fileExists(atPath: "\(store)/access.json"))
        #expect(FileManager.default.fileExists(atPath: "\(store)/index"))
        #expect(try a.run("sync", "init", t.remote.path).code == 0)
        #expect(try t.machines[1].run("sync", "init", t.remote.path).code == 0)
        #expect(try t.machines[1].run("goal", "set", "2", "Second goal").code == 0)
        try t.syncAll()
        let (paths, patches) = try t.history()
        #expect(paths.contains("people/alex/2026-W50.json") && paths.contains("people/priya/2026-W48.json"))
        #expect(paths.contains("contacts/2026-W48.json"))
        for path in paths {
            #expect(!path.hasPrefix("callers/") && !path.hasPrefix("index/") && !path.hasPrefix("sync/"), "\(path)")
            #expect(![".lock", "secret.key", "access.json", "journal/commit.json", "journal/mark.json"].contains(path))
            #expect(!path.split(separator: "/").last!.hasPrefix(".tmp-"), "\(path)")
        }
        let secret = try Data(contentsOf: URL(fileURLWithPath: "\(store)/secret.key"))
        #expect(!patches.contains(secret.base64EncodedString()))
        #expect(!patches.contains(FollowUpsCLITests.frequent) && !patches.contains("900111"))
        #expect(!patches.contains(key.split(separator: " ")[1]))
        // Nor did the other machine receive them.
        let b = t.machines[1].store.path
        #expect(!FileManager.default.fileExists(atPath: "\(b)/callers"))
        #expect(!FileManager.default.fileExists(atPath: "\(b)/access.json"))
        #expect(!FileManager.default.fileExists(atPath: "\(b)/secret.key"))
    }

    @Test("files added to the remote by hand that never travel are not applied, and leave the remote's tip")
    func handAddedFiles() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        try t.join()
        #expect(try t.machines[0].run("goal", "set", "1", "Agree the contract").code == 0)
        #expect(try t.machines[0].run("sync").code == 0)
        // Someone clones the remote and commits a key, caller data and a stranger file.
        let work = t.remote.path + "-work"
        defer { try? FileManager.default.removeItem(atPath: work) }
        try SyncFixture.git(["clone", "--quiet", t.remote.path, work])
        try FileManager.default.createDirectory(atPath: "\(work)/callers", withIntermediateDirectories: true)
        try Data("stolen-key".utf8).write(to: URL(fileURLWithPath: "\(work)/secret.key"))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: "\(work)/callers/2026-W48.json"))
        try Data("#!/bin/sh\n".utf8).write(to: URL(fileURLWithPath: "\(work)/run-me.sh"))
        try SyncFixture.git(["-C", work, "add", "."])
        try SyncFixture.git(["-C", work, "commit", "--quiet", "-m", "by hand"])
        try SyncFixture.git(["-C", work, "push", "--quiet", "origin", "HEAD:main"])
        let b = t.machines[1]
        let r = try b.run("sync")
        #expect(r.code == 0, "\(r.err)")
        #expect(r.err.contains("not applied") && r.err.contains("secret.key") && r.err.contains("run-me.sh"))
        #expect(!FileManager.default.fileExists(atPath: b.store.appendingPathComponent("secret.key").path))
        #expect(!FileManager.default.fileExists(atPath: b.store.appendingPathComponent("run-me.sh").path))
        #expect(!FileManager.default.fileExists(atPath: b.store.appendingPathComponent("callers").path))
        let tip = try SyncFixture.git(["--git-dir=\(t.remote.path)", "ls-tree", "-r", "--name-only", "main"])
        #expect(!tip.contains("secret.key") && !tip.contains("callers/") && !tip.contains("run-me.sh"))
        #expect(try b.statusJSON("--person", "alex").description.contains("Agree the contract"))
    }

    @Test("a commit made by hand in sync/git with secret.key in it: the push is refused, nothing leaves")
    func handCommitRefused() throws {
        let t = try SyncFixture(["alex"])
        defer { t.cleanUp() }
        try t.join()
        let a = t.machines[0]
        let gitDir = a.store.appendingPathComponent("sync/git").path
        // Someone commits the key into the store's own repository and points the sync's record at it.
        let blob = try SyncFixture.git(["--git-dir=\(gitDir)", "hash-object", "-w", "--stdin"], input: "stolen-key")
        let index = a.store.path + "-index"
        defer { try? FileManager.default.removeItem(atPath: index) }
        let env = ["GIT_INDEX_FILE": index]
        try SyncFixture.git(["--git-dir=\(gitDir)", "read-tree", "main"], env: env)
        try SyncFixture.git(
            ["--git-dir=\(gitDir)", "update-index", "--add", "--cacheinfo", "100644,\(blob.gitLine),secret.key"],
            env: env)
        let tree = try SyncFixture.git(["--git-dir=\(gitDir)", "write-tree"], env: env).gitLine
        let commit = try SyncFixture.git(["--git-dir=\(gitDir)", "commit-tree", tree, "-p", "main", "-m", "key"])
            .gitLine
        let statePath = a.store.appendingPathComponent("sync/state.json")
        var state = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: statePath)) as? [String: Any])
        state["synced"] = commit
        try JSONSerialization.data(withJSONObject: state).write(to: statePath)
        #expect(try a.run("goal", "set", "1", "A change to send").code == 0)
        let r = try a.run("sync")
        #expect(r.code == 1)
        #expect(r.err.contains("refused to send secret.key"), "\(r.err)")
        let (paths, patches) = try t.history()
        #expect(!paths.contains("secret.key") && !patches.contains("stolen-key"))
    }

    @Test("a file from the remote that the store cannot read: refused with the reason, nothing changed")
    func invalidFromRemote() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        #expect(try t.machines[0].run("init").code == 0)
        #expect(try t.machines[0].run("project", "add", "Kitchens", "--programme", "Housing").code == 0)
        try t.join()
        let work = t.remote.path + "-work"
        defer { try? FileManager.default.removeItem(atPath: work) }
        try SyncFixture.git(["clone", "--quiet", t.remote.path, work])
        try Data("{\"schemaVersion\": 1, \"programmes\": 7}\n".utf8).write(
            to: URL(fileURLWithPath: "\(work)/board.json"))
        try SyncFixture.git(["-C", work, "commit", "--quiet", "-am", "broken by hand"])
        try SyncFixture.git(["-C", work, "push", "--quiet", "origin", "HEAD:main"])
        let b = t.machines[1]
        let before = b.snapshotFiles().filter { !$0.key.hasPrefix("sync/") }
        let r = try b.run("sync")
        #expect(r.code == 1)
        #expect(r.err.hasPrefix("weekboard: error: what came from the remote is not valid, so nothing was changed: "))
        #expect(r.err.contains("board.json"), "\(r.err)")
        #expect(b.snapshotFiles().filter { !$0.key.hasPrefix("sync/") } == before)
        #expect(try b.statusJSON("--person", "alex").description.contains("Kitchens"))
    }

    @Test("offline: a one-line error, exit 1, the change kept and sent by the next sync")
    func offline() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        try t.join()
        let a = t.machines[0], b = t.machines[1]
        let away = URL(fileURLWithPath: t.remote.path + "-away")
        try FileManager.default.moveItem(at: t.remote, to: away)
        #expect(try a.run("goal", "set", "1", "Written on the train").code == 0)
        let before = a.snapshotFiles().filter { !$0.key.hasPrefix("sync/") }
        let r = try a.run("sync")
        #expect(r.code == 1)
        #expect(r.out == "")
        #expect(r.err.hasPrefix("weekboard: error: cannot reach \(t.remote.path): "))
        #expect(r.err.hasSuffix("kept for the next sync\n") && r.err.split(separator: "\n").count == 1, "\(r.err)")
        #expect(a.snapshotFiles().filter { !$0.key.hasPrefix("sync/") } == before)
        let status = try a.run("sync", "status")
        // The week's file, alex's name (person.json, made with the first change) and the journal's month.
        #expect(status.out.contains("Waiting to send: 3 files"), "\(status.out)")
        #expect(status.out.contains("Last attempt failed"), "\(status.out)")
        try FileManager.default.moveItem(at: away, to: t.remote)
        #expect(try a.run("sync").code == 0)
        #expect(try b.run("sync").code == 0)
        #expect(try b.statusJSON("--person", "alex").description.contains("Written on the train"))
    }

    @Test("someone pushes between this machine's fetch and push: it fetches, merges and sends again")
    func pushRace() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        try t.join()
        var a = t.machines[0]
        let b = t.machines[1]
        #expect(try a.run("goal", "set", "1", "From alex").code == 0)
        #expect(try b.run("project", "add", "From priya", "--programme", "Housing").code == 0)
        // A git that, on alex's first push, lets priya's machine sync first.
        let script = URL(fileURLWithPath: a.store.path + "-git.sh")
        let mark = a.store.path + "-raced"
        defer {
            try? FileManager.default.removeItem(at: script)
            try? FileManager.default.removeItem(atPath: mark)
        }
        let git = ExternalTool.find("git") ?? "/usr/bin/git"
        try """
        #!/bin/sh
        for a in "$@"; do
          if [ "$a" = push ] && [ ! -e '\(mark)' ]; then
            touch '\(mark)'
            WEEKBOARD_GIT= WEEKBOARD_STORE='\(b.store.path)' '\(CLIRunner.binary.path)' sync >/dev/null 2>&1
          fi
        done
        exec '\(git)' "$@"
        """.write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        a.env["WEEKBOARD_GIT"] = script.path
        let r = try a.run("sync")
        #expect(r.code == 0, "\(r.err)")
        #expect(FileManager.default.fileExists(atPath: mark))
        #expect(r.out.contains("Someone else synced meanwhile"), "\(r.out)")
        a.env["WEEKBOARD_GIT"] = nil
        #expect(try b.run("sync").code == 0)
        let statuses = try t.statuses()
        #expect(statuses[0] == statuses[1])
        #expect(statuses[0].contains("From alex") && statuses[0].contains("From priya"))
    }

    @Test(
        "both machines change the store in the same month: every change kept, and the journals merged",
        .enabled(if: SyncMergeProbe.mergesBothSides, Comment(rawValue: SyncMergeProbe.waitingReason)))
    func sameMonth() throws {
        var t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        for i in t.machines.indices { t.machines[i].env["WEEKBOARD_NOW"] = "2027-01-15T10:00:00Z" }
        try t.join()
        #expect(try t.machines[0].run("goal", "set", "1", "From alex").code == 0)
        #expect(try t.machines[1].run("project", "add", "From priya", "--programme", "Housing").code == 0)
        try t.syncAll()
        let statuses = try t.statuses()
        #expect(statuses[0] == statuses[1])
        #expect(statuses[0].contains("From alex") && statuses[0].contains("From priya"))
        for m in t.machines {
            let log = try m.run("log").out
            #expect(log.contains("From alex") || log.contains("goal 1"), "\(log)")
            #expect(log.contains("From priya"), "\(log)")
        }
    }

    @Test("a per-contact import on one machine: the weekly figures travel, the callers do not, nothing counts twice")
    func importOnOneMachine() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        try t.join()
        var a = t.machines[0], b = t.machines[1]
        // The export's weeks are past weeks on the tenth of December, on both machines.
        a.env["WEEKBOARD_TODAY"] = "2026-12-10"
        b.env["WEEKBOARD_TODAY"] = "2026-12-10"
        a.env["TZ"] = "Europe/London"
        b.env["TZ"] = "Europe/London"
        let file = URL(fileURLWithPath: a.store.path + "-export.csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(FollowUpsCLITests.export.utf8).write(to: file)
        #expect(try a.run("calls", "import", file.path).code == 0)
        try t.syncAll()
        try t.syncAll()
        for week in ["2026-W48", "2026-W49", "2026-W50"] {
            let mine = try a.run("calls", "list", "--week", week, "--weeks", "1").out
            let theirs = try b.run("calls", "list", "--week", week, "--weeks", "1").out
            #expect(mine == theirs, "\(week)")
        }
        // The counts agree; repeat callers are worked out from caller-level data, on the importing machine only.
        func counts(_ m: CLIRunner) throws -> [String: Int] {
            let rows = try m.statusJSON("--week", "2026-W49")["contacts"] as? [[String: Any]] ?? []
            return Dictionary(
                uniqueKeysWithValues: rows.map { ($0["service"] as? String ?? "", $0["count"] as? Int ?? -1) })
        }
        let theirs = try counts(b), mine = try counts(a)
        #expect(theirs == mine)
        #expect(theirs["Repairs"] == 3, "\(theirs)")  // 30 November (two) and 1 December
        #expect(!FileManager.default.fileExists(atPath: b.store.appendingPathComponent("callers").path))
        #expect(!FileManager.default.fileExists(atPath: b.store.appendingPathComponent("secret.key").path))
    }

    @Test("undo after a sync: alex's change made on one machine is taken back on the other, and that travels")
    func undoAfterSync() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        try t.join()
        let a = t.machines[0], b = t.machines[1]
        #expect(try a.run("goal", "set", "1", "Agree the void repairs contract").code == 0)
        try t.syncAll(rounds: 1)
        let undone = try b.run("undo", "--person", "alex")
        #expect(undone.code == 0, "\(undone.err)")
        #expect(
            undone.out.contains("Agree the void repairs contract") || undone.out.hasPrefix("Undid"), "\(undone.out)")
        try t.syncAll()
        let statuses = try t.statuses()
        #expect(statuses[0] == statuses[1])
        #expect(!statuses[0].contains("Agree the void repairs contract"))
    }

    @Test("the store's lock is not held while git is on the network: a change made during a slow fetch goes in at once")
    func noLockOnTheNetwork() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        try t.join()
        var a = t.machines[0]
        let b = t.machines[1]
        #expect(try b.run("project", "add", "From priya", "--programme", "Housing").code == 0)
        #expect(try b.run("sync").code == 0)
        // A git whose fetch takes six seconds, as a slow network would, saying when it starts and ends.
        let script = URL(fileURLWithPath: a.store.path + "-slow-git.sh")
        let fetching = a.store.path + "-fetching", fetched = a.store.path + "-fetched"
        defer {
            for path in [script.path, fetching, fetched] { try? FileManager.default.removeItem(atPath: path) }
        }
        let git = ExternalTool.find("git") ?? "/usr/bin/git"
        try """
        #!/bin/sh
        for a in "$@"; do
          if [ "$a" = fetch ]; then touch '\(fetching)'; sleep 6; '\(git)' "$@"; s=$?; touch '\(fetched)'; exit $s; fi
        done
        exec '\(git)' "$@"
        """.write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        var slow = a
        slow.env["WEEKBOARD_GIT"] = script.path
        let p = Process()
        p.executableURL = CLIRunner.binary
        p.arguments = ["sync"]
        p.environment = slow.env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: fetching), p.isRunning, Date() < deadline { usleep(20_000) }
        try #require(FileManager.default.fileExists(atPath: fetching), "the sync never reached its fetch")
        #expect(try a.run("goal", "set", "1", "Written during the fetch").code == 0)
        #expect(!FileManager.default.fileExists(atPath: fetched), "the write waited for the fetch to end")
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        // The sync saw the store change under it and started again: both changes are here, and travel.
        a.env["WEEKBOARD_GIT"] = nil
        #expect(try a.run("sync").code == 0)
        #expect(try b.run("sync").code == 0)
        let statuses = try t.statuses()
        #expect(statuses[0] == statuses[1])
        #expect(statuses[0].contains("Written during the fetch") && statuses[0].contains("From priya"))
    }

    @Test("clear errors: no remote yet, a remote that holds a store, no git, a bad URL")
    func errors() throws {
        let t = try SyncFixture(["alex", "priya"])
        defer { t.cleanUp() }
        var a = t.machines[0]
        let b = t.machines[1]
        #expect(try a.run("init").code == 0)
        let none = try a.run("sync")
        #expect(none.code == 1)
        #expect(none.err == "weekboard: error: this store has no remote yet: run 'weekboard sync init URL' first\n")
        let status = try a.run("sync", "status")
        #expect(status.code == 0 && status.out.contains("this store has no remote"))
        let bad = try a.run("sync", "init", "--", "-oProxyCommand=touch /tmp/x")
        #expect(bad.code == 1 && bad.err.contains("is not a git remote"))
        // ssh's own reason, not git's advice that follows it ("…and the repository exists.").
        let nowhere = try a.run("sync", "init", "git@nohost.invalid:team/board.git")
        #expect(nowhere.code == 1)
        #expect(nowhere.err.hasPrefix("weekboard: error: cannot reach git@nohost.invalid:team/board.git: "))
        #expect(nowhere.err.contains("Could not resolve hostname nohost.invalid"), "\(nowhere.err)")
        #expect(!nowhere.err.contains("(0 changed files)") && nowhere.err.split(separator: "\n").count == 1)
        a.env["PATH"] = "/nonexistent"
        let noGit = try a.run("sync", "init", t.remote.path)
        #expect(noGit.code == 1)
        #expect(noGit.err.contains("the git program is not installed"))
        a.env["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        #expect(try a.run("goal", "set", "1", "Mine").code == 0)
        #expect(try a.run("sync", "init", t.remote.path).code == 0)
        #expect(try b.run("goal", "set", "1", "Theirs").code == 0)
        let clash = try b.run("sync", "init", t.remote.path)
        #expect(clash.code == 1)
        #expect(clash.err.contains("the remote already holds a team's store and this store has its own data"))
        let help = try a.run("sync", "--help")
        #expect(help.code == 0 && help.out.contains("init") && help.out.contains("status"))
    }
}

/// A public key line for `access add`.
enum SSHKeyLine {
    static func sample() throws -> String {
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEu2o4zJYqr8fVl0qjQK211bXGQwceQcJIi0IQ4+rSav sam@test"
    }
}
