#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `weekboard log --json`: one object per change, newest first.
package struct LogListing: Encodable {
    package struct Item: Encodable {
        package let seq: Int
        /// The copy the change was made on (its journal `origin`, after sync); with `seq` it names the
        /// change on every machine. (`origin` here is where the change came from: cli, dashboard…)
        package let copy: String?
        package let at: Date
        package let person: String
        package let access: String?
        package let origin: String
        package let kind: String
        package let target: Int?
        package let week: String?
        package let summary: String
        package let written: [String]
        package let removed: [String]
        package let undoable: Bool
    }

    package let changes: [Item]

    package init(_ entries: [JournalEntry]) {
        changes = entries.map {
            Item(
                seq: $0.seq, copy: $0.origin, at: $0.at, person: $0.source.person, access: $0.source.access,
                origin: $0.source.origin,
                kind: $0.kind.rawValue, target: $0.target, week: $0.week, summary: $0.summary, written: $0.written,
                removed: $0.removed, undoable: $0.undoable)
        }
    }
}
