#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What the team wants to achieve this period, and how it will know.
package struct Objective: Codable, Equatable, Sendable {
    package var title: String
    package var keyResults: [KeyResult]

    package init(title: String, keyResults: [KeyResult] = []) {
        self.title = title
        self.keyResults = keyResults
    }
}
