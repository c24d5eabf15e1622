import ArgumentParser
import WeekboardCore

/// `risk close`, `issue close`, `action done`: the item stays in the log, numbered as before.
struct RAIDCloseCommand<Kind: RAIDCommandKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: Kind.closing?.name ?? "close", abstract: Kind.closing?.abstract ?? "")
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project's name.", completion: StoreCompletion.projects) var project: String
    @Argument(help: ArgumentHelp(Kind.numberHelp)) var number: Int

    func run() throws { try global.perform(.raid(project: project, .close(Kind.kind, number: number))) }
}
