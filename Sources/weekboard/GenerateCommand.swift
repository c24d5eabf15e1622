import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore
import WeekboardDemo

extension GeneratedStoreSize: ExpressibleByArgument {}

/// `weekboard generate`: a hidden command that fills an empty store with seeded data of a
/// chosen size, for the benchmarks in `Benchmarks/` (see docs/performance.md).
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Fill an empty store with generated data for benchmarks (week, year or decade of history).",
        shouldDisplay: false
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "week, year (52 weeks) or decade (520 weeks, 60 projects, 8 services).")
    var size: GeneratedStoreSize

    @Option(help: "Seed for the generator: the same seed and date give the same store.")
    var seed: UInt64 = 2026

    @Flag(help: "Every past week positive (focus set, three goals met): a streak as long as the history.")
    var streak = false

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireWritable()
        let summary = try StoreGenerator.fill(
            e.store, size: size, person: e.person, today: e.today, now: e.now, seed: seed, streak: streak)
        say(
            """
            Generated a \(size.rawValue) store at \(e.store.root.path): \(summary.files) files, \
            \(summary.bytes / 1024) KiB.
            """
        )
    }
}
