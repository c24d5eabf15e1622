/// Keys: the mode that has the keyboard decides (editor, help, picker, document, mouse), else
/// the key map; a command runs here or in its feature.
extension Dashboard {
    static func reduceKey(_ s: inout DashboardState, _ key: Key, _ effects: inout [Effect]) {
        s.message = nil
        if s.editing != nil {
            reduceEditing(&s, key, &effects)
        } else if case .help(let scroll) = s.overlay {
            reduceHelp(&s, key, scroll: scroll, &effects)
        } else if case .confirm(let c) = s.overlay {
            reduceConfirm(&s, key, c, &effects)
        } else if case .followUps(let index) = s.overlay {
            reduceFollowUps(&s, key, index: index, &effects)
        } else if case .conflicts(let index) = s.overlay {
            reduceConflicts(&s, key, index: index, &effects)
        } else if case .meeting = s.overlay {
            reduceMeeting(&s, key, &effects)
        } else if case .statusPicker(let project, let index) = s.overlay {
            reducePicker(&s, key, project: project, index: index)
        } else if let overlay = s.overlay {
            reduceDocument(&s, key, overlay, &effects)
        } else if s.layout.mode == .tooSmall {
            // Nothing is visible, so nothing may change blindly: only quit and redraw answer.
            switch KeyMap.command(for: key, panel: s.focused, teamView: s.teamView) {
            case .quit?: effects = [.quit]
            case .reload?: effects = [.loadWeek(s.week), .redraw]
            default: break
            }
        } else if case .mouse(let x, let y, let event) = key {
            if s.settings.mouse { reduceMouse(&s, x: x, y: y, event, &effects) }
        } else if let command = KeyMap.command(for: key, panel: s.focused, teamView: s.teamView) {
            run(command, &s, &effects)
        }
    }

    static func run(_ command: Command, _ s: inout DashboardState, _ effects: inout [Effect]) {
        if refusedInOKRView(command, &s) { return }
        if command.changesData && s.settings.readOnly {
            s.message = .readOnly
            return
        }
        switch command {
        case .toggleGoal(let n): toggleGoal(n, &s, &effects)
        case .goalNearly: setGoalState(.nearly, &s, &effects)
        case .goalDropped: setGoalState(.dropped, &s, &effects)
        case .nextPanel: s.focused = Panel(rawValue: (s.focused.rawValue + 1) % Panel.allCases.count)!
        case .previousPanel:
            s.focused = Panel(rawValue: (s.focused.rawValue + Panel.allCases.count - 1) % Panel.allCases.count)!
        case .down: move(&s, by: 1)
        case .up: move(&s, by: -1)
        case .pageDown: move(&s, by: 5)
        case .pageUp: move(&s, by: -5)
        // Further than any list is long: `move` stops at the ends.
        case .first: move(&s, by: -100_000)
        case .last: move(&s, by: 100_000)
        case .edit: beginEdit(&s)
        case .setStatus:
            guard let p = s.project else { s.message = Message("There are no projects on the board yet."); return }
            s.selectedProject = p.name
            s.overlay = .statusPicker(project: p.name, index: RAGStatus.allCases.firstIndex(of: p.status) ?? 0)
        case .previousWeek: changeWeek(s.week.previous, &s, &effects)
        case .nextWeek: changeWeek(s.week.next, &s, &effects)
        case .thisWeek: changeWeek(s.currentWeek, &s, &effects)
        case .carry: effects.append(.perform(.carry(.unfinishedGoals), week: s.week))
        case .carryFromNotes: effects.append(.perform(.carry(.nextWeekNotes), week: s.week))
        case .add: add(&s, &effects)
        case .archive: archiveProject(&s)
        case .remove: remove(&s)
        case .moveItemDown: moveItem(by: 1, &s, &effects)
        case .moveItemUp: moveItem(by: -1, &s, &effects)
        case .reload:
            s.message = Message("Reloaded from disk.")
            effects += [.loadWeek(s.week), .redraw]
        case .team: s.teamView.toggle()
        case .closeTeam: s.teamView = false
        case .weeknote: openWeeknote(&s)
        case .toggleOKRs: toggleOKRs(&s, &effects)
        case .history: openHistory(&s, &effects)
        case .highlight: openHighlight(&s)
        case .addRAID, .closeRAID, .recordDecision: beginRAID(command, &s)
        case .meeting: meetingForSelected(&s)
        case .undo: effects.append(.undo)
        case .redo: effects.append(.redo)
        case .log: openLog(&s, &effects)
        case .sync:
            guard s.sync != nil else {
                s.message = Message("This store has no remote: 'weekboard sync init URL' sets one.")
                return
            }
            s.message = Message(syncing)
            s.sync?.asked = true
            effects.append(.startSync)
        case .followUps: openFollowUps(&s, &effects)
        case .conflicts: openConflicts(&s, &effects)
        case .help: s.overlay = .help(scroll: 0)
        case .quit: effects.append(.quit)
        }
    }

    static func changeWeek(_ week: ISOWeek, _ s: inout DashboardState, _ effects: inout [Effect]) {
        guard week != s.week else { return }
        s.week = week
        effects.append(.loadWeek(week))
    }

    /// Moves the selection of the focused panel (or the team view), stopping at the ends.
    static func move(_ s: inout DashboardState, by delta: Int) {
        func step<T>(_ list: [T], _ current: Int?) -> T? {
            guard !list.isEmpty else { return nil }
            return list[min(list.count - 1, max(0, (current ?? 0) + delta))]
        }
        if s.teamView {
            let names = s.team.map(\.person)
            s.selectedPerson = step(names, names.firstIndex { $0 == s.person?.person })
            return
        }
        switch s.focused {
        case .focus: break
        case .goals: s.goalSlot = min(PersonWeek.slots, max(1, s.goalSlot + delta))
        case .board where s.boardView == .okrs:
            s.okrScroll = min(OKRPanel.maxScroll(s), max(0, s.okrScroll + delta))
        case .board:
            let names = s.projects.map(\.name)
            s.selectedProject = step(names, names.firstIndex { $0 == s.project?.name })
        case .notes: moveNote(by: delta, &s)
        case .contacts:
            let names = s.services.map(\.service)
            s.selectedService = step(names, names.firstIndex { $0 == s.service?.service })
        }
    }
}
