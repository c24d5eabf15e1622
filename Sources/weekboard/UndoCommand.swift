import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// `weekboard undo`: take back your own most recent change.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Take back your most recent change (an ordinary change itself: 'weekboard redo' puts it back).",
        discussion: """
            Undo restores, field by field, what the change altered. If someone changed one of those fields since, \
            it refuses and names that change. --list shows what undo would take back, most recent first.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "List your changes that undo would take back, most recent first.") var list = false
    @OptionGroup var widthOption: RecordWidthOption

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireStore()
        if list {
            let entries = try e.store.undoList(person: e.person)
            print(
                entries.isEmpty
                    ? "Nothing to undo."
                    : JournalText.lines(entries, width: widthOption.columns, here: e.store.journalOrigin)
                        .joined(separator: "\n"))
            return
        }
        try e.requireWritable()
        let done = try e.store.undo(e.source, now: e.now)
        sayNotices(done.committed.notices)
        say(done.committed.summary)
        noteUnfinishedCommit(e.store)
    }
}
