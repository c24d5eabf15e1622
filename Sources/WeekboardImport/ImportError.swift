#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Why a whole file was refused before anything was read into the store. Messages never quote
/// the file's data rows (they may hold callers).
package enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotRead(path: String, reason: String)
    case tooLarge(bytes: Int, limit: Int)
    /// A quote opened on `line` is never closed: the rest of the file would be one field.
    case unclosedQuote(line: Int)
    /// Standard input went past `limit` bytes; reading stopped there.
    case inputTooLarge(limit: Int)
    case empty
    case notText(String)
    case noHeader(String)
    /// Slash dates that read differently day-first and month-first (see `DateEvidence`).
    case ambiguousDates(String)
    /// A known export that cannot be read as asked: another format than `--format` says, an SMDR file with
    /// no service for its calls, a mapping whose columns the file lacks, bytes that are not JSON records.
    case format(String)

    package var description: String {
        switch self {
        case let .cannotRead(path, reason): return "\(path): \(reason)"
        case let .tooLarge(bytes, limit):
            return
                """
                the file is \(bytes / 1_048_576) MiB; a telephony export may be up to \(limit / 1_048_576) MiB \
                (split it by month). Nothing was imported.
                """
        case let .inputTooLarge(limit):
            return "standard input is more than \(limit / 1_048_576) MiB, the most read from it; reading stopped "
                + "there (import the export as a file, or split it by month). Nothing was imported."
        case let .unclosedQuote(line):
            return "line \(line): a quote opens a field here and is never closed, so every line after it "
                + "would be part of that field. Nothing was imported."
        case .empty: return "the file is empty: no header and no rows. Nothing was imported."
        case let .notText(why): return "the file is not a CSV text file (\(why)). Nothing was imported."
        case let .noHeader(why): return "\(why). Nothing was imported."
        case let .ambiguousDates(why): return "\(why). Nothing was imported."
        case let .format(why): return "\(why). Nothing was imported."
        }
    }
}
