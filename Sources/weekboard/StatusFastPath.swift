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

/// `weekboard status` (the SSH glance) without swift-argument-parser, which was half of its start-up
/// (docs/performance.md). Only a command line this reads completely and the same way ArgumentParser
/// would is taken here; anything else (help, a typo, a repeated or unknown option, an odd value) returns
/// nil, and ArgumentParser parses it as before, errors and messages included.
enum StatusFastPath {
    /// What the command line asked `status` for.
    struct Request: Equatable {
        var store: String?
        var person: String?
        var week: String?
        var width: Int?
        var color = ColorChoice.auto
        var readOnly = false
        var json = false
        var plain = false
        var team = false
        var showComplete = false
    }

    /// The options with a value `CommandOption.all` marks for this path; all are global, taken before or
    /// after `status` (as `CommandWords` moves them).
    static let valued = CommandOption.valued(.status)
    /// Its flags: the global ones (`--read-only`) anywhere, `status`'s own after `status` only.
    static let flags = CommandOption.flags(.status)
    static let globalFlags = flags.intersection(CommandOption.globalFlags)

    /// The request for a plain `status` command line; nil for anything to leave to ArgumentParser.
    static func parse(_ args: [String]) -> Request? {
        var options = PlainOptions()
        // Global options before `status` (as `CommandWords` moves them), then its own flags too.
        guard let at = options.take(args[...], valued: valued, flags: globalFlags), at < args.count,
            args[at] == "status",
            options.take(args[(at + 1)...], valued: valued, flags: flags) == args.count
        else { return nil }
        var request = Request()
        let given = options.flags
        request.readOnly = given.contains("--read-only")
        request.json = given.contains("--json")
        request.plain = given.contains("--plain")
        request.team = given.contains("--team")
        request.showComplete = given.contains("--show-complete")
        for (name, value) in options.values {
            guard Self.set(name, value, in: &request) else { return nil }
        }
        return request
    }

    /// False when the value is one ArgumentParser would refuse (it says why).
    private static func set(_ name: String, _ value: String, in request: inout Request) -> Bool {
        switch name {
        case "--store": request.store = value
        case "--person": request.person = value
        case "--week": request.week = value
        case "--color":
            guard let choice = ColorChoice(rawValue: value) else { return false }
            request.color = choice
        default:
            guard value.utf8.count <= 4, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                let width = Int(value), WidthOption.range.contains(width)
            else { return false }
            request.width = width
        }
        return true
    }

    /// Runs `status` when the command line is a plain one; false when ArgumentParser should parse it.
    /// `WEEKBOARD_FULL_PARSER=1` always leaves it to ArgumentParser (tests compare the two paths).
    static func run(_ args: [String]) throws -> Bool {
        guard getenv("WEEKBOARD_FULL_PARSER") == nil, let r = parse(args) else { return false }
        let e = try CommandEnvironment(store: r.store, person: r.person, readOnly: r.readOnly)
        try StatusCommand.show(
            e, week: r.week, json: r.json, color: r.color, plain: r.plain, team: r.team,
            width: r.width ?? WidthOption.terminalColumns() ?? 80, showComplete: r.showComplete)
        return true
    }
}
