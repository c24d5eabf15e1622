#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Everything the dashboard shows, as plain values: render and reduce are pure functions of it.
struct DashboardState: Sendable {
    var snapshot: WeekSnapshot?
    /// Why there is no snapshot (a malformed file names itself here).
    var loadError: String?
    /// The week shown (may differ from the snapshot's for a moment while it loads).
    var week: ISOWeek
    var today: CalendarDay
    var focused: Panel = .goals
    /// 1-based goal slot.
    var goalSlot = 1
    var selectedProject: String?
    var selectedService: String?
    var selectedPerson: String?
    /// The selected row of the notes panel (an entry, or an empty section's placeholder).
    var selectedNote = NoteRef(section: .watch, index: 0)
    var editing: EditSession?
    var overlay: Overlay?
    var message: Message?
    var teamView = false
    /// Projects or OKRs in the board panel.
    var boardView = BoardView.projects
    /// The OKRs, read when the OKR view is shown (nil until then, or when they could not be read).
    var okrs: OKRSet?
    /// Why the OKRs could not be read.
    var okrError: String?
    /// First OKR line shown in the board panel.
    var okrScroll = 0
    /// The `h` overlay's data, read when it opens and dropped when it closes.
    var history: GoalHistory?
    /// The `L` overlay's entries, newest first (nil while they are read).
    var log: [JournalEntry]?
    /// The `f` overlay's callers, read when it opens and after each change made in it.
    var followUps: FollowUpList?
    /// The last path typed for a weeknote export, offered again by the next `s`.
    var exportPath: String?
    /// The last path typed for a highlight report, offered again by the next `s` in `H`.
    var reportPath: String?
    /// The board meeting under way (`Overlay.meeting`), or whose minutes are being written.
    var meeting: BoardMeeting?
    /// The terminal's size from the last `.resized` event: paging and mouse hits use it.
    /// The header's sync words when the store has a remote (nil: it has none).
    var sync: SyncView?
    /// The conflicts a sync left for a person to pick (`conflicts.json`), read with every week loaded:
    /// the header counts them and `P` lists them (nil until read, or when they could not be).
    var conflicts: [SyncConflict]?
    var width = 80
    var height = 24
    var settings: DisplaySettings

    init(
        week: ISOWeek, today: CalendarDay, settings: DisplaySettings = DisplaySettings(), snapshot: WeekSnapshot? = nil
    ) {
        self.week = week
        self.today = today
        self.settings = settings
        self.snapshot = snapshot
        teamView = settings.opensOnTeam
    }

    var currentWeek: ISOWeek { ISOWeek(containing: today) }

    /// Where everything goes at the last size rendered.
    var layout: DashboardLayout { layout(teamView: teamView) }

    func layout(teamView: Bool) -> DashboardLayout {
        DashboardLayout.make(
            width: width, height: height, teamView: teamView, services: services.count, people: team.count,
            detailLines: ContactsPanel.detailLines(self), notes: NotesPanel.rows(snapshot?.mine).count)
    }

    /// Projects in the order shown: programmes worst first, then projects worst first.
    var projects: [Project] { snapshot?.programmes.flatMap(\.projects) ?? [] }

    /// The selected project, falling back to the first when the remembered one has gone.
    var project: Project? {
        let all = projects
        return all.first { $0.name == selectedProject } ?? all.first
    }

    var services: [ContactRow] { snapshot?.contacts ?? [] }

    var service: ContactRow? {
        services.first { $0.service == selectedService } ?? services.first
    }

    var team: [WeekSnapshot.TeamMember] { snapshot?.team ?? [] }

    var person: WeekSnapshot.TeamMember? {
        team.first { $0.person == selectedPerson } ?? team.first
    }
}
