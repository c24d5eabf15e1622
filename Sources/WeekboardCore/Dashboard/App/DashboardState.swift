import Foundation

/// Everything the dashboard shows, as plain values: render and reduce are pure functions of it.
public struct DashboardState: Sendable {
    public var snapshot: WeekSnapshot?
    /// Why there is no snapshot (a malformed file names itself here).
    public var loadError: String?
    /// The week shown (may differ from the snapshot's for a moment while it loads).
    public var week: ISOWeek
    public var today: CalendarDay
    public var focused: Panel = .goals
    /// 1-based goal slot.
    public var goalSlot = 1
    public var selectedProject: String?
    public var selectedService: String?
    public var selectedPerson: String?
    public var editing: EditSession?
    public var overlay: Overlay?
    public var message: Message?
    public var teamView = false
    /// Projects or OKRs in the board panel.
    public var boardView = BoardView.projects
    /// The OKRs, read when the OKR view is shown (nil until then, or when they could not be read).
    public var okrs: OKRSet?
    /// Why the OKRs could not be read.
    public var okrError: String?
    /// First OKR line shown in the board panel.
    public var okrScroll = 0
    /// The `h` overlay's data, read when it opens and dropped when it closes.
    public var history: GoalHistory?
    /// The last path typed for a weeknote export, offered again by the next `s`.
    public var exportPath: String?
    /// The terminal's size from the last `.resized` event: paging and mouse hits use it.
    public var width = 80
    public var height = 24
    public var settings: DisplaySettings

    public init(week: ISOWeek, today: CalendarDay, settings: DisplaySettings = DisplaySettings(), snapshot: WeekSnapshot? = nil) {
        self.week = week
        self.today = today
        self.settings = settings
        self.snapshot = snapshot
    }

    public var currentWeek: ISOWeek { ISOWeek(containing: today) }

    /// Where everything goes at the last size rendered.
    public var layout: DashboardLayout { layout(teamView: teamView) }

    func layout(teamView: Bool) -> DashboardLayout {
        DashboardLayout.make(width: width, height: height, teamView: teamView, services: services.count, people: team.count,
                             callerLine: !(snapshot?.repeatCallers.isEmpty ?? true))
    }

    /// Projects in the order shown: programmes worst first, then projects worst first.
    public var projects: [Project] { snapshot?.programmes.flatMap(\.projects) ?? [] }

    /// The selected project, falling back to the first when the remembered one has gone.
    public var project: Project? {
        let all = projects
        return all.first { $0.name == selectedProject } ?? all.first
    }

    public var services: [ContactRow] { snapshot?.contacts ?? [] }

    public var service: ContactRow? {
        services.first { $0.service == selectedService } ?? services.first
    }

    public var team: [WeekSnapshot.TeamMember] { snapshot?.team ?? [] }

    public var person: WeekSnapshot.TeamMember? {
        team.first { $0.person == selectedPerson } ?? team.first
    }
}
