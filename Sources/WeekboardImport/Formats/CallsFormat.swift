/// The telephony exports weekboard knows by name (`calls import --format`), and its own CSV shapes.
public enum CallsFormat: String, CaseIterable, Sendable {
    case teams, smdr, cxone, connect
    /// Weekly totals or one row per contact, columns found by common names (`CallsParser`).
    case csv

    /// What a person calls it, in messages and the summary.
    public var title: String {
        switch self {
        case .teams: return "Microsoft Teams PSTN usage report"
        case .smdr: return "Avaya IP Office SMDR file"
        case .cxone: return "NICE CXone call detail download"
        case .connect: return "Amazon Connect contact records file"
        case .csv: return "CSV of weekly totals or one row per contact"
        }
    }

    /// The title with "a" or "an" before it.
    public var aTitle: String { (self == .smdr || self == .connect ? "an " : "a ") + title }

    /// What `--format` takes, one line each, for `--help`.
    public static var helpList: String {
        allCases.map { "\($0.rawValue) (\($0.title))" }.joined(separator: ", ")
    }
}

/// What one record of an export says: a contact (or part of one), a record skipped for a reason,
/// or a row rejected as bad (its reason never quotes the row: any field might hold a caller).
enum RecordOutcome {
    case contact(ContactPart)
    case skip(SkipReason)
    case reject(String)
}

/// A record that is a contact, or another record of a contact (a transfer, a continuation).
struct ContactPart {
    var record: ContactRecord
    /// The source's identity of the contact (Call ID, Master_Contact_ID, InitialContactId…).
    var identity: String
    /// The record that stands for the contact (the first leg, the master's own row); others add to it.
    var primary: Bool = true
    /// Why a further record of the same contact is skipped.
    var again: SkipReason = .repeated
    /// Whether a further record's duration adds to the contact's (a transfer's second leg does; a
    /// repeated delivery of the same record does not).
    var addsTime: Bool = false
    /// A contact is abandoned when no record of it was handled for any time (SMDR, Connect).
    var abandonedByTime: Bool = false
    /// The caller field held something that is not a number or an address (a SIP name, "Unavailable"):
    /// the contact counts as from a withheld caller.
    var callerUnreadable: Bool = false
}

/// One known export's rules, ready for a file whose header (or shape) it recognised: which columns
/// hold what, and what one record means. One type per format.
protocol ContactExportFormat {
    var format: CallsFormat { get }
    /// For `--explain`: what each header column is used for (nil: not used).
    func meaning(ofColumn index: Int) -> String?
    /// For `--explain`: what counts as one contact, in sentences.
    var rules: [String] { get }
    /// Reads one record (`value(i)` is its field `i`, as the header numbered them).
    mutating func read(line: Int, _ value: (Int) -> String) -> RecordOutcome
}
