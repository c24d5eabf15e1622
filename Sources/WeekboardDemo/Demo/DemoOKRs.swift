#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// The demo team's OKRs: one objective at risk (repairs), one on track (avoidable contact),
/// with a key result whose target is below its baseline.
enum DemoOKRs {
    /// (objective, [(key result, baseline, target, current, confidence, unit)])
    static let rows: [(String, [(String, Double, Double, Double, Double, String)])] = [
        (
            "Residents get repairs right first time",
            [
                ("Repairs completed at the first visit", 68, 85, 79, 0.7, "%"),
                ("Void turnaround", 48, 30, 41, 0.6, "days"),
                ("Damp and mould cases triaged within 5 days", 40, 90, 52, 0.4, "%"),
            ]
        ),
        (
            "Cut avoidable contact",
            [
                ("Abandoned calls", 12, 5, 7, 0.8, "%"),
                ("Repairs reported online", 18, 40, 36, 0.7, "%"),
            ]
        ),
    ]

    static func set(now: Date) -> OKRSet {
        OKRSet(
            objectives: rows.map { title, krs in
                Objective(
                    title: title,
                    keyResults: krs.map {
                        KeyResult(
                            title: $0.0, baseline: $0.1, target: $0.2, current: $0.3, confidence: $0.4, unit: $0.5,
                            updatedAt: now)
                    })
            })
    }
}
