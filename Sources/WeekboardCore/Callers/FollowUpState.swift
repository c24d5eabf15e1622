#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Where following up a caller who calls too often has got to.
package enum FollowUpState: String, Codable, Sendable, CaseIterable {
    case todo
    case inProgress = "in-progress"
    case done
    case notNeeded = "not-needed"

    /// `to do`, `in progress`, `done`, `not needed`
    package var words: String {
        switch self {
        case .todo: return "to do"
        case .inProgress: return "in progress"
        case .done: return "done"
        case .notNeeded: return "not needed"
        }
    }

    /// Still to be dealt with: `calls followups --open`.
    package var isOpen: Bool { self == .todo || self == .inProgress }
}
