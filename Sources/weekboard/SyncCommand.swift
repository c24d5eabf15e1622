import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// `weekboard sync`: the store shared through a git remote, merged by weekboard (docs/store-format.md, "Sync").
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send this machine's changes to the team's git remote and bring the others' in.",
        discussion: """
            'weekboard sync init URL' sets the remote once: a store with data publishes to an empty remote; \
            an empty store takes the team's store down. Then 'weekboard sync' sends and brings in, in one \
            step, and 'weekboard sync status' says what is waiting. Any URL git accepts works \
            (git@host:team/board.git, ssh://host/srv/board.git, https://…, a path). The git program must \
            be installed. secret.key, caller-level data, access.json, indexes, locks and temp files never \
            leave this machine.
            """,
        subcommands: [SyncNowCommand.self, SyncInitCommand.self, SyncStatusCommand.self, SyncResolveCommand.self],
        defaultSubcommand: SyncNowCommand.self
    )
}

/// `weekboard sync` itself (also `weekboard sync now`).
struct SyncNowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "now",
        abstract: "Sync now: send this machine's changes and bring the team's in (the default of 'sync')."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireStore()
        try e.requireWritable()
        // The dashboard's background sync: ssh in batch mode, no terminal to ask on.
        let detached = e.env["WEEKBOARD_SYNC_DETACHED"] == "1"
        let report = try StoreSync(store: e.store, environment: e.env, detached: detached).sync(now: e.now)
        SyncWords.report(report, remote: try StoreSync(store: e.store, environment: e.env).state()?.remote)
    }
}

/// `weekboard sync init URL`.
struct SyncInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Set the git remote: publish this store to an empty remote, or take the team's store down.",
        discussion: """
            On the first machine, give an empty remote (an empty bare repository, or a new empty project on \
            GitLab, GitHub or Azure DevOps): the store is published. On another machine, give the same URL \
            with an empty store (a new --store folder): the team's store comes down. A remote that holds a \
            store is refused when this store has data of its own.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The remote: any URL or path git accepts.") var url: String

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireWritable()
        let sync = try StoreSync(store: e.store, environment: e.env)
        let report = try sync.initialise(remote: url, now: e.now)
        SyncWords.report(report, remote: url)
    }
}

/// `weekboard sync status`.
struct SyncStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say what is waiting to be sent and brought in, when the store last synced, and any conflicts.",
        discussion: "It does not go online: 'waiting to bring in' is as of the last sync."
    )

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print the same facts as JSON.") var json = false

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireStore()
        guard let status = try StoreSync(store: e.store, environment: e.env).status() else {
            if json {
                print("{\n  \"remote\" : null\n}")
            } else {
                say("Not synced: this store has no remote. 'weekboard sync init URL' sets one.")
            }
            return
        }
        if json {
            print(String(decoding: try JSONCoding.encodeForOutput(status), as: UTF8.self), terminator: "")
            return
        }
        for line in SyncWords.status(status, now: e.now) { say(line) }
    }
}

/// What sync says, in words.
enum SyncWords {
    static func files(_ n: Int) -> String { n == 1 ? "1 file" : "\(n) files" }

    static func report(_ r: StoreSync.Report, remote: String?) {
        let to = remote.map { " with \($0)" } ?? ""
        if r.sent == 0, r.received == 0 {
            say("Synced\(to): nothing new either way.")
        } else {
            say("Synced\(to): sent \(files(r.sent)), brought in \(files(r.received)).")
        }
        if r.retries > 0 {
            let times = r.retries == 1 ? "once" : "\(r.retries) times"
            say("Someone else synced meanwhile; merged their changes too (\(times)).")
        }
        if !r.conflictedPaths.isEmpty {
            say(
                "\(r.conflictedPaths.count == 1 ? "1 file has" : "\(r.conflictedPaths.count) files have") a conflict "
                    + "to pick (the later change shows): \(r.conflictedPaths.joined(separator: ", ")).")
        }
        if !r.ignored.isEmpty {
            sayError(
                "note: the remote holds files that never travel or that weekboard does not know; they were not "
                    + "applied: \(r.ignored.joined(separator: ", "))")
        }
    }

    static func status(_ s: SyncStatus, now: Date) -> [String] {
        var lines = ["Remote: \(s.remote)"]
        if let at = s.syncedAt {
            lines.append("Last synced: \(SyncStatus.ago(now.timeIntervalSince(at))) (\(at.ISO8601Format()))")
        } else {
            lines.append("Last synced: never")
        }
        lines.append("Waiting to send: \(files(s.waitingToSend))")
        lines.append("Waiting to bring in: \(files(s.waitingToReceive)) (as of the last sync)")
        // Cleared by a sync that works, so one kept is newer than the last sync.
        if let error = s.lastError, let at = s.lastErrorAt {
            lines.append("Last attempt failed (\(at.ISO8601Format())): \(error)")
        }
        if s.conflicts.isEmpty {
            lines.append("Conflicts: none")
        } else {
            lines.append("Conflicts: \(s.conflicts.count) (\(s.conflicts.joined(separator: ", ")))")
        }
        return lines
    }
}
