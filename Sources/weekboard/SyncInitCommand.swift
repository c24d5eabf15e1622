import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// `weekboard sync init URL`.
struct SyncInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Set the git remote: publish this store to an empty remote, or take the team's store down.",
        discussion: """
            On the first machine, give an empty remote (an empty bare repository, or a new empty project on \
            GitLab, GitHub or Azure DevOps): the store is published. On another machine, give the same URL \
            with an empty store (a new --store folder): the team's store comes down. A remote that holds a \
            store is refused when this store has data of its own. A join that fails or is refused (a mistyped \
            URL) leaves the machine as it was, with its remote or none: give the right URL.

            When the team's remote moves (the project moved, the server was renamed), run it on each machine \
            with the new URL: a store that has synced moves to an empty remote (it publishes its history there) \
            or to one holding its own history; any other remote is refused and the store keeps its remote.

            Examples (the first machine, then each of the others; then moving the team's remote):
              weekboard sync init git@gitlab.example.org:housing/board.git
              weekboard --store ~/board sync init git@gitlab.example.org:housing/board.git
              weekboard sync init git@gitlab.example.org:housing-services/board.git
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
