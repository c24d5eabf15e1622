#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An item and every earlier version of it, oldest first and never empty: the last is how it stands.
/// Items are never deleted (a risk is closed, not removed), so their number within the project stays.
package struct Versioned<Entry: VersionedEntry>: Codable, Equatable, Sendable {
    package var history: [Entry]

    package init(_ first: Entry) { history = [first] }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        history = try c.decode([Entry].self, forKey: .history)
        guard !history.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .history, in: c, debugDescription: "an item needs at least one version")
        }
    }

    /// How it stands now.
    package var current: Entry { history.last! }

    /// The day it was first recorded.
    package var raised: CalendarDay { history.first!.date }

    /// How it stood at the end of `day`; nil when it was recorded later.
    package func asAt(_ day: CalendarDay) -> Entry? { history.last { $0.date <= day } }

    /// Records `next` as the newest version (every change is kept: the journal and the past weeks read it).
    mutating func record(_ next: Entry) { history.append(next) }
}

extension Versioned: JSONReadable where Entry: JSONReadable {
    init(json: JSONNode) throws {
        let c = try json.object()
        history = try c.required("history").array(of: Entry.self)
        guard !history.isEmpty else { throw c.failure("history", "an item needs at least one version") }
    }
}
