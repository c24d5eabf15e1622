import Foundation

/// The four panels, in `Tab` order.
public enum Panel: Int, CaseIterable, Equatable, Sendable {
    case focus, goals, board, contacts

    /// `board`: how the help names a panel.
    public var shortName: String {
        switch self {
        case .focus: return "focus"
        case .goals: return "goals"
        case .board: return "board"
        case .contacts: return "contacts"
        }
    }

    public var title: String {
        switch self {
        case .focus: return "Focus"
        case .goals: return "Goals"
        case .board: return "Programme board"
        case .contacts: return "Contact centre"
        }
    }
}

/// What the line editor is changing. Targets name their item (slot, project name), never a row
/// index, so a reload underneath an edit cannot point it at something else.
public enum EditTarget: Equatable, Sendable {
    case focus
    case goal(slot: Int)
    case projectNote(project: String)
    /// The optional note that follows picking a status with `s`.
    case statusNote(project: String, status: RAGStatus)
    /// The file the previewed weeknote is saved to (`s` in the `w` overlay).
    case exportPath

    public var prompt: String {
        switch self {
        case .focus: return "Editing the focus"
        case .goal(let n): return "Editing goal \(n)"
        case .projectNote(let p): return "Editing the note on \(p)"
        case .statusNote(let p, let s): return "\(p) → \(s.name): note (optional)"
        case .exportPath: return "Save the weeknote to a file"
        }
    }
}

/// An edit in progress.
public struct EditSession: Equatable, Sendable {
    public var target: EditTarget
    public var editor: LineEditor
    /// The text when editing began, so saving it unchanged writes nothing.
    public var original: String

    public init(target: EditTarget, text: String, maxLength: Int) {
        self.target = target
        self.editor = LineEditor(text, maxLength: maxLength)
        self.original = text
    }
}

/// Something drawn over the panels.
public enum Overlay: Equatable, Sendable {
    case help(scroll: Int)
    /// Choosing a project's status; `index` into `RAGStatus.allCases`.
    case statusPicker(project: String, index: Int)
    /// `w`: the week's weeknote as it would be saved; `scroll` is the first line shown.
    case weeknote(scroll: Int)
    /// `h`: past weeks' goal outcomes and contacts (`DashboardState.history`, loaded on opening).
    case history(scroll: Int)
}

/// What the board panel lists (`o` switches).
public enum BoardView: Equatable, Sendable {
    case projects, okrs
}

/// The line above the footer: the result of the last key.
public struct Message: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case info, success, error }
    public var text: String
    public var kind: Kind

    public init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    public static let readOnly = Message("read-only: nothing was changed", .error)
}

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
