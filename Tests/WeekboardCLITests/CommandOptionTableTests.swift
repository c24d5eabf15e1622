import Foundation
import Testing
import WeekboardCore
import WeekboardTestSupport

@testable import weekboard

/// `CommandOption.all` is the one list of options the fast paths, `CommandWords` and the gate read; here
/// it is held against what ArgumentParser itself knows (the built binary's `--experimental-dump-help`),
/// so an option added to a command without its entry, or with the wrong kind or commands, fails.
@Suite("CLI: the option table matches ArgumentParser")
struct CommandOptionTableTests {
    /// Each long option ArgumentParser defines, with whether it takes a value and the commands that take it.
    static func parserOptions() throws -> [String: (takesValue: Bool, commands: Set<String>)] {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run("--experimental-dump-help")
        #expect(r.code == 0, "\(r.err)")
        let root = try #require(
            (try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])?["command"] as? [String: Any])
        var found: [String: (takesValue: Bool, commands: Set<String>)] = [:]
        func walk(_ command: [String: Any], _ path: [String]) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                guard let kind = argument["kind"] as? String, kind == "option" || kind == "flag" else { continue }
                for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                    guard let long = name["name"] as? String, long != "help", long != "version" else { continue }
                    let key = "--" + long
                    var entry = found[key] ?? (kind == "option", [])
                    #expect(
                        entry.takesValue == (kind == "option"), "\(key) is an option in one command, a flag in another")
                    entry.commands.insert(path.joined(separator: " "))
                    found[key] = entry
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                walk(sub, path + [sub["commandName"] as? String ?? "?"])
            }
        }
        walk(root, [])
        return found
    }

    @Test("every option ArgumentParser knows is in the table, with its kind and its commands, and nothing else")
    func tableMatchesParser() throws {
        let parsed = try Self.parserOptions()
        #expect(parsed.count > 70, "the dump listed \(parsed.count) options")
        let everyCommand = parsed.values.reduce(into: Set<String>()) { $0.formUnion($1.commands) }
        for (name, known) in parsed.sorted(by: { $0.key < $1.key }) {
            guard let entry = CommandOption.named(name) else {
                Issue.record("\(name) (\(known.commands.sorted())) is missing from CommandOption.all")
                continue
            }
            #expect(entry.takesValue == known.takesValue, "\(name): takesValue")
            for command in everyCommand {
                #expect(entry.commands.contains(command) == known.commands.contains(command), "\(name): '\(command)'")
            }
        }
        let extra = CommandOption.all.map(\.name).filter { parsed[$0] == nil }
        #expect(extra.isEmpty, "in the table but no command takes them: \(extra)")
        #expect(Set(CommandOption.all.map(\.name)).count == CommandOption.all.count, "a name is in the table twice")
    }

    @Test("what the table says a reader may take, the commands take")
    func readersTakeOnlyWhatCommandsTake() {
        for option in CommandOption.all {
            if case .only(let commands) = option.commands {
                for command in option.gate {
                    #expect(commands.contains(command), "\(option.name): the gate allows it for '\(command)'")
                }
                if option.fastPaths.contains(.status) { #expect(commands.contains("status"), "\(option.name)") }
                if option.fastPaths.contains(.dashboard) { #expect(commands.contains("dashboard"), "\(option.name)") }
            }
            if let negated = option.negates { #expect(CommandOption.named(negated) != nil, "\(option.name)") }
        }
    }

    @Test("a back offset is joined for the options the table marks, and only after them")
    func backOffsetJoining() {
        #expect(CommandOption.backOffsetNames == ["--week"])
        #expect(CommandWords.joiningWeekOffsets(["status", "--week", "-1"]) == ["status", "--week=-1"])
        #expect(CommandWords.joiningWeekOffsets(["status", "--weeks", "-1"]) == ["status", "--weeks", "-1"])
        #expect(
            CommandWords.joiningWeekOffsets(["note", "add", "--", "--week", "-1"]) == [
                "note", "add", "--", "--week", "-1",
            ])
    }
}
