import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// `weekboard calls followup REF --state …`: records where following a caller up has got to.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Record where following up a caller who calls too often has got to.",
        discussion: """
            REF is the reference 'calls followups' lists, or enough of its start to be unique. Done: say what \
            was found and promised with --note; not needed: say why. Journalled, and undone by 'weekboard undo'.
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The caller's reference, as listed.", valueName: "ref")) var ref: String
    @Option(help: "todo, in-progress, done or not-needed.") var state: FollowUpState
    @Option(help: ArgumentHelp("Who is following up (empty clears).", valueName: "name")) var owner: String?
    @Option(help: ArgumentHelp("What was found and promised, or why not needed (empty clears).", valueName: "text"))
    var note: String?
    @Option(help: ArgumentHelp("The service, where the caller calls too often with more than one.", valueName: "name"))
    var service: String?

    func run() throws {
        try global.perform(.followUp(.set(ref: ref, service: service, state: state, owner: owner, note: note)))
    }
}
