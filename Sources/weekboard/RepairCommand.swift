import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// `weekboard repair`: files over the size limit brought back within it (see `StoreRepair`).
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Bring store files that are over the 16 MiB limit back within it, keeping the originals.",
        discussion: """
            A store file larger than 16 MiB cannot be read, so every command that needs it stops. This weekboard \
            never writes one, but an earlier one could (a week of very many contacts, or very long notes). \
            'repair' rewrites each such file: a week's caller data in shards (nothing is lost), any other file \
            with each text longer than 4,000 bytes cut to that length. Each original is first copied, byte for \
            byte, to repair-backup/<time>/ in the store. It also sets aside journal lines that are not entries \
            and a commit record that cannot be used (in repair-backup/ too), so log, undo and redo read the journal \
            again, and moves the contact keys an earlier weekboard kept in an import's journal line to \
            journal/fields/ (undo finds the same). See docs/store-format.md.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Flag(help: "List the files that would be repaired; change nothing.") var dryRun = false

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireStore()
        if !dryRun { try e.requireWritable() }
        for line in try StoreRepair.run(e.store, today: e.today, now: e.now, dryRun: dryRun, source: e.source) {
            say(line)
        }
    }
}
