import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

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
        try e.requireStoreToSync()
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
        // Each conflict on one line, cut to the terminal's width (whole when piped).
        for line in SyncWords.status(status, now: e.now, width: WidthOption.terminalColumns() ?? .max) { say(line) }
    }
}
