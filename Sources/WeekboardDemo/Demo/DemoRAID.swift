import WeekboardCore

/// The demo board's RAID log, dimension ratings and period lines: enough for the board pack and the
/// board meeting to have something to show (a decision to make, one made, risks, issues, an action).
enum DemoRAID {
    static func add(to projects: inout [Project], today: CalendarDay) {
        func day(_ d: Int) -> CalendarDay { today.adding(days: d) }
        func edit(_ name: String, _ change: (inout Project) -> Void) {
            guard let i = projects.firstIndex(where: { $0.name == name }) else { return }
            change(&projects[i])
        }
        edit("Damp and mould triage") { p in
            var r = DimensionRatings(date: day(-16), tolerance: "±4 weeks on the backlog; ±10% budget")
            (r.time, r.cost, r.quality) = (.red, .amber, .amberGreen)
            p.ratings = Versioned(r)
            p.risks.append(
                Versioned(
                    Risk(
                        date: day(-20), title: "Agency surveyors leave before the backlog is cleared", likelihood: 4,
                        impact: 5, owner: "Tom Okafor", mitigation: "Fixed-term contracts to March", review: day(7))))
            p.risks.append(
                Versioned(
                    Risk(
                        date: day(-16), title: "Winter brings a surge in reports", likelihood: 3, impact: 3,
                        owner: "Tom Okafor", mitigation: "Triage by vulnerability first")))
            p.issues.append(
                Versioned(
                    RAIDIssue(
                        date: day(-16), title: "212 surveys overdue", severity: 5, owner: "Tom Okafor",
                        action: "Agency surveyors start Monday", due: day(6))))
            p.decisions.append(
                Versioned(
                    Decision(
                        date: day(-16), question: "Fund three more agency surveyors to March?",
                        options: "A: £48k from reserves; B: accept slower clearance", decider: "Programme board",
                        deadline: day(7))))
            p.actions.append(
                Versioned(
                    ActionItem(
                        date: day(-2), what: "Confirm the agency surveyors' start date", owner: "Tom Okafor",
                        due: day(3))))
        }
        // Void repairs is the board's first project: nothing of it sorts before its "history" in board.json
        // (tests put old updates in front of the first "history" they find).
        edit("Void repairs turnaround") { p in
            var r = DimensionRatings(date: day(-2), tolerance: "±2 weeks; ±5% budget")
            (r.time, r.cost, r.scope) = (.amberGreen, .green, .green)
            p.ratings = Versioned(r)
            p.risks.append(
                Versioned(
                    Risk(
                        date: day(-30), title: "Contractor capacity over Christmas", likelihood: 3, impact: 4,
                        owner: "Priya Shah", mitigation: "Second contractor on call-off")))
        }
        edit("Stores and van stock") { p in
            let asked = Decision(
                date: day(-20), question: "Change the van stock supplier?", options: "A: stay; B: re-tender",
                decider: "Programme board", deadline: day(-5))
            var decided = asked
            (decided.date, decided.outcome, decided.decidedOn, decided.decidedBy) = (
                day(-5), "Stay with the current supplier, with a weekly audit", day(-5), "Programme board"
            )
            var v = Versioned(asked)
            v.history.append(decided)
            p.decisions.append(v)
        }
        edit("Council tax self-service") { p in
            p.issues.append(
                Versioned(
                    RAIDIssue(
                        date: day(-18), title: "Supplier has not delivered the payments API", severity: 4,
                        owner: "Ravi Kumar", action: "Escalated to the supplier's account manager", due: day(5))))
        }
        edit("Repairs call-back promise") { p in
            guard var last = p.history.popLast() else { return }
            last.done = ["Texts with a call-back slot sent to every caller"]
            last.next = ["Extend the pilot to all patches"]
            p.history.append(last)
        }
    }
}
