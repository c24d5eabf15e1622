#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What the line editor is changing. Targets name their item (slot, project name), never a row
/// index, so a reload underneath an edit cannot point it at something else.
enum EditTarget: Equatable, Sendable {
    case focus
    case goal(slot: Int)
    case projectNote(project: String)
    /// A weeknote list entry (`e` on it) or a new one at the end of a section (`a`).
    case note(NoteRef)
    case newNote(NoteSection)
    /// A field of the board's add or edit form.
    case project(ProjectForm)
    /// A field of a RAID form on the board (`R`, `I`, `D`, `N`, `X`, `V`).
    case raid(RAIDForm)
    /// `a` in the contact centre: the service, its channel when its figure is recorded by channel,
    /// then this week's count for it.
    case callsService
    case callsChannel(service: String)
    case callsCount(service: String, channel: Channel? = nil, steps: Int = 2)
    /// The optional note that follows picking a status with `s`.
    case statusNote(project: String, status: RAGStatus)
    /// The file the previewed weeknote is saved to (`s` in the `w` overlay).
    case exportPath
    /// The file a programme's highlight report is saved to (`s` in the `H` overlay).
    case reportPath(programme: String)

    /// A file to save to, typed on a document overlay's border.
    var isFileName: Bool {
        switch self {
        case .exportPath, .reportPath: return true
        default: return false
        }
    }

    /// What Enter does here: a field that leads to another moves on; the last one saves.
    var enterWord: String {
        switch self {
        case .project(let form): return form.enterWord
        case .raid(let form): return form.isLast ? "save" : "next field"
        case .callsService, .callsChannel: return "next field"
        default: return "save"
        }
    }

    var prompt: String {
        switch self {
        case .focus: return "Editing the focus"
        case .goal(let n): return "Editing goal \(n)"
        case .projectNote(let p): return "Editing the note on \(p)"
        case .note(let ref): return "Editing \(ref.section.inSentence) \(ref.index + 1)"
        case .newNote(let section): return "Adding to \(section.inSentence)"
        case .project(let form): return form.prompt
        case .raid(let form): return form.prompt
        case .callsService: return "Record contacts 1/2: the service"
        case .callsChannel: return "Record contacts 2/3: channel (phone, email, web, in-person; empty: all)"
        case .callsCount(let service, let channel, let steps):
            let which = channel.map { " (\($0.rawValue))" } ?? ""
            return "Record contacts \(steps)/\(steps): \(service)\(which) this week (1500 or 1,500)"
        case .statusNote(let p, let s): return "\(p) → \(s.name): note (optional)"
        case .exportPath: return "Save the weeknote to a file"
        case .reportPath: return "Save the report: .md, .html or .csv"
        }
    }
}
