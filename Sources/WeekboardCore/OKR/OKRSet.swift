#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `okrs.json`: the team's objectives, in the order they were added (numbered from 1).
public struct OKRSet: Codable, Equatable, Sendable {
    public static let schemaVersion = 1
    public var schemaVersion: Int
    public var objectives: [Objective]

    public init(objectives: [Objective] = []) {
        self.schemaVersion = OKRSet.schemaVersion
        self.objectives = objectives
    }
}
