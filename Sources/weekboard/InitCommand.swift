import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore
import WeekboardDemo

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store (folder 0700, files 0600). With --demo, fill it with sample data."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Fill the store with a realistic demo week (refused if the store already holds data).")
    var demo = false

    @Option(help: ArgumentHelp("The store's display name (default: the folder's name).", valueName: "name"))
    var name: String?

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireWritable()
        if demo {
            try DemoStore.fill(e.store, person: e.person, today: e.today, now: e.now, source: e.source)
            let path = e.store.root.path
            say("Demo store ready at \(path) (you are '\(e.person)'). Try 'weekboard\(e.storeWords) status'.")
        } else {
            let existed = e.store.exists
            let info = try e.store.create(name: name, now: e.now)
            say(
                existed
                    ? "Store '\(info.name)' already exists at \(e.store.root.path)."
                    : "Created store '\(info.name)' at \(e.store.root.path).")
        }
    }
}
