import ArgumentParser
import WeekboardCore

/// `risk list`, `issue list`, `decision list`, `action list`: the open items of one kind by project.
struct RAIDListCommand<Kind: RAIDCommandKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: Kind.listAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Only this project.", completion: StoreCompletion.projects) var project: String?
    @Flag(help: ArgumentHelp(Kind.allHelp)) var all = false
    @Flag(help: "Print JSON: {\"kind\", \"projects\": [{\"name\", \"programme\", \"items\": [...]}]}.") var json =
        false
    @OptionGroup var week: WeekOption

    func run() throws {
        try RAIDListing.run(Kind.kind, global: global, week: week, project: project, json: json, all: all)
    }
}
