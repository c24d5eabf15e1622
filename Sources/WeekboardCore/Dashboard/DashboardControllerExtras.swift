import Foundation

/// The controller's side of `w`, `o` and `h`: reading OKRs and history, and saving a weeknote.
/// None of these write to the store, so they run in read-only mode too.
extension DashboardController {
    /// Writes the weeknote of the week shown to `path` (relative to the export folder, `~`
    /// expanded). Never replaces a file; the result, with the full path, goes to the message line.
    func saveWeeknote(to path: String) {
        guard let text = WeeknoteOverlay.markdown(state) else {
            state.message = Message("Not saved: the week could not be read.", .error)
            return
        }
        let expanded = (path as NSString).expandingTildeInPath
        let url = (expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded)
            : options.exportFolder.appendingPathComponent(expanded)).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.path) {
            state.message = Message("Not saved: \(path) already exists (left as it was); s for another name", .error)
            return
        }
        do {
            try ExportFile.write(text, to: url, overwrite: false)
            state.exportPath = nil
            state.message = Message("Saved the weeknote to \(url.path)", .success)
        } catch {
            state.message = Message("Not saved: \(error)", .error)
        }
    }

    /// Reads up to a year of the person's weeks for the `h` overlay; closes it with the reason on failure.
    func loadHistory() {
        do {
            state.history = try GoalHistory.load(store: options.store, person: options.person, through: state.week,
                                                 weeks: HistoryOverlay.weeks, today: options.today(),
                                                 baselineYears: options.baselineYears)
        } catch {
            if case .history? = state.overlay { state.overlay = nil }
            state.message = Message("Cannot show the history: \(describe(error))", .error)
        }
    }

    /// Reads `okrs.json` for the board's OKR view (on `o`, and on every reload while it is shown).
    func loadOKRs() {
        do {
            state.okrs = try options.store.read(StoreFiles.okrs)
            state.okrError = nil
        } catch {
            state.okrs = nil
            state.okrError = describe(error)
        }
    }
}
