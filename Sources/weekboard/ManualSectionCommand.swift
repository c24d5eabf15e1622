import ArgumentParser
import WeekboardCore

/// `weekboard manual-section keys`: the man page's DASHBOARD KEYS from the key map, for `make man`
/// (hidden: it is the build's, not a user's).
struct ManualSectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual-section", abstract: "Print a generated section of the man page (used by make man).",
        shouldDisplay: false)

    @Argument(help: "Which section: keys.") var section: String

    func run() throws {
        guard section == "keys" else { throw badValue("the only generated section is 'keys', not '\(section)'") }
        print(KeyMapManual.mdoc, terminator: "")
    }
}
