#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package struct Milestone: Codable, Equatable, Sendable {
    package var text: String
    package var due: CalendarDay?

    package init(text: String, due: CalendarDay?) {
        self.text = text
        self.due = due
    }
}

extension Milestone: JSONReadable {
    init(json: JSONNode) throws {
        let c = try json.object()
        text = try c.read("text")
        due = try c.readIfPresent("due")
    }
}
