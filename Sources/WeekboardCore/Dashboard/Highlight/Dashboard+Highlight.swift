#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `H` on the board: preview the selected project's programme's highlight report; `s` there
/// saves it to a file (an effect that never replaces a file), in the format its name asks for.
extension Dashboard {
    static func openHighlight(_ s: inout DashboardState) {
        guard s.snapshot != nil else {
            s.message = Message("Nothing to report: the week could not be read.", .error)
            return
        }
        guard s.boardView == .projects else {
            s.message = Message("H reports on the selected project's programme: o shows the projects again.")
            return
        }
        guard let project = s.project else {
            s.message = Message("There are no projects on the board yet.")
            return
        }
        s.selectedProject = project.name
        s.overlay = .highlight(programme: project.programme, scroll: 0)
    }

    /// Enter on the file name: the report in the name's format, saved by the runtime.
    static func commitReport(_ text: String, programme: String, _ s: inout DashboardState, _ effects: inout [Effect]) {
        let path = text.trimmed(.whitespaces)
        guard !path.isEmpty else {
            s.message = Message("Type a file name to save to", .error)
            return
        }
        s.editing = nil
        guard let report = HighlightOverlay.report(s, programme: programme) else {
            s.message = Message("Not saved: the board could not be read.", .error)
            return
        }
        s.reportPath = path
        effects.append(.saveReport(path: path, text: HighlightOverlay.document(report, path: path)))
    }

    /// The file is never replaced: an existing one is left as it was and another name asked for.
    static func reportSaved(path: String, _ result: Result<String, EffectFailure>, _ s: inout DashboardState) {
        switch result {
        case .success(let fullPath):
            s.reportPath = nil
            s.message = Message("Saved the highlight report to \(fullPath)", .success)
        case .failure(let failure) where failure.kind == .exists:
            s.message = Message("Not saved: \(path) already exists (left as it was); s for another name", .error)
        case .failure(let failure):
            s.message = Message("Not saved: \(failure.reason)", .error)
        }
    }
}
