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

/// `weekboard access`: who may reach this store over SSH, and the `authorized_keys` lines that let them.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Give colleagues SSH access to this store, each key as a viewer or an editor.",
        discussion: """
            'access add NAME --key FILE --role viewer|editor [--person P]': --person is the person whose focus \
            and goals an editor owns (default: NAME). Keys go into one account's authorized_keys, each line \
            forcing 'weekboard gate --as NAME', so nobody needs a shell account. Run these as that account \
            (e.g. sudo -u weekboard weekboard access …). After a change, authorized_keys is rewritten when \
            'access sync --authorized-keys PATH' has been run once. See the README, "Share it with your team".
            """,
        subcommands: [Add.self, List.self, Remove.self, Role.self, Sync.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Grant a key access under a short name.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "A short name for the colleague, e.g. priya (lower-case letters, digits, . _ -).")
        var name: String
        @Option(
            help: ArgumentHelp(
                "Their public key: a .pub file, - for standard input, or the key line itself in quotes.",
                valueName: "file|-|key"))
        var key: String
        @Option(help: ArgumentHelp("viewer (reads) or editor (also changes their week, the board and contacts)."))
        var role: String
        // `--person` is the global option, read here as the person an editor acts for (default: the name);
        // the change itself is journalled as made by whoever runs the command.

        func run() throws {
            let publicKey = try AccessKeyInput.read(key)
            var admin = global
            admin.person = nil
            try AccessCommand.change(
                .add(name: name, key: publicKey, role: try AccessRole.parse(role), person: global.person), admin)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List who has access: name, role, person and key.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let e = try CommandEnvironment(global)
            try e.requireStore()
            let list = try e.store.accessList()
            if json {
                writeOut(try JSONCoding.encodeForOutput(list))
                return
            }
            if list.entries.isEmpty {
                say("Nobody has SSH access yet. Grant it with: weekboard access add NAME --key FILE --role viewer")
            }
            for entry in list.entries {
                let key = entry.publicKey
                let person = entry.person == entry.name ? "" : "  as \(entry.person)"
                let comment = key.map { $0.comment.isEmpty ? "" : "  \($0.comment)" } ?? ""
                say("\(entry.name)  \(entry.role.rawValue)\(person)  \(key?.shortText ?? "?")\(comment)")
            }
            if let path = list.authorizedKeys { say("authorized_keys: \(path)") }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Take a name's access away (from its next connection).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The name.") var name: String

        func run() throws { try AccessCommand.change(.remove(name: name), global) }
    }

    struct Role: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "role", abstract: "Make a name a viewer or an editor.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The name.") var name: String
        @Argument(help: "viewer or editor.") var role: String

        func run() throws {
            try AccessCommand.change(.setRole(name: name, role: try AccessRole.parse(role)), global)
        }
    }

    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: "Write the access list into authorized_keys (between '# weekboard: begin' and 'end').",
            discussion: """
                Lines outside the marked block are kept as they are. The file is replaced atomically, mode 0600. \
                The path is remembered, and every later access change writes it again.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(
            name: .customLong("authorized-keys"),
            help: ArgumentHelp("The SSH account's authorized_keys file (remembered).", valueName: "path"))
        var authorizedKeys: String?

        func run() throws {
            let e = try CommandEnvironment(global)
            var list = try e.store.exists ? e.store.accessList() : AccessList()
            if let raw = authorizedKeys {
                try e.requireStore()
                let path = try AccessCommand.absolute(raw)
                let outcome: ActionOutcome
                (outcome, list) = try e.store.perform(.setAuthorizedKeys(path: path), now: e.now, source: e.source)
                if outcome.entry != nil { say(outcome.message) }
            }
            guard list.authorizedKeys != nil else {
                throw InputError(
                    """
                    no authorized_keys file yet: run 'weekboard access sync --authorized-keys PATH' once, with the \
                    SSH account's file (e.g. /var/lib/weekboard/.ssh/authorized_keys)
                    """)
            }
            try AccessCommand.sync(list, e)
        }
    }

    /// One access change, then `authorized_keys` rewritten if its path is known.
    static func change(_ change: AccessChange, _ global: GlobalOptions) throws {
        let e = try CommandEnvironment(global)
        try e.requireStore()
        let (outcome, list) = try e.store.perform(change, now: e.now, source: e.source)
        say(outcome.message)
        if list.authorizedKeys != nil {
            try sync(list, e)
        } else {
            say("To let the keys in, run once: weekboard access sync --authorized-keys PATH")
        }
    }

    static func sync(_ list: AccessList, _ e: CommandEnvironment) throws {
        guard let path = list.authorizedKeys else { return }
        let count = try AuthorizedKeysFile(path: path).sync(
            list, executable: try executable(), store: e.store.root.path)
        say("Wrote \(count) key\(count == 1 ? "" : "s") to \(path).")
    }

    /// This program's own path, links resolved, for the forced command.
    static func executable() throws -> String {
        guard let path = SystemAccess.executablePath() else {
            throw InputError("cannot tell where the weekboard executable is")
        }
        return path
    }

    static func absolute(_ raw: String) throws -> String {
        guard !raw.isEmpty else { throw InputError("--authorized-keys needs a path") }
        let expanded = SystemAccess.expandingTilde(raw)
        return URL(fileURLWithPath: expanded).standardizedFileURL.path
    }
}
