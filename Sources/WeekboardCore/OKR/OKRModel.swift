#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A measurable result: where it started, where it should get to, where it is now.
package struct KeyResult: Codable, Equatable, Sendable {
    package var title: String
    package var baseline: Double
    package var target: Double
    package var current: Double
    /// How sure the owner is of hitting the target, 0 to 1 (nil: not given).
    package var confidence: Double?
    /// Shown after numbers: `%` is attached (`12%`), anything else follows a space (`41 days`).
    package var unit: String?
    package var updatedAt: Date

    package init(
        title: String, baseline: Double, target: Double, current: Double, confidence: Double? = nil,
        unit: String? = nil, updatedAt: Date
    ) {
        self.title = title
        self.baseline = baseline
        self.target = target
        self.current = current
        self.confidence = confidence
        self.unit = unit
        self.updatedAt = updatedAt
    }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        baseline = try c.decode(Double.self, forKey: .baseline)
        target = try c.decode(Double.self, forKey: .target)
        current = try c.decode(Double.self, forKey: .current)
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        updatedAt = try c.decode(Date.self, forKey: .updatedAt)
        // A hand-edited file is held to the same rule as the CLI, so every reader can trust it.
        if let conf = confidence, !(0...1).contains(conf) {
            throw DecodingError.dataCorruptedError(
                forKey: .confidence, in: c, debugDescription: "confidence must be 0 to 1, not \(conf)")
        }
    }

    enum CodingKeys: String, CodingKey { case title, baseline, target, current, confidence, unit, updatedAt }
}

package extension StoreFiles {
    /// One file for the team's OKRs, written only through `Store.perform(_: OKRChange, …)`.
    static let okrs = StoreFile<OKRSet>(.okrs, StoreLayout.okrs)
}
