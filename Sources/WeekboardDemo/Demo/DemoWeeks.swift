#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// A leader's recent weeks: this week's focus and goals part-done, and a history of
/// weeks met and missed, ending in two positive weeks in a row.
enum DemoWeeks {
    static let goalSets: [[String]] = [
        [
            "Agree the void repairs contract variation", "Publish the winter readiness plan",
            "Interview for the service designer role",
        ],
        [
            "Close the damp and mould survey backlog plan", "Run the repairs show-and-tell",
            "Draft the out-of-hours options paper",
        ],
        ["Sign off the van stock audit scope", "Meet the residents' panel", "Write up the call-back pilot"],
        ["Agree the telephony IVR menu", "Review fire door results with Marcus", "Send the DMT update"],
    ]
    static let focuses = [
        "Get the repairs backlog under control before winter",
        "Make damp and mould reports visible to the whole team",
        "Fix the basics in the repairs call-back promise",
        "Listen to residents about the repairs service",
    ]

    /// Outcomes for the weeks before this one, most recent first: true = all three met.
    static let pastOutcomes: [[GoalState]] = [
        [.done, .done, .done], [.done, .done, .done], [.done, .nearly, .done], [.done, .done, .dropped],
        [.done, .done, .done], [.open, .done, .nearly], [.done, .done, .done], [.done, .done, .done],
    ]

    static func weeks(person: String, current: ISOWeek, now: Date) -> [PersonWeek] {
        var out: [PersonWeek] = []
        var this = PersonWeek(person: person, week: current)
        this.focus = focuses[0]
        let states: [GoalState] = [.done, .nearly, .open]
        this.goals = zip(goalSets[0], states).map { Goal(text: $0, state: $1, changedAt: now) }
        this.notes = [
            .watch: [
                "Damp and mould survey backlog — agency surveyors start Monday",
                "Council tax self-service blocked by the payments supplier",
            ],
            .learning: ["Residents call back when we don't give a time; a text with a slot cuts repeat calls"],
            .next: ["Repairs show-and-tell on Thursday", "Out-of-hours options paper to DMT"],
        ]
        out.append(this)
        for (i, outcome) in pastOutcomes.enumerated() {
            let w = current.adding(weeks: -(i + 1))
            var pw = PersonWeek(person: person, week: w)
            pw.focus = focuses[(i + 1) % focuses.count]
            let texts = goalSets[(i + 1) % goalSets.count]
            let changed = w.monday.adding(days: 4)
            let at = Date(timeIntervalSince1970: TimeInterval(changed.daysSinceEpoch * 86_400 + 15 * 3600))
            pw.goals = zip(texts, outcome).map { Goal(text: $0, state: $1, changedAt: at) }
            out.append(pw)
        }
        return out
    }

    /// A colleague, so the team view has more than one line.
    static func colleague(_ name: String, current: ISOWeek, now: Date) -> PersonWeek {
        var pw = PersonWeek(person: name, week: current)
        pw.focus = "Telephony cut-over without dropping calls"
        pw.goals = [
            Goal(text: "Test the new IVR menu with staff", state: .done, changedAt: now),
            Goal(text: "Brief the contact centre leads", state: .done, changedAt: now),
            Goal(text: "Publish call-back figures", state: .open, changedAt: now),
        ]
        return pw
    }
}
