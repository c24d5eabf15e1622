import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// `project list --json`: programmes, projects and their full history.
struct ProjectListing: Encodable {
    struct Item: Encodable {
        let name: String
        let programme: String
        let status: RAGStatus
        let trend: String
        let owner: String?
        let note: String?
        let milestone: Milestone?
        let stale: Bool
        let daysSinceUpdate: Int
        let history: [StatusUpdate]
    }
    struct Programme: Encodable {
        let name: String
        let status: RAGStatus
        let projects: [Item]
    }
    let programmes: [Programme]

    init(_ rollups: [ProgrammeRollUp], today: CalendarDay) {
        programmes = rollups.map { p in
            Programme(
                name: p.name, status: p.status,
                projects: p.projects.map {
                    Item(
                        name: $0.name, programme: $0.programme, status: $0.status, trend: $0.trend.word,
                        owner: $0.owner,
                        note: $0.note, milestone: $0.milestone, stale: $0.isStale(today: today),
                        daysSinceUpdate: $0.daysSinceUpdate(today: today), history: $0.history)
                })
        }
    }
}
