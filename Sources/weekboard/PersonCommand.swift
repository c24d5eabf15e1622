import ArgumentParser
import WeekboardCore

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "People: change how a person's name is shown.",
        subcommands: [Rename.self]
    )

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Show a person's name spelt another way (sam patel as Sam Patel).",
            discussion: """
                A person is shown by their name as first given. The new spelling must be the same person: \
                it may change only case, accents typed another way and spaces (their folder stays as it is). \
                'weekboard undo --person NAME' takes it back.
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The person, spelt any way that is them.", completion: StoreCompletion.people)
        var name: String
        @Argument(help: "Their name as it should be shown.") var newName: String

        func run() throws {
            let e = try CommandEnvironment(global)
            try e.requireWritable()
            try e.requireStore()
            let folder = e.store.personFolder(try PersonName(name))
            let source = ChangeSource(person: folder, origin: e.origin, access: e.access)
            say(try e.store.renamePerson(folder, to: newName, source: source, now: e.now).message)
        }
    }
}
