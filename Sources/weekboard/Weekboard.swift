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

@main
struct Weekboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weekboard",
        abstract:
            """
            A leader's week on one terminal dashboard: focus, three goals, the programme board and \
            contact-centre volumes.
            """,
        discussion: """
            With no subcommand, opens the full-screen dashboard (or prints 'status' when output is not a terminal).
            Try it safely with 'weekboard --demo', which uses a throwaway demo store.

            Dashboard options: --demo, --theme NAME|PATH, --read-only, --mouse, --week W.
            'weekboard help dashboard' has more. Global options (--store, --person, --week, --read-only, \
            --theme, --color) go before or after the subcommand.
            """,
        version: "0.1.0",
        subcommands: [
            DashboardCommand.self, InitCommand.self, StatusCommand.self, FocusCommand.self, GoalCommand.self,
            NoteCommand.self,
            ProjectCommand.self, ProgrammeCommand.self, RiskCommand.self, IssueCommand.self, DecisionCommand.self,
            ActionCommand.self, BoardCommand.self, PersonCommand.self, CallsCommand.self, ExportCommand.self,
            OKRCommand.self,
            HistoryCommand.self,
            LogCommand.self, UndoCommand.self, RedoCommand.self, GenerateCommand.self, RepairCommand.self,
            AccessCommand.self, GateCommand.self, SyncCommand.self, ManualSectionCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    @OptionGroup var global: GlobalOptions

    /// The one error boundary: every command throws, and only here are errors turned into a
    /// message on stderr and an exit code (README: 2 a bad value, 1 a store or file problem,
    /// 64 a mistyped command line; ArgumentParser's own errors and exit codes as it decides).
    static func main() {
        do {
            // Plain `status` and a plain dashboard skip ArgumentParser (half of their start-up);
            // anything else goes on to it.
            let args = CommandWords.joiningWeekOffsets(Array(CommandLine.arguments.dropFirst()))
            if try StatusFastPath.run(args) || DashboardFastPath.run(args) { return }
            let arguments = try CommandWords.normalise(args, root: Self.self)
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let error as CommandWords.UnknownCommand {
            SystemAccess.printError(error.description + "\n")
            exit(withError: ExitCode(64))
        } catch let error as InputError {
            sayError("error: \(error.message)")
            exit(withError: ExitCode(2))
        } catch let error as StoreError {
            sayError("error: \(error.description)")
            exit(withError: ExitCode(1))
        } catch let error as SyncError {
            sayError("error: \(error.message)")
            exit(withError: ExitCode(1))
        } catch let error as UndoError {
            sayError(error.message)
            exit(withError: ExitCode(1))
        } catch {
            // ArgumentParser's own messages quote what was typed: sanitised like every other message.
            let code = exitCode(for: error)
            let text = Sanitize.message(fullMessage(for: error))
            if !text.isEmpty {
                if code == .success { print(text) } else { SystemAccess.printError(text + "\n") }
            }
            exit(withError: code)
        }
    }
}
