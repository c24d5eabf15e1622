import WeekboardCore

/// The demo programme board: a council's "Technical Services 12 Point Plan" and a smaller
/// digital programme, with a few weeks of updates (some improving, some slipping, some stale).
enum DemoBoard {
    /// (name, owner, milestone, days until due, note, statuses oldest→newest, days since last update)
    typealias Row = (String, String, String, Int, String, [RAGStatus], Int)

    static let plan = "Technical Services 12 Point Plan"
    static let digital = "Digital Customer Services"

    static let rows: [(String, Row)] = [
        (
            plan,
            (
                "Void repairs turnaround", "Priya Shah", "Contractor mobilised on all voids", 6,
                "Contractor back on site; 41 voids in progress", [.red, .amber, .green], 2
            )
        ),
        (
            plan,
            (
                "Damp and mould triage", "Tom Okafor", "Survey backlog cleared", 9,
                "Backlog of 212 surveys; agency surveyors start Monday", [.amber, .amber, .red], 16
            )
        ),
        (
            plan,
            (
                "Repairs call-back promise", "Dee Walsh", "Call-back within 2 working days", 20,
                "Pilot with two patches; call-backs at 78% on time", [.amber, .amber], 5
            )
        ),
        (
            plan,
            (
                "Gas safety compliance", "Marcus Lee", "100% LGSR certificates", 38,
                "Two access cases with legal", [.green, .green, .green], 3
            )
        ),
        (
            plan,
            (
                "Repairs IT replacement", "Jo Bright", "Supplier demo to residents' panel", 13,
                "Procurement on track; data migration risk", [.green, .amber], 8
            )
        ),
        (
            plan,
            (
                "Out-of-hours service review", "Sam Patel", "Options paper to DMT", 16,
                "Waiting on call data from the contact centre", [.amber], 23
            )
        ),
        (
            plan,
            (
                "Planned works programme 2027", "Priya Shah", "Stock condition data refresh", 55,
                "Kitchens and bathrooms list agreed", [.amber, .green], 4
            )
        ),
        (
            plan,
            (
                "Fire door inspections", "Marcus Lee", "Tower blocks complete", 27,
                "Blocks A–D done; E and F booked", [.green, .amber, .amber], 10
            )
        ),
        (
            plan,
            (
                "Trades apprenticeships", "Dee Walsh", "Second cohort starts", 68,
                "Six apprentices signed up", [.green], 12
            )
        ),
        (
            plan,
            (
                "Stores and van stock", "Tom Okafor", "Van stock audit", -3,
                "Audit slipped: stores move delayed", [.green, .amber, .red], 1
            )
        ),
        (
            plan,
            (
                "Resident satisfaction survey", "Jo Bright", "Results published", 0,
                "Published on the website", [.amber, .green, .blue], 6
            )
        ),
        (
            plan,
            (
                "Repairs policy refresh", "Sam Patel", "Cabinet sign-off", 41,
                "Consultation closed; 340 responses", [.amber, .amberGreen], 7
            )
        ),
        (
            digital,
            (
                "Report a repair online", "Alex Morgan", "Photo upload live", 12,
                "Beta live; 31% of repairs reported online", [.amber, .green, .green], 3
            )
        ),
        (
            digital,
            (
                "Council tax self-service", "Ravi Kumar", "Direct debit changes online", 24,
                "Payments integration blocked by supplier", [.green, .amber], 18
            )
        ),
        (
            digital,
            (
                "Contact centre telephony", "Alex Morgan", "New IVR menu", 33,
                "Callback option tested with staff", [.green], 9
            )
        ),
    ]

    static func board(today: CalendarDay) -> Board {
        var projects: [Project] = []
        for (programme, row) in rows {
            let (name, owner, milestone, due, note, statuses, age) = row
            let last = today.adding(days: -age)
            let history = statuses.enumerated().map { i, s in
                StatusUpdate(
                    date: last.adding(days: -14 * (statuses.count - 1 - i)), status: s,
                    note: i == statuses.count - 1 ? note : nil)
            }
            projects.append(
                Project(
                    name: name, programme: programme, owner: owner, note: note,
                    milestone: Milestone(text: milestone, due: today.adding(days: due)), history: history))
        }
        for (name, status, note) in thisWeek {
            guard let i = projects.firstIndex(where: { $0.name == name }) else { continue }
            projects[i].history.append(StatusUpdate(date: today, status: status, note: note))
            projects[i].note = note
        }
        DemoRAID.add(to: &projects, today: today)
        return Board(projects: projects)
    }

    /// Moves made today, so the weeknote has board changes to report besides the new red.
    static let thisWeek: [(String, RAGStatus, String)] = [
        ("Repairs call-back promise", .green, "91% of call-backs on time since residents get a text with a slot"),
        ("Fire door inspections", .amberGreen, "Block E done; F booked for next week"),
    ]
}
