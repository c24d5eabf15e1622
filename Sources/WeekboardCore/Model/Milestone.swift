#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

public struct Milestone: Codable, Equatable, Sendable {
    public var text: String
    public var due: CalendarDay?

    public init(text: String, due: CalendarDay?) {
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
