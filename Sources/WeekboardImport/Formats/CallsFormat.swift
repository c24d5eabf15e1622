/// The telephony exports weekboard knows by name (`calls import --format`), and its own CSV shapes.
package enum CallsFormat: String, CaseIterable, Sendable {
    case teams, smdr, cxone, connect
    /// Weekly totals or one row per contact, columns found by common names (`CallsParser`).
    case csv

    /// What a person calls it, in messages and the summary.
    package var title: String {
        switch self {
        case .teams: return "Microsoft Teams PSTN usage report"
        case .smdr: return "Avaya IP Office SMDR file"
        case .cxone: return "NICE CXone call detail download"
        case .connect: return "Amazon Connect contact records file"
        case .csv: return "CSV of weekly totals or one row per contact"
        }
    }

    /// The title with "a" or "an" before it.
    package var aTitle: String { (self == .smdr || self == .connect ? "an " : "a ") + title }

    /// What `--format` takes, one line each, for `--help`.
    package static var helpList: String {
        allCases.map { "\($0.rawValue) (\($0.title))" }.joined(separator: ", ")
    }
}
