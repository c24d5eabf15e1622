import Foundation

/// The dashboard a front end drives: keys go through the pure reducer, the effects it asks for
/// run here against the store (`Store.perform`, the same transaction as the CLI), and the
/// week's snapshot is reloaded after every change and whenever the files on disk change.
public final class DashboardController: ScreenDriver {
    public internal(set) var state: DashboardState
    public let options: DashboardOptions
    public var wantsFullRedraw = false
    /// Why the week could not be read when the dashboard opened (nil when it was).
    public private(set) var firstLoadError: Error?
    private var watch: StoreWatch?

    /// Opens on `options.week` (default: this week). A store that cannot be written opens read-only.
    public init(options: DashboardOptions) {
        var options = options
        if !options.readOnly && options.store.exists && !options.store.isWritable { options.readOnly = true }
        self.options = options
        let today = options.today()
        state = DashboardState(week: options.week ?? ISOWeek(containing: today), today: today, settings: options.display)
        reload()
        if state.snapshot == nil { firstLoadError = lastLoadError }
    }

    private var lastLoadError: Error?

    public func render(width: Int, height: Int) -> Frame {
        state.width = max(0, width)
        state.height = max(0, height)
        return Dashboard.render(state, width: width, height: height)
    }

    public func handle(_ key: Key) -> Bool {
        let editBefore = state.editing
        let (next, effects) = Dashboard.reduce(state, key)
        state = next
        var running = true
        for effect in effects {
            switch effect {
            case .quit: running = false
            case .redraw: wantsFullRedraw = true
            case .reload: reload()
            case .perform(let action, let week): perform(action, week: week, editBefore: editBefore)
            case .saveWeeknote(let path): saveWeeknote(to: path)
            case .loadHistory: loadHistory()
            case .loadOKRs: loadOKRs()
            }
        }
        return running
    }

    /// Reloads when a watched file changed or the date moved on; cheap otherwise (a few `stat`s).
    public func tick() -> Bool {
        if options.today() != state.today || watch?.hasChanged ?? true {
            reload()
            return true
        }
        return false
    }

    /// One change, in one store transaction. On failure nothing was written; the reason goes to
    /// the message line and an edit that was being saved comes back so the text is not lost.
    private func perform(_ action: Action, week: ISOWeek, editBefore: EditSession?) {
        guard !options.readOnly else {
            state.message = .readOnly
            return
        }
        let ctx = ActionContext(person: options.person, week: week, now: options.now(), today: options.today())
        do {
            let outcome = try options.store.perform(action, ctx)
            reload()
            state.message = Message(outcome.message, .success)
        } catch {
            state.message = Message("Not saved: \(describe(error))", .error)
            if state.editing == nil, let editBefore { state.editing = editBefore }
        }
    }

    /// An error in words, with paths relative to the store so the file and reason fit on the line.
    func describe(_ error: Error) -> String {
        "\(error)".replacingOccurrences(of: options.store.root.path + "/", with: "")
    }

    /// Reads the week shown again. Stamps are taken first, so a change landing during the read
    /// is seen by the next tick. If the week was already on screen and now fails to read (say a
    /// colleague saved a broken file by hand), the last good view stays with the error below it.
    private func reload() {
        let today = options.today()
        state.today = today
        watch = StoreWatch(store: options.store, person: options.person, week: state.week, baselineYears: options.baselineYears)
        do {
            state.snapshot = try WeekSnapshot.load(store: options.store, person: options.person, week: state.week, today: today,
                                                   baselineYears: options.baselineYears)
            state.loadError = nil
            if state.boardView == .okrs { loadOKRs() }
        } catch {
            lastLoadError = error
            if state.snapshot?.week == state.week {
                state.message = Message("Could not reload: \(describe(error))", .error)
            } else {
                state.snapshot = nil
                state.loadError = describe(error)
            }
        }
    }
}
