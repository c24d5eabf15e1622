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

/// `weekboard --store S gate --as NAME`: the forced command of each `authorized_keys` line that
/// `access sync` writes. sshd has checked the key; this decides what it may run. The client's command
/// (`SSH_ORIGINAL_COMMAND`) is split here, checked against NAME's role, and run as
/// `weekboard --store S --person P …` with an environment built from nothing. No shell runs it.
struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Run by sshd for each key in authorized_keys (see 'weekboard access'); not for typing.",
        discussion: """
            Reads SSH_ORIGINAL_COMMAND. No command: the dashboard (with a terminal) or status (without). \
            Otherwise one command NAME's role allows ('ssh HOST help' lists them). Anything else is refused \
            with one line on stderr and exit status 1, and nothing is written.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("as"), help: ArgumentHelp("The access name (from the access list).", valueName: "name"))
    var name: String

    func run() throws {
        do {
            try runGate()
        } catch let refusal as GateRefusal {
            sayError(refusal.message)
            throw ExitCode(1)
        }
    }

    private func runGate() throws {
        // Only the gate's own arguments name the store: never WEEKBOARD_STORE, which a client may send.
        guard let storePath = global.store, storePath.hasPrefix("/") else {
            throw GateRefusal("gate needs --store with an absolute path (access sync writes it)")
        }
        guard global.person == nil else { throw GateRefusal("gate takes no --person: the access list says who") }
        let command = try Self.originalCommand()
        let store = Store(root: URL(fileURLWithPath: storePath))
        let list: AccessList
        do { list = try store.accessList() } catch { throw GateRefusal("the store cannot be read: \(error)") }
        guard let entry = list.entry(name) else {
            throw GateRefusal("'\(Sanitize.text(name))' has no access to this store (any more)")
        }
        let terminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        let decision = try GateCommandLine.decide(command, terminal: terminal, role: entry.role)
        let client = ProcessInfo.processInfo.environment
        let words: [String]
        switch decision {
        case .help:
            print(
                GateCommandLine.help(name: entry.name, role: entry.role, person: entry.person).joined(separator: "\n"))
            return
        case .status:
            words = ["status"]
        case .dashboard:
            guard GateEnvironment.terminalName(client["TERM"]) != nil else {
                throw GateRefusal(
                    "TERM '\(Sanitize.text(client["TERM"] ?? ""))' is not a terminal name: try TERM=xterm-256color")
            }
            words = entry.role == .viewer ? ["dashboard", "--read-only"] : ["dashboard"]
        case .run(let w):
            words = w
        }
        let account = Self.account()
        let env = GateEnvironment.make(
            client: client, access: entry, terminal: terminal, home: account.home, user: account.user)
        let executable = try AccessCommand.executable()
        // `log` is the team's: with --person it would show only that person's changes.
        let person = words.first == "log" ? [] : ["--person", entry.person]
        try Self.exec(executable, ["--store", store.root.path] + person + words, env)
    }

    /// `SSH_ORIGINAL_COMMAND` as bytes: text that is not UTF-8 is refused, not repaired.
    static func originalCommand() throws -> String? {
        guard let raw = getenv("SSH_ORIGINAL_COMMAND") else { return nil }
        guard let text = String(validatingCString: raw) else { throw GateRefusal("the command is not valid UTF-8") }
        return text
    }

    /// The account's home and name from the password database (never from the environment).
    static func account() -> (home: String, user: String) {
        let user = SystemAccess.userName()
        guard !user.isEmpty, let home = SystemAccess.homeDirectory(of: user) else { return ("/", "weekboard") }
        return (home, user)
    }

    /// Replaces this process with `weekboard ARGS` in exactly `env`; returns only on failure.
    static func exec(_ path: String, _ args: [String], _ env: [String: String]) throws -> Never {
        let failure = SystemAccess.replaceProcess(path, args, env)
        throw GateRefusal("cannot run \(path): \(failure)")
    }
}
