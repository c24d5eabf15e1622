#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `okrs.json`: the team's objectives, in the order they were added (numbered from 1).
package struct OKRSet: Codable, Equatable, Sendable {
    package static let schemaVersion = 1
    package var schemaVersion: Int
    package var objectives: [Objective]

    package init(objectives: [Objective] = []) {
        self.schemaVersion = OKRSet.schemaVersion
        self.objectives = objectives
    }
}
