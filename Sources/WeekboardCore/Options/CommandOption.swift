/// One long option of the command line, in one place: whether a value follows it, the commands that
/// take it, and which of the readers that work before (or instead of) swift-argument-parser know it.
/// The table is `CommandOption.all` (`CommandOption+Table.swift`); `CommandOptionTableTests` fails when
/// it and ArgumentParser's definitions disagree. Arrays, not sets, in the entries: the table is built on
/// every run (the fast paths read it), and an array of short literals costs no hashing.
package struct CommandOption: Sendable {
    /// The hand-written readers that take the option without ArgumentParser (for speed).
    package struct FastPaths: OptionSet, Sendable {
        package let rawValue: Int
        package init(rawValue: Int) { self.rawValue = rawValue }
        /// `weekboard status` (`StatusFastPath`).
        package static let status = FastPaths(rawValue: 1)
        /// `weekboard` opening the dashboard (`DashboardFastPath`).
        package static let dashboard = FastPaths(rawValue: 2)
    }

    /// The commands that take an option.
    package enum Commands: Sendable {
        /// Every command that takes options (`--store`, `--person`, `--read-only`).
        case every
        /// These, by their words (`status`, `goal set`).
        case only([String])

        package func contains(_ command: String) -> Bool {
            switch self {
            case .every: return true
            case .only(let names): return names.contains(command)
            }
        }
    }

    /// `--week`, with its dashes.
    package let name: String
    /// True when a value follows (`--week last`, `--week=last`); false for a flag.
    package let takesValue: Bool
    /// The commands that take it.
    package let commands: Commands
    /// The commands a key may give it to over SSH (`weekboard gate`); anything else there is refused.
    /// Never an option that names a path on the server, chooses another person or confirms something
    /// destructive.
    package let gate: [String]
    /// Written before the subcommand (`weekboard --week last status`), it is moved after it (`CommandWords`).
    package let global: Bool
    /// The fast paths that read it by hand.
    package let fastPaths: FastPaths
    /// A following `-N` is its value, not an option: `--week -1` is joined into `--week=-1`.
    package let takesBackOffset: Bool
    /// The flag it is the negation of (`--no-mouse` of `--mouse`): the two are one option to ArgumentParser.
    package let negates: String?
    /// What `--help` says of it, where the table is the help's source (shared options); nil where
    /// the command's own declaration says it.
    package let help: String?

    init(
        _ name: String, value: Bool, commands: Commands, gate: [String] = [], global: Bool = false,
        fastPaths: FastPaths = [], takesBackOffset: Bool = false, negates: String? = nil, help: String? = nil
    ) {
        self.name = name
        self.takesValue = value
        self.commands = commands
        self.gate = gate
        self.global = global
        self.fastPaths = fastPaths
        self.takesBackOffset = takesBackOffset
        self.negates = negates
        self.help = help
    }
}

extension CommandOption {
    /// The options taking a value that `fastPath` reads.
    package static func valued(_ fastPath: FastPaths) -> Set<String> {
        Set(all.filter { $0.takesValue && $0.fastPaths.contains(fastPath) }.map(\.name))
    }

    /// The flags that `fastPath` reads.
    package static func flags(_ fastPath: FastPaths) -> Set<String> {
        Set(all.filter { !$0.takesValue && $0.fastPaths.contains(fastPath) }.map(\.name))
    }

    /// Options written before the subcommand that are moved after it, with a value or without.
    package static let globalValued = Set(all.filter { $0.global && $0.takesValue }.map(\.name))
    package static let globalFlags = Set(all.filter { $0.global && !$0.takesValue }.map(\.name))

    /// Options whose value may be `-N` (`--week -1`).
    package static let backOffsetNames = Set(all.filter(\.takesBackOffset).map(\.name))

    /// The flags and the options with a value that a key may give `command` over SSH.
    static func gate(_ command: String) -> (flags: Set<String>, options: Set<String>) {
        let allowed = all.filter { $0.gate.contains(command) }
        return (Set(allowed.filter { !$0.takesValue }.map(\.name)), Set(allowed.filter(\.takesValue).map(\.name)))
    }

    /// Flags that are another's negation (`--no-mouse`), with the flag they negate: one option to ArgumentParser.
    package static let negations = Dictionary(
        uniqueKeysWithValues: all.compactMap { o in o.negates.map { (o.name, $0) } })

    /// The entry for `name`; nil for one the table does not hold.
    package static func named(_ name: String) -> CommandOption? { all.first { $0.name == name } }

    /// What `--help` says of a shared option (`GlobalOptions`); empty for one whose command says it.
    package static func help(_ name: String) -> String { named(name)?.help ?? "" }
}
