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
            'weekboard sync init URL' sets the remote: a store with data publishes to an empty remote; an \
            empty store takes the team's store down; when the team's remote moves, each machine gives the new \
            URL. Then 'weekboard sync' sends and brings in, in one \
            step, and 'weekboard sync status' says what is waiting. Any URL git accepts works \
            (git@host:team/board.git, ssh://host/srv/board.git, https://…, a path). The git program must \
            be installed. secret.key, caller-level data, access.json, indexes, locks and temp files never \
            leave this machine.

            Examples:
              weekboard sync init git@gitlab.example.org:housing/board.git
              weekboard sync
              weekboard sync status
            """,
        subcommands: [SyncNowCommand.self, SyncInitCommand.self, SyncStatusCommand.self, SyncResolveCommand.self],
        defaultSubcommand: SyncNowCommand.self
    )
}
