#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// What `weekboard calls import` does besides reading the file.
package struct ImportOptions: Equatable, Sendable {
    /// Work everything out and report it, but write nothing.
    package var dryRun: Bool
    /// Import the good rows of a file that has bad ones (otherwise such a file imports nothing).
    package var skipBad: Bool
    /// How to read slash dates; nil: day first, unless a row can only be month first (then the
    /// import stops and asks).
    package var dateOrder: DateOrder?
    /// The config's other names for services: a row naming one counts for its service.
    package var aliases: ServiceAliases
    /// `--format`: the file must be this one (nil: recognised from its header or shape).
    package var format: CallsFormat?
    /// `--service`: the service of an SMDR call whose number is not a service line, or of every row of a
    /// mapping without a service column.
    package var service: String?
    /// The config's service lines (number → service), for SMDR.
    package var lines: ServiceLines
    /// `--map FILE`: read the file with this mapping.
    package var mapping: CallsMapping?
    /// The config's mappings, each used for a file that has all its columns.
    package var mappings: [CallsMapping]
    /// Today, to refuse rows dated far from it (`FarDates`); nil: any date in the store's years.
    package var today: CalendarDay?
    /// `--any-date`: accept rows dated far from today.
    package var anyDate = false

    package init(
        dryRun: Bool = false, skipBad: Bool = false, dateOrder: DateOrder? = nil,
        aliases: ServiceAliases = ServiceAliases(), format: CallsFormat? = nil, service: String? = nil,
        lines: ServiceLines = ServiceLines(), mapping: CallsMapping? = nil, mappings: [CallsMapping] = []
    ) {
        self.dryRun = dryRun
        self.skipBad = skipBad
        self.dateOrder = dateOrder
        self.aliases = aliases
        self.format = format
        self.service = service
        self.lines = lines
        self.mapping = mapping
        self.mappings = mappings
    }
}
