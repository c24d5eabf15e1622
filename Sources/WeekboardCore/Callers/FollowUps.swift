#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Where following up a caller who calls too often has got to.
public enum FollowUpState: String, Codable, Sendable, CaseIterable {
    case todo
    case inProgress = "in-progress"
    case done
    case notNeeded = "not-needed"

    /// `to do`, `in progress`, `done`, `not needed`
    public var words: String {
        switch self {
        case .todo: return "to do"
        case .inProgress: return "in progress"
        case .done: return "done"
        case .notNeeded: return "not needed"
        }
    }

    /// Still to be dealt with: `calls followups --open`.
    public var isOpen: Bool { self == .todo || self == .inProgress }
}

/// One caller's follow-up with one service: never a number or a name, only the caller's token.
public struct FollowUp: Codable, Equatable, Sendable {
    public var token: String
    public var service: String
    public var state: FollowUpState
    public var owner: String?
    /// What was found and promised (done), or why it was not needed.
    public var note: String?
    /// The day the state last changed.
    public var changed: CalendarDay

    public init(
        token: String, service: String, state: FollowUpState, owner: String? = nil, note: String? = nil,
        changed: CalendarDay
    ) {
        self.token = token
        self.service = service
        self.state = state
        self.owner = owner
        self.note = note
        self.changed = changed
    }
}

/// `callers/followups.json`: the follow-ups recorded so far. Caller-level data: it stays on the machine
/// that imported the contacts and goes when they do (`calls rotate-key --forget-callers`).
public struct FollowUps: Codable, Equatable, Sendable {
    public static let schemaVersion = 1
    public var schemaVersion: Int
    /// Sorted by service, then token.
    public var entries: [FollowUp]

    public init(entries: [FollowUp] = []) {
        self.schemaVersion = FollowUps.schemaVersion
        self.entries = entries
    }

    public func entry(token: String, service: String) -> FollowUp? {
        entries.first { $0.token == token && $0.service == service }
    }

    public mutating func set(_ f: FollowUp) {
        entries.removeAll { $0.token == f.token && $0.service == f.service }
        entries.append(f)
        entries.sort { ($0.service, $0.token) < ($1.service, $1.token) }
    }
}

public extension StoreFiles {
    static let followUps = StoreFile<FollowUps>(.followUps, StoreLayout.followUps)
}
