#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `weekboard log --json`: one object per change, newest first.
public struct LogListing: Encodable {
    public struct Item: Encodable {
        public let seq: Int
        /// The copy the change was made on (its journal `origin`, after sync); with `seq` it names the
        /// change on every machine. (`origin` here is where the change came from: cli, dashboard…)
        public let copy: String?
        public let at: Date
        public let person: String
        public let access: String?
        public let origin: String
        public let kind: String
        public let target: Int?
        public let week: String?
        public let summary: String
        public let written: [String]
        public let removed: [String]
        public let undoable: Bool
    }

    public let changes: [Item]

    public init(_ entries: [JournalEntry]) {
        changes = entries.map {
            Item(
                seq: $0.seq, copy: $0.origin, at: $0.at, person: $0.source.person, access: $0.source.access,
                origin: $0.source.origin,
                kind: $0.kind.rawValue, target: $0.target, week: $0.week, summary: $0.summary, written: $0.written,
                removed: $0.removed, undoable: $0.undoable)
        }
    }
}
