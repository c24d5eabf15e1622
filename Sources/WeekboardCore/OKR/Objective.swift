#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What the team wants to achieve this period, and how it will know.
public struct Objective: Codable, Equatable, Sendable {
    public var title: String
    public var keyResults: [KeyResult]

    public init(title: String, keyResults: [KeyResult] = []) {
        self.title = title
        self.keyResults = keyResults
    }
}
