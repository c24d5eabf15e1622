#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `w`: preview the weeknote, `s` there saves it to a file (an effect that never replaces a file).
extension Dashboard {
    static func openWeeknote(_ s: inout DashboardState) {
        guard s.snapshot?.week == s.week else {
            s.message = Message("Nothing to preview: the week could not be read.", .error)
            return
        }
        s.overlay = .weeknote(scroll: 0)
    }

    /// Enter on the file name: save (the runtime writes the file, never over another).
    static func commitExport(_ text: String, _ s: inout DashboardState, _ effects: inout [Effect]) {
        let path = text.trimmed(.whitespaces)
        guard !path.isEmpty else {
            s.message = Message("Type a file name to save to", .error)
            return
        }
        s.editing = nil
        guard let markdown = WeeknoteOverlay.markdown(s) else {
            s.message = Message("Not saved: the week could not be read.", .error)
            return
        }
        s.exportPath = path
        effects.append(.saveWeeknote(path: path, markdown: markdown))
    }

    /// The file is never replaced: an existing one is left as it was and another name asked for.
    static func weeknoteSaved(path: String, _ result: Result<String, EffectFailure>, _ s: inout DashboardState) {
        switch result {
        case .success(let fullPath):
            s.exportPath = nil
            s.message = Message("Saved the weeknote to \(fullPath)", .success)
        case .failure(let failure) where failure.kind == .exists:
            s.message = Message("Not saved: \(path) already exists (left as it was); s for another name", .error)
        case .failure(let failure):
            s.message = Message("Not saved: \(failure.reason)", .error)
        }
    }
}
