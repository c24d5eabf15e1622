import ArgumentParser
import WeekboardCore

/// How people type commands, answered before ArgumentParser sees them: global options written
/// before the subcommand (`weekboard --week last status`) move after it, where the command
/// accepts them, and a mistyped subcommand gets "did you mean" instead of the dashboard's usage.
enum CommandWords {
    /// Options every command (or every command they make sense for) takes: `global` in `CommandOption.all`.
    static let valued = CommandOption.globalValued
    static let flags = CommandOption.globalFlags

    /// A word where a subcommand was expected: the message to print, exit 64.
    struct UnknownCommand: Error, CustomStringConvertible {
        let description: String
    }

    /// `--week -1` as `--week=-1`: a week back from now, which ArgumentParser would otherwise read as an
    /// option `-1` and `--week` as missing its value. Only an option marked `takesBackOffset` (`--week`)
    /// followed by `-` and digits, and never after `--` (from there every word is text). Done first,
    /// for every path.
    static func joiningWeekOffsets(_ args: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(args.count)
        var i = 0
        while i < args.count {
            let word = args[i]
            if word == "--" { return out + args[i...] }
            // The table's set only when a `-N` follows: a plain line (`status`) never builds it.
            if i + 1 < args.count, WeekSpec.isBackOffset(args[i + 1]), CommandOption.backOffsetNames.contains(word) {
                out.append(word + "=" + args[i + 1])
                i += 2
                continue
            }
            out.append(word)
            i += 1
        }
        return out
    }

    /// The arguments with leading global options moved after the subcommand words.
    static func normalise(_ args: [String], root: ParsableCommand.Type) throws -> [String] {
        var globals: [String] = []
        var path: [String] = []
        var command = root
        var i = 0
        while i < args.count {
            let word = args[i]
            if word.hasPrefix("-") {
                let name = String(word.split(separator: "=", maxSplits: 1).first ?? "")
                if valued.contains(name) {
                    globals.append(word)
                    if !word.contains("="), i + 1 < args.count {
                        globals.append(args[i + 1])
                        i += 1
                    }
                    i += 1
                    continue
                }
                if flags.contains(word) {
                    globals.append(word)
                    i += 1
                    continue
                }
                break  // the command's own option (or --help, --version, --): the rest is its
            }
            let subcommands = command.configuration.subcommands
            if let sub = subcommands.first(where: { $0.configuration.commandName == word }) {
                path.append(word)
                command = sub
                i += 1
                continue
            }
            if subcommands.isEmpty || word == "help" { break }  // a leaf's argument, or ArgumentParser's help
            throw unknown(word, under: path, among: subcommands, root: root)
        }
        return path + globals + Array(args[i...])
    }

    static func unknown(
        _ word: String, under path: [String], among subcommands: [ParsableCommand.Type],
        root: ParsableCommand.Type
    ) -> UnknownCommand {
        let group = (["weekboard"] + path).joined(separator: " ")
        let named = subcommands.compactMap { sub in sub.configuration.commandName.map { ($0, sub) } }
        let close = named.map { (distance(word.lowercased(), $0.0), $0) }
            .filter { $0.0 <= max(1, min(2, $0.1.0.count / 3)) }
            .min { $0.0 < $1.0 }?.1
        var text = "weekboard: error: '\(Sanitize.text(word))' is not a '\(group)' command."
        if let (name, sub) = close {
            text += " Did you mean '\(name)'?\n\nUsage: " + root.usageString(for: sub)
            text += "\n  See '\(group) \(name) --help' for more information."
        } else {
            text += " See '\(group) --help' for the commands."
        }
        return UnknownCommand(description: text)
    }

    /// Edit distance counting a swap of two neighbouring letters as one edit (`stauts` → `status`).
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty, !y.isEmpty else { return max(x.count, y.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }
}
