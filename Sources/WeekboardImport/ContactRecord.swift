#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// One contact from a per-contact export, its caller normalised but not yet hashed.
struct ContactRecord: Sendable {
    let line: Int
    let time: ContactTime
    let service: String
    let channel: Channel
    let caller: CallerID
    /// The export's contact or call id, when it has that column (and the row fills it in).
    var id: String? = nil
    /// A known export's own identity of the contact (`CallsFormat` and id, e.g. `teams:<Call ID>`):
    /// the contact's key is made from this alone, so a transfer to another queue is still one contact.
    var source: String? = nil
    /// How long the contact was handled, in seconds, when the export says.
    var seconds: Int? = nil
    /// Whether the contact ended before an agent took it, when the export says.
    var abandoned: Bool? = nil

    var week: ISOWeek { ISOWeek(containing: time.day) }
}
