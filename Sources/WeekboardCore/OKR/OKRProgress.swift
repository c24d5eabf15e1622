#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package extension KeyResult {
    /// How far from baseline to target, clamped to 0…1. Works the same for targets below the
    /// baseline ("reduce abandoned calls from 12% to 5%"). With target equal to baseline there
    /// is no distance to cover: 1 when current is at the target, else 0.
    var progress: Double {
        let span = target - baseline
        guard span != 0 else { return current == target ? 1 : 0 }
        let p = (current - baseline) / span
        return p.isFinite ? min(1, max(0, p)) : 0
    }

    var band: OKRBand { OKRBand(progress) }
}

package extension Objective {
    /// The mean of its key results' progress; nil with no key results.
    var score: Double? {
        guard !keyResults.isEmpty else { return nil }
        return keyResults.map(\.progress).reduce(0, +) / Double(keyResults.count)
    }

    var band: OKRBand? { score.map(OKRBand.init) }
}

/// Where a score stands. Shown with the RAG shapes and words, so colour is never the only signal.
package enum OKRBand: String, Codable, Sendable, CaseIterable {
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case offTrack = "off-track"

    /// ≥ 0.7 on track, 0.4 up to 0.7 at risk, below 0.4 off track. A hair of tolerance keeps a mean
    /// that prints as 0.70 (but is 0.6999…) on the side a reader expects.
    package init(_ score: Double) {
        let s = score + 1e-9
        if s >= 0.7 { self = .onTrack } else if s >= 0.4 { self = .atRisk } else { self = .offTrack }
    }

    /// The RAG status whose shape and role the band borrows.
    package var rag: RAGStatus {
        switch self {
        case .onTrack: return .green
        case .atRisk: return .amber
        case .offTrack: return .red
        }
    }

    package var word: String {
        switch self {
        case .onTrack: return "On track"
        case .atRisk: return "At risk"
        case .offTrack: return "Off track"
        }
    }

    /// `● On track`, `▲ At risk`, `■ Off track` (`o`, `^`, `#` in ASCII).
    package func tag(unicode: Bool) -> String { "\(rag.shape(unicode: unicode)) \(word)" }

    package var role: Role { Role.status(rag) }
}
