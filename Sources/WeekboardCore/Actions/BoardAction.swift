/// A change to the programme board's projects and programmes (`board.json`; a rename or removal
/// reaches the project's archived history too). RAID log changes are `Action.raid`.
package enum BoardAction: Equatable, Sendable {
    case addProject(ProjectDraft)
    /// `done` and `next`: the update's "this period" and "next period" lines.
    case setProjectStatus(
        name: String, status: RAGStatus, note: String?, done: [String] = [], next: [String] = [])
    case setProjectNote(name: String, note: String)
    /// Corrects the latest status update (status, note or both); `withdraw` takes it back.
    case amendProjectStatus(name: String, status: RAGStatus?, note: String?)
    case withdrawProjectStatus(name: String)
    case editProject(name: String, ProjectEdit)
    case renameProject(name: String, to: String)
    case archiveProject(name: String)
    case restoreProject(name: String)
    /// For a project created by mistake: gone with its history (undo brings it back).
    case removeProject(name: String)
    case renameProgramme(name: String, to: String)
    case archiveProgramme(name: String)
}
