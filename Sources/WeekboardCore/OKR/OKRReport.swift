#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The OKRs as rows with their sums done: what `okr list --json` prints and what a panel draws.
/// Progress and scores are rounded to three places.
package struct OKRReport: Codable, Equatable, Sendable {
    package struct KeyResultRow: Codable, Equatable, Sendable {
        /// `1.2`: objective number, then key result number.
        package let number: String
        package let title: String
        package let baseline: Double
        package let target: Double
        package let current: Double
        package let unit: String?
        package let confidence: Double?
        package let progress: Double
        package let band: OKRBand
        package let updatedAt: Date
    }

    package struct ObjectiveRow: Codable, Equatable, Sendable {
        package let number: Int
        package let title: String
        /// Nil until it has a key result.
        package let score: Double?
        package let band: OKRBand?
        package let keyResults: [KeyResultRow]
    }

    package let objectives: [ObjectiveRow]

    package init(_ set: OKRSet) {
        objectives = set.objectives.enumerated().map { i, o in
            ObjectiveRow(
                number: i + 1, title: o.title, score: o.score.map(Self.round), band: o.band,
                keyResults: o.keyResults.enumerated().map { j, k in
                    KeyResultRow(
                        number: "\(i + 1).\(j + 1)", title: k.title, baseline: k.baseline, target: k.target,
                        current: k.current, unit: k.unit, confidence: k.confidence, progress: Self.round(k.progress),
                        band: k.band, updatedAt: k.updatedAt)
                })
        }
    }

    static func round(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
}
