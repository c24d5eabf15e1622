#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The OKRs as rows with their sums done: what `okr list --json` prints and what a panel draws.
/// Progress and scores are rounded to three places.
public struct OKRReport: Codable, Equatable, Sendable {
    public struct KeyResultRow: Codable, Equatable, Sendable {
        /// `1.2`: objective number, then key result number.
        public let number: String
        public let title: String
        public let baseline: Double
        public let target: Double
        public let current: Double
        public let unit: String?
        public let confidence: Double?
        public let progress: Double
        public let band: OKRBand
        public let updatedAt: Date
    }

    public struct ObjectiveRow: Codable, Equatable, Sendable {
        public let number: Int
        public let title: String
        /// Nil until it has a key result.
        public let score: Double?
        public let band: OKRBand?
        public let keyResults: [KeyResultRow]
    }

    public let objectives: [ObjectiveRow]

    public init(_ set: OKRSet) {
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
