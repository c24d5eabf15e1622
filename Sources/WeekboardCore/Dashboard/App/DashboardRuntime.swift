#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Runs the dashboard's loop: an event goes through the pure reducer, the effects it returns run
/// through the environment, and their results come back as events, until nothing is left to do.
/// The runtime never writes the state itself; it holds it between events.
package final class DashboardRuntime: ScreenDriver {
    private(set) var state: DashboardState
    private let environment: DashboardEnvironment
    /// Why the week could not be read when the dashboard opened (nil when it was).
    package private(set) var firstLoadError: Error?
    private var lastLoadError: Error?
    /// Whether the files of the week last loaded changed since (from `environment.watch`).
    private var storeChanged: () -> Bool = { true }
    /// On: a change to the person's own week is drawn before it is written, and the front end calls
    /// `settle` right after each frame to write it. Off (tests, and any other caller): written at once.
    package var drawsBeforeWriting = false
    /// A change already shown, waiting for `settle` to write it.
    private var pending: PendingWrite?
    /// The background sync: whether one started here is running, and when the last one started.
    private var syncRunning = false
    private var lastSyncStart: Date?

    private struct PendingWrite {
        let action: Action
        let context: ActionContext
        let restoring: EditSession?
        /// The snapshot before the change: it comes back if the write fails.
        let before: WeekSnapshot
    }

    /// Opens on `week` (default: this week) and loads it.
    package init(week: ISOWeek? = nil, settings: DisplaySettings, environment: DashboardEnvironment) {
        self.environment = environment
        let today = environment.today()
        state = DashboardState(week: week ?? ISOWeek(containing: today), today: today, settings: settings)
        send(.weekLoaded(state.week, today: today, load(state.week, today: today)))
        if state.snapshot == nil { firstLoadError = lastLoadError }
        // The first tick starts a sync; until it ends the header says so (working out the state now
        // would hash every file before the first frame).
        if environment.sync != nil { send(.syncState(headline: "", running: true, message: nil), quiet: true) }
    }

    package func render(width: Int, height: Int) -> Frame {
        Dashboard.render(state, width: width, height: height)
    }

    @discardableResult
    package func handle(_ key: Key) -> ScreenUpdate { send(.key(key)) }

    @discardableResult
    package func paste(_ text: String) -> ScreenUpdate { send(.paste(text)) }

    /// Opens a board meeting on `programmes` (empty: every active one), as `weekboard board meeting` asks.
    @discardableResult
    package func startMeeting(programmes: [String]) -> ScreenUpdate { send(.startMeeting(programmes: programmes)) }

    @discardableResult
    package func resize(width: Int, height: Int) -> ScreenUpdate { send(.resized(width: width, height: height)) }

    /// Reloads when a watched file changed or the date moved on; cheap otherwise (a few `stat`s).
    @discardableResult
    package func tick() -> ScreenUpdate {
        let settled = settle().then(tickSync())
        let message = state.message
        let update = settled.then(send(.tick(today: environment.today(), storeChanged: storeChanged()), quiet: true))
        // A message that faded leaves the line it was on to be drawn again.
        return state.message == nil && message != nil ? update.then(.draw) : update
    }

    /// A sync that ended shows its state in the header and, when it is news, how it went on the message
    /// line (what it brought in is read by this same tick,
    /// the store having changed); one falls due every `interval`, and the first on the first tick.
    private func tickSync() -> ScreenUpdate {
        guard let sync = environment.sync else { return .none }
        if syncRunning {
            guard !sync.isRunning() else { return .none }
            syncRunning = false
            return send(.syncEnded(headline: sync.headline(), outcome: sync.outcome()), quiet: false)
        }
        let due = lastSyncStart.map { environment.now().timeIntervalSince($0) >= sync.interval } ?? true
        guard due, !state.settings.readOnly else { return .none }
        guard let event = run(.startSync) else { return .none }
        return send(event, quiet: false)
    }

    /// Writes the change shown ahead of its write, if there is one. Nothing more to draw when it was
    /// written as shown; when it failed, the week as it was and the reason.
    @discardableResult
    package func settle() -> ScreenUpdate {
        guard let p = pending else { return .none }
        pending = nil
        let env = environment
        switch attempt({ try env.perform(p.action, p.context) }) {
        case .failure(let failure):
            return send(.notSaved(failure, before: p.before, restoring: p.restoring))
        case .success(let message):
            guard let reread = env.rereadWeek else { return send(.performed(.success(message), restoring: nil)) }
            let written = attempt { try reread(p.context.week) }
            // Read back as shown (the usual case): the screen is already right.
            let asShown = (try? written.get()) == state.snapshot?.mine && state.message?.text == message
            return send(.saved(written, message: message), quiet: asShown)
        }
    }

    /// One event and everything that follows from it. With `quiet`, an event that asked for
    /// nothing needs no drawing (an idle tick).
    @discardableResult
    func send(_ event: DashboardEvent, quiet: Bool = false) -> ScreenUpdate {
        // A change still waiting to be written goes first: every event sees the store as shown.
        var update = settle()
        if !quiet { update = update.then(.draw) }
        var queue = [event]
        while !queue.isEmpty {
            let (next, effects) = Dashboard.reduce(state, queue.removeFirst())
            state = next
            for effect in effects {
                if update == .none { update = .draw }
                switch effect {
                case .quit: update = .quit
                case .redraw: if update != .quit { update = .redraw }
                default: if let result = run(effect) { queue.append(result) }
                }
            }
        }
        return drawsBeforeWriting ? update : update.then(settle())
    }

    /// Carries out one effect; its result as the event to send back.
    private func run(_ effect: Effect) -> DashboardEvent? {
        let env = environment
        switch effect {
        case .quit, .redraw:
            return nil
        case .loadWeek(let week):
            let today = env.today()
            return .weekLoaded(week, today: today, load(week, today: today))
        case .perform(let action, let week, let restoring):
            // Whole seconds, as the store keeps times: a change shown before its write is then the same
            // as the file read back after it.
            let now = Date(timeIntervalSince1970: env.now().timeIntervalSince1970.rounded(.down))
            let ctx = ActionContext(
                person: env.person, week: week, now: now, today: env.today(),
                origin: env.access == nil ? "dashboard" : "ssh", access: env.access ?? env.actor)
            if let shown = preview(action, ctx) {
                pending = PendingWrite(action: action, context: ctx, restoring: restoring, before: shown.before)
                return .applied(shown.mine, message: shown.message)
            }
            return .performed(attempt { try env.perform(action, ctx) }, restoring: restoring)
        case .loadOKRs:
            return .okrsLoaded(attempt { try env.readOKRs() })
        case .undo:
            return .performed(attempt { try env.undo() }, restoring: nil)
        case .redo:
            return .performed(attempt { try env.redo() }, restoring: nil)
        case .loadLog(let week):
            return .logLoaded(attempt { try env.loadLog(week) })
        case .loadFollowUps:
            return .followUpsLoaded(attempt { try env.loadFollowUps() })
        case .loadConflicts:
            return .conflictsLoaded(attempt { try env.loadConflicts() })
        case .startSync:
            guard let sync = env.sync else { return nil }
            lastSyncStart = env.now()
            do {
                try sync.start()
                syncRunning = true
                return .syncState(headline: state.sync?.headline ?? sync.headline(), running: true, message: nil)
            } catch {
                return .syncState(
                    headline: sync.headline(), running: false, message: Message(env.describe(error), .error))
            }
        case .loadHistory(let week):
            return .historyLoaded(attempt { try env.loadHistory(week, env.today()) })
        case .saveWeeknote(let path, let markdown):
            return .weeknoteSaved(path: path, attempt(describing: false) { try env.saveFile(path, markdown) })
        case .saveReport(let path, let text):
            return .reportSaved(path: path, attempt(describing: false) { try env.saveFile(path, text) })
        }
    }

    /// A change to the person's own week on screen, as `Store.perform` will make it (the same
    /// `PersonWeek.apply`), to show before it is written; nil for any other change, or one it refuses.
    private func preview(_ action: Action, _ ctx: ActionContext)
        -> (mine: PersonWeek, message: String, before: WeekSnapshot)?
    {
        guard case .week(let change) = action, let snapshot = state.snapshot, snapshot.week == ctx.week,
            snapshot.person == ctx.person
        else {
            return nil
        }
        var mine = snapshot.mine
        guard let message = try? mine.apply(change, now: ctx.now), snapshot.replacingMine(mine) != nil else {
            return nil
        }
        return (mine, message, snapshot)
    }

    /// Watches first, so a change landing during the read is seen by the next tick.
    private func load(_ week: ISOWeek, today: CalendarDay) -> Result<WeekSnapshot, EffectFailure> {
        storeChanged = environment.watch(week)
        do { return .success(try environment.loadWeek(week, today)) } catch {
            lastLoadError = error
            return .failure(EffectFailure(environment.describe(error)))
        }
    }

    /// The body's value, or why it failed (in the message line's words unless `describing` is off).
    private func attempt<T>(describing: Bool = true, _ body: () throws -> T) -> Result<T, EffectFailure> {
        do { return .success(try body()) } catch let failure as EffectFailure { return .failure(failure) } catch {
            return .failure(EffectFailure(describing ? environment.describe(error) : "\(error)"))
        }
    }
}
