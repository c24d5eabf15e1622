import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

extension NoteSection: ExpressibleByArgument {}

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Weeknote lists: ones to watch, what I'm learning, next week.",
        subcommands: [Add.self, List.self, Edit.self, Remove.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add an entry to a weeknote section.",
            discussion: """
                Examples:
                  weekboard note add watch "Damp survey backlog"
                  weekboard note add learning "Residents prefer a text to a letter"
                  weekboard note add next "Agree the void repairs contract"
                """)
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Argument(help: "The section: watch, learning or next.") var section: NoteSection
        @Argument(help: "The entry.") var text: String

        func run() throws {
            try global.perform(.week(.addNote(section, text)), week: weekOption)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "The week's entries in each section, numbered for edit and remove.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Flag(help: "Print JSON: {\"week\", \"watch\": [...], \"learning\": [...], \"next\": [...]}.") var json = false

        func run() throws {
            let e = try CommandEnvironment(global)
            try e.requireStore()
            let week = try e.week(weekOption)
            let mine = try e.store.reading { try $0.read(StoreFiles.personWeek(e.person, week)) }
            if json {
                let listing = NoteListing(
                    week: week.id, watch: mine.notes(.watch), learning: mine.notes(.learning), next: mine.notes(.next))
                writeOut(try JSONCoding.encodeForOutput(listing))
                return
            }
            for section in NoteSection.allCases {
                say("\(section.title) (\(section.rawValue))")
                let entries = mine.notes(section)
                if entries.isEmpty { say("   (none)") }
                for (i, text) in entries.enumerated() { say(rightAligned(i + 1, 4) + "  " + text) }
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Replace entry N of a section (numbers as 'note list' shows them).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Argument(help: "The section: watch, learning or next.") var section: NoteSection
        @Argument(help: "Which entry, from 1.") var number: Int
        @Argument(help: "The new text.") var text: String

        func run() throws {
            try global.perform(.week(.editNote(section, number: number, text)), week: weekOption)
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove entry N of a section (undo brings it back).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Argument(help: "The section: watch, learning or next.") var section: NoteSection
        @Argument(help: "Which entry, from 1.") var number: Int

        func run() throws {
            try global.perform(.week(.removeNote(section, number: number)), week: weekOption)
        }
    }
}
