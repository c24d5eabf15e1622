/// What `weekboard gate` does with the command an SSH client sent, decided before anything runs:
/// the dashboard, the glance, the gate's own help, or one allowed command's words (which the gate
/// then runs with the store and person from the access list, never from the client).
package enum GateCommandLine {
    package enum Decision: Equatable, Sendable {
        /// No command, with a terminal.
        case dashboard
        /// No command and no terminal: the glance.
        case status
        /// `help`: what this key may run.
        case help
        /// An allowed command's words, exactly as split.
        case run([String])
    }

    /// Commands that exist but are never run over SSH, for a clear refusal.
    static let never: Set<String> = ["init", "access", "gate", "generate", "repair", "dashboard", "person"]

    /// `command` is `SSH_ORIGINAL_COMMAND` (nil or blank: none was sent).
    package static func decide(_ command: String?, terminal: Bool, role: AccessRole) throws -> Decision {
        let words = try ShellWords.split(command ?? "")
        guard !words.isEmpty else { return terminal ? .dashboard : .status }
        if words == ["help"] || words == ["--help"] || words == ["-h"] { return .help }
        let specs = GateCommandSpec.all.filter { words.starts(with: $0.path) }
        guard let spec = specs.max(by: { $0.path.count < $1.path.count }) else {
            throw refusal(words)
        }
        if spec.role == .editor && role == .viewer {
            throw GateRefusal(
                "'\(spec.name)' changes the store, and this key is a viewer's ('help' lists what it may run)")
        }
        try check(Array(words.dropFirst(spec.path.count)), spec)
        return .run(words)
    }

    /// Every word after the command's own: an allowed option (with its value), help, or a positional
    /// word the command takes. Options must be spelled out in full, as the CLI requires too.
    static func check(_ rest: [String], _ spec: GateCommandSpec) throws {
        var i = 0
        var positionalOnly = false
        while i < rest.count {
            let word = rest[i]
            i += 1
            if positionalOnly || word == "-" || !word.hasPrefix("-") {
                try checkPositional(word, spec)
                continue
            }
            if word == "--" {
                positionalOnly = true
                continue
            }
            if word == "--help" || word == "-h" { continue }
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            let hasValue = word.contains("=")
            if spec.flags.contains(name) {
                if hasValue { throw GateRefusal("'\(name)' takes no value") }
            } else if spec.options.contains(name) {
                if hasValue { continue }
                // `--week -1`: a week back (weekboard joins it into `--week=-1` when it runs).
                guard i < rest.count,
                    !rest[i].hasPrefix("-") || rest[i] == "-"
                        || (CommandOption.backOffsetNames.contains(name) && WeekSpec.isBackOffset(rest[i]))
                else {
                    throw GateRefusal("'\(name)' needs a value (one starting with '-' as \(name)=-5)")
                }
                i += 1
            } else {
                throw GateRefusal(optionRefusal(name, spec))
            }
        }
    }

    static func checkPositional(_ word: String, _ spec: GateCommandSpec) throws {
        switch spec.positionals {
        case .text: return
        case .standardInput:
            guard word == "-" else {
                throw GateRefusal(
                    """
                    '\(spec.name)' reads CSV from standard input over SSH, never a file on the server: \
                    ssh … \(spec.name) - < export.csv
                    """)
            }
        case .none:
            throw GateRefusal("'\(spec.name)' takes no '\(Sanitize.text(word))' (usage: \(spec.name) \(spec.usage))")
        }
    }

    static func optionRefusal(_ name: String, _ spec: GateCommandSpec) -> String {
        let shown = Sanitize.text(String(name.prefix(40)))
        switch name {
        case "--out", "--force":
            return "'\(shown)' is not available over SSH: the output comes to you; redirect it on your side (> file)"
        case "--store", "--person":
            return "'\(shown)' is not available over SSH: the store and person come with your key"
        default:
            return "'\(shown)' is not available over SSH for '\(spec.name)' ('help' lists what this key may run)"
        }
    }

    static func refusal(_ words: [String]) -> GateRefusal {
        let first = words[0]
        if first.hasPrefix("-") {
            let name = first.split(separator: "=", maxSplits: 1).first.map(String.init) ?? first
            if name == "--store" || name == "--person" {
                return GateRefusal(
                    "'\(name)' is not available over SSH: the store and person come with your key")
            }
            return GateRefusal(
                "'\(Sanitize.text(String(name.prefix(40))))' is not available over SSH: put the command first")
        }
        let groups = Set(GateCommandSpec.all.filter { $0.path.count > 1 }.map { $0.path[0] })
        if groups.contains(first), words.count > 1, !words[1].hasPrefix("-") {
            return GateRefusal(
                "'\(Sanitize.text(first)) \(Sanitize.text(String(words[1].prefix(40))))' is not available over SSH")
        }
        if groups.contains(first) {
            let subs = GateCommandSpec.all.filter { $0.path.first == first && $0.path.count > 1 }.map { $0.path[1] }
            return GateRefusal("'\(first)' needs one of: \(subs.joined(separator: ", "))")
        }
        return GateRefusal(
            "'\(Sanitize.text(String(first.prefix(40))))' is not available over SSH "
                + "('help' lists what this key may run)"
        )
    }

    /// `help`: the commands this key may run, one a line.
    package static func help(name: String, role: AccessRole, person: String) -> [String] {
        var lines = [
            "weekboard over SSH: you are \(name), \(role == .editor ? "an editor" : "a viewer")"
                + (role == .editor ? " (changes go to \(English.possessive(person)) week)." : "."),
            "",
            "  ssh -t HOST                      the dashboard (q quits)",
            "  ssh HOST COMMAND                 one of:",
        ]
        for spec in GateCommandSpec.all where spec.role == .viewer || role == .editor {
            lines.append("    \(spec.name) \(spec.usage)".trimmingTrailingSpaces())
        }
        lines += [
            "",
            "Quote texts twice, once for your shell and once for this one: ssh HOST 'goal set 1 \"Agree the plan\"'.",
        ]
        return lines
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
