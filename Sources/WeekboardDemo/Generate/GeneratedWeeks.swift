#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// A person's generated weeks: a focus, three goals met or missed, and weeknote entries.
enum GeneratedWeeks {
    static let focuses = [
        "Get the repairs backlog under control before winter", "Make damp and mould reports visible to the team",
        "Fix the basics in the repairs call-back promise", "Listen to residents about the repairs service",
        "Land the telephony cut-over without dropping calls", "Agree next year's budget lines with finance",
        "Bring void turnaround under thirty days", "Prepare the service for the inspection visit",
    ]
    static let goals = [
        "Agree the void repairs contract variation", "Publish the winter readiness plan",
        "Interview for the service designer role",
        "Close the damp and mould survey backlog plan", "Run the repairs show-and-tell",
        "Draft the out-of-hours options paper",
        "Sign off the van stock audit scope", "Meet the residents' panel", "Write up the call-back pilot",
        "Agree the telephony IVR menu", "Review fire door results", "Send the DMT update",
        "Clear appraisals for the team",
        "Brief members on the repairs policy", "Check the gas safety exceptions list",
        "Walk the estate with the caretakers",
    ]
    static let notes = [
        "Damp and mould survey backlog: agency surveyors start Monday",
        "Council tax self-service blocked by the payments supplier",
        "Residents call back when we don't give a time; a text with a slot cuts repeat calls",
        "Repairs show-and-tell on Thursday", "Out-of-hours options paper to DMT", "Stores move slipped a fortnight",
        "Contractor capacity is the constraint, not materials", "Two new starters in the contact centre next week",
        "Abandoned calls rise every Monday morning after a cold weekend",
        "Fire door remedials need a second contractor",
    ]

    /// With `allMet` every past week is positive (a streak as long as the history).
    static func week(
        person: String, week w: ISOWeek, current: ISOWeek, allMet: Bool = false, rng: inout DemoRandom
    ) -> PersonWeek {
        var pw = PersonWeek(person: person, week: w)
        pw.focus = rng.pick(focuses)
        let at = Date(timeIntervalSince1970: TimeInterval(w.monday.adding(days: 4).daysSinceEpoch * 86_400 + 15 * 3600))
        let states: [GoalState]
        if w == current {
            states = [.done, .nearly, .open]
        } else if allMet || rng.chance(0.4) {
            states = [.done, .done, .done]
        } else {
            states = (0..<3).map { _ in rng.pick([.done, .done, .nearly, .open, .dropped]) }
        }
        pw.goals = states.map { Goal(text: rng.pick(goals), state: $0, changedAt: at) }
        pw.notes = [
            .watch: (0..<rng.int(1...3)).map { _ in rng.pick(notes) },
            .learning: (0..<rng.int(0...2)).map { _ in rng.pick(notes) },
            .next: (0..<rng.int(1...3)).map { _ in rng.pick(notes) },
        ]
        return pw
    }
}
