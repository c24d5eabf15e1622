import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// `weekboard redo`: put back what your last undo took back.
struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo",
        abstract: "Put back what your most recent undo took back (until you make a new change)."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireStore()
        try e.requireWritable()
        let done = try e.store.redo(e.source, now: e.now)
        sayNotices(done.committed.notices)
        say(done.committed.summary)
        noteUnfinishedCommit(e.store)
    }
}
