#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package extension Store {
    /// Applies one action as one change (`apply`): lock, re-read, apply, journal, commit, unlock.
    /// Throws (and writes nothing) on bad input or a malformed file.
    @discardableResult
    func perform(_ action: Action, _ ctx: ActionContext) throws -> ActionOutcome {
        let person = try PersonName.checkFolder(ctx.person)
        if !exists { try create(now: ctx.now, source: ctx.source) }
        var message = ""
        let change = StoreChange<Void>(source: ctx.source, week: ctx.week, at: ctx.now) { tx in
            message = try Self.apply(action, person: person, ctx, &tx, store: self)
            try tx.keepDisplayName(ctx.displayName, person: person)
            return (Self.summary(action, message), ())
        }
        let committed = try apply(change)
        var outcome = ActionOutcome(message: message, entry: committed.entry)
        outcome.notices = committed.notices
        return outcome
    }

    /// The journal's line for an action: its message, with the text it set where that says more.
    private static func summary(_ action: Action, _ message: String) -> String {
        let said = message.hasSuffix(".") ? String(message.dropLast()) : message
        switch action {
        case .week(.setFocus(let text)): return "Focus: “\(text)”"
        case .week(.setGoal(let slot, let text)): return "Goal \(slot) set: “\(text)”"
        case .week(.editGoal(_, let text)): return "\(said): “\(text)”"
        case .week(.addNote(let section, let text)): return "\(section.title): added “\(text)”"
        case .week(.editNote(let section, let n, let text)): return "\(section.title) \(n): now “\(text)”"
        case .board(.setProjectStatus(_, _, let note?, _, _)): return "\(said): “\(note)”"
        case .board(.setProjectNote(let name, let note)): return "\(name): note “\(note)”"
        default: return said
        }
    }

    private static func apply(
        _ action: Action, person: String, _ ctx: ActionContext, _ tx: inout Transaction,
        store: Store
    ) throws -> String {
        let weekFile = StoreFiles.personWeek(person, ctx.week)
        switch action {
        case .week(let change):
            var w = try tx.read(weekFile)
            let m = try w.apply(change, now: ctx.now)
            try tx.write(weekFile, w)
            return m
        case .carry(.unfinishedGoals):
            var w = try tx.read(weekFile)
            var previous: PersonWeek?
            var back = ctx.week
            for _ in 0..<PersonWeek.carryWeeks where previous == nil {
                back = back.previous
                let candidate = try tx.read(StoreFiles.personWeek(person, back))
                if candidate.goals.contains(where: { $0 != nil }) { previous = candidate }
            }
            let m = w.carry(from: previous, now: ctx.now)
            try tx.write(weekFile, w)
            return m
        case .carry(.nextWeekNotes):
            var w = try tx.read(weekFile)
            let previous = try tx.read(StoreFiles.personWeek(person, ctx.week.previous))
            let m = w.carryNextWeekNotes(from: previous, now: ctx.now)
            try tx.write(weekFile, w)
            return m
        case .board(let change):
            return try applyBoard(change, ctx, &tx)
        case .raid(let project, let change):
            var board = try tx.read(StoreFiles.board)
            let m = try board.apply(change, project: project, today: ctx.today, by: ctx.source.author)
            try tx.writeBoard(board, today: ctx.today)
            return m
        case .contacts(let change):
            return try applyContacts(change, ctx, &tx)
        case .followUp(.set(let ref, let service, let state, let owner, let note)):
            let caller = try FollowUpList.load(store: store, reader: tx, rule: ctx.followUpRule).find(
                ref, service: service)
            var all = try tx.read(StoreFiles.followUps)
            var f =
                all.entry(token: caller.token, service: caller.service)
                ?? FollowUp(token: caller.token, service: caller.service, state: .todo, changed: ctx.today)
            if f.state != state { f.changed = ctx.today }
            f.state = state
            if let owner { f.owner = try owner.isEmpty ? nil : TextRules.line(owner, what: "owner", max: 80) }
            if let note { f.note = try note.isEmpty ? nil : TextRules.line(note, what: "note", max: 500) }
            all.set(f)
            try tx.write(StoreFiles.followUps, all)
            return "Follow-up \(caller.ref) (\(caller.service)): \(state.words)."
        case .sync(.resolveConflict(let id, let pick)):
            return try resolveConflict(id, keep: pick, &tx, store: store)
        }
    }

    /// Matches a service name case-insensitively to one used in the store's last year of
    /// contacts (newest week first), so "repairs" and "Repairs" stay one service.
    func canonicalService(_ raw: String, reader: some StoreReader) throws -> String {
        let name = try TextRules.line(raw, what: "service", max: 80)
        for w in contactWeeks().reversed().prefix(53) {
            if let match = try reader.readContactWeek(w).services.keys.first(where: {
                $0.lowercased() == name.lowercased()
            }) {
                return match
            }
        }
        return name
    }
}
