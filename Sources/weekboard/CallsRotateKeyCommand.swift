import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import WeekboardCore
import WeekboardImport

/// `weekboard calls rotate-key`: a new caller key (see docs/privacy.md).
struct CallsRotateKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate-key",
        abstract: "Replace the secret key that turns callers into tokens.",
        discussion: """
            Tokens made with the old key never match new ones: repeat-caller counts start again from the next \
            import, and weeks already imported one row per contact accept no more per-contact rows (they could \
            not be checked for duplicates). Weekly contact counts are kept. With --forget-callers, every week's \
            caller tokens are deleted too — do this if the old key may have been seen by anyone.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Also delete every week's caller tokens (past repeat-caller figures are lost; counts stay).")
    var forgetCallers = false
    @Flag(help: "Confirm: without it, nothing is changed.") var yes = false

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireWritable()
        try e.requireStore()
        guard yes else {
            throw InputError(
                "rotating the key restarts repeat-caller counts; run again with --yes to do it (nothing was changed)")
        }
        let emptied = try CallerKey.rotate(in: e.store, forgetCallers: forgetCallers, source: e.source, now: e.now)
        say("New caller key written; tokens made before now will not match new ones.")
        if forgetCallers {
            say("Caller tokens deleted for \(emptied) week\(emptied == 1 ? "" : "s"); weekly counts kept.")
        }
    }
}
