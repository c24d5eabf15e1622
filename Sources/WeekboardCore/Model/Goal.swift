#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One of the week's three goals.
package struct Goal: Codable, Equatable, Sendable {
    package var text: String
    package var state: GoalState
    /// When the state (or text) last changed.
    package var changedAt: Date

    package init(text: String, state: GoalState = .open, changedAt: Date) {
        self.text = text
        self.state = state
        self.changedAt = changedAt
    }
}

extension Goal: JSONReadable {
    init(json: JSONNode) throws {
        let c = try json.object()
        text = try c.read("text")
        state = try c.read("state")
        changedAt = try c.required("changedAt").date()
    }
}
