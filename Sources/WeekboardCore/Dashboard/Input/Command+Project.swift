extension Command {
    /// Keys about the selected project: they do not apply while the board shows OKRs (refused there, and
    /// left out of the footer).
    var isAboutProject: Bool {
        switch self {
        case .edit, .setStatus, .highlight, .add, .archive, .addRAID, .closeRAID, .recordDecision, .meeting:
            return true
        default: return false
        }
    }
}
