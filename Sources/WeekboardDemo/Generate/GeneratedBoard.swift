#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// A generated programme board (projects with a history of status updates) and OKRs.
enum GeneratedBoard {
    static let programmes = [
        "Technical Services 12 Point Plan", "Digital Customer Services", "Housing Delivery",
        "Neighbourhoods", "Corporate Landlord",
    ]
    static let subjects = [
        "Void repairs", "Damp and mould triage", "Call-back promise", "Gas safety", "Repairs IT",
        "Out-of-hours review", "Planned works", "Fire doors", "Apprenticeships", "Van stock",
        "Satisfaction survey", "Policy refresh", "Report a repair online", "Self-service", "Telephony",
    ]
    static let owners = [
        "Priya Shah", "Tom Okafor", "Dee Walsh", "Marcus Lee", "Jo Bright", "Sam Patel", "Alex Morgan", "Ravi Kumar",
    ]
    static let updateNotes = [
        "Contractor back on site", "Backlog down by a third", "Supplier slipped a week",
        "Waiting on data from the contact centre", "Budget agreed", "Risk escalated to DMT",
        "Pilot extended to two more patches", "Procurement on track",
    ]

    static func board(size: GeneratedStoreSize, today: CalendarDay, rng: inout DemoRandom) -> Board {
        let statuses: [RAGStatus] = [.red, .amberRed, .amber, .amberGreen, .green]
        var projects: [Project] = []
        for i in 0..<size.projects {
            let count = rng.int(size.updates)
            // Updates every 1–3 weeks, the last one 0–25 days ago (so some projects are stale).
            var day = today.adding(days: -rng.int(0...25))
            var history: [StatusUpdate] = []
            var s = rng.int(0...(statuses.count - 1))
            for _ in 0..<count {
                let note = rng.chance(0.5) ? rng.pick(updateNotes) : nil
                history.append(StatusUpdate(date: day, status: statuses[s], note: note))
                s = max(0, min(statuses.count - 1, s + rng.int(-1...1)))
                day = day.adding(days: -rng.int(7...21))
            }
            history.reverse()
            if rng.chance(0.1) {
                history.append(StatusUpdate(date: today.adding(days: -1), status: .blue, note: "Complete"))
            }
            let due = today.adding(days: rng.int(-5...90))
            projects.append(
                Project(
                    name: "\(rng.pick(subjects)) \(i + 1)", programme: programmes[i % programmes.count],
                    owner: rng.pick(owners), note: history.last?.note,
                    milestone: Milestone(text: "Milestone \(rng.int(1...9)) signed off", due: due),
                    history: history))
        }
        return Board(projects: projects)
    }

    static func okrs(size: GeneratedStoreSize, now: Date, rng: inout DemoRandom) -> OKRSet {
        OKRSet(
            objectives: (0..<size.objectives).map { i in
                Objective(
                    title: "Objective \(i + 1): residents get repairs right first time",
                    keyResults: (0..<3).map { k in
                        let baseline = Double(rng.int(10...60)), target = Double(rng.int(61...95))
                        return KeyResult(
                            title: "Key result \(i + 1).\(k + 1)", baseline: baseline, target: target,
                            current: baseline + (target - baseline) * Double(rng.int(0...100)) / 100,
                            confidence: Double(rng.int(2...9)) / 10, unit: "%", updatedAt: now)
                    })
            })
    }
}
