#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package enum GoalState: String, Codable, Sendable, CaseIterable {
    case open, nearly, done, dropped

    /// The mark shown beside a goal: ✓ done, ◐ nearly, ✗ dropped, ○ open (ASCII `x` `~` `/` `o`: `-` is a
    /// trend's "worse").
    package func mark(unicode: Bool) -> String {
        switch self {
        case .done: return unicode ? "✓" : "x"
        case .nearly: return unicode ? "◐" : "~"
        case .dropped: return unicode ? "✗" : "/"
        case .open: return unicode ? "○" : "o"
        }
    }

    package var word: String {
        switch self {
        case .open: return "open"
        case .nearly: return "nearly done"
        case .done: return "done"
        case .dropped: return "dropped"
        }
    }

    package var isFinished: Bool { self == .done }
}

extension GoalState: JSONReadable {
    init(json: JSONNode) throws { self = try json.oneOf(GoalState.self) }
}
