#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import WeekboardCore

/// `weekboard` opening the dashboard without swift-argument-parser, which cost some 15 M instructions
/// of its first frame (docs/performance.md). As for `StatusFastPath`, only a line this reads completely
/// and the same way ArgumentParser would is taken: `dashboard` first or not at all, then the options
/// `CommandOption.all` marks `.dashboard` (`--store`, `--week`, `--mouse` or `--no-mouse`…). Anything
/// else returns nil and ArgumentParser parses it as before.
enum DashboardFastPath {
    /// The options `CommandOption.all` marks for this path.
    static let valued = CommandOption.valued(.dashboard)
    static let flags = CommandOption.flags(.dashboard)

    /// The request for a plain dashboard command line; nil for anything to leave to ArgumentParser.
    static func parse(_ args: [String]) -> DashboardRequest? {
        var options = PlainOptions()
        let from = args.first == "dashboard" ? 1 : 0
        guard options.take(args[from...], valued: valued, flags: flags, alias: CommandOption.negations) == args.count
        else { return nil }
        let values = options.values
        return DashboardRequest(
            store: values["--store"], person: values["--person"], readOnly: options.flags.contains("--read-only"),
            demo: options.flags.contains("--demo"), theme: values["--theme"], mouse: options.flags.contains("--mouse"),
            week: values["--week"])
    }

    /// Opens the dashboard when the command line is a plain one; false when ArgumentParser should parse it.
    /// `WEEKBOARD_FULL_PARSER=1` always leaves it to ArgumentParser (tests compare the two paths).
    static func run(_ args: [String]) throws -> Bool {
        guard getenv("WEEKBOARD_FULL_PARSER") == nil, let request = parse(args) else { return false }
        try DashboardLauncher(options: request).run()
        return true
    }
}
