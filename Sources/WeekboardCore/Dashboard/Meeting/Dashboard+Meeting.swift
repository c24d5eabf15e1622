/// The board meeting (`M` on the board, `weekboard board meeting`): one screen per agenda item; `n` and
/// `p` step through, `d` records the decision asked on a decision's screen, `a` agrees an action on the
/// item's project, and Esc ends the meeting and writes the minutes (a Markdown file, never replacing one).
/// Each record is one change through the store, journalled and undoable, like any other.
extension Dashboard {
    static func openMeeting(programmes: [String], _ s: inout DashboardState) {
        guard let snapshot = s.snapshot else {
            s.message = Message("No meeting: the week could not be read.", .error)
            return
        }
        do {
            let board = Board(projects: snapshot.programmes.flatMap(\.projects))
            s.meeting = try BoardMeeting.agenda(board: board, programmes: programmes, today: s.today)
            s.overlay = .meeting
            s.editing = nil
        } catch {
            s.message = Message("No meeting: \(error)", .error)
        }
    }

    /// `M` on the board: a meeting on the selected project's programme.
    static func meetingForSelected(_ s: inout DashboardState) {
        guard let p = s.project else { s.message = Message("There are no projects on the board yet."); return }
        s.selectedProject = p.name
        openMeeting(programmes: [p.programme], &s)
    }

    static func reduceMeeting(_ s: inout DashboardState, _ key: Key, _ effects: inout [Effect]) {
        guard var m = s.meeting else { s.overlay = nil; return }
        let last = max(0, m.items.count - 1)
        switch key {
        case .ctrl("c"): effects.append(.quit)
        case .char("n"), .char("j"), .char(" "), .right, .down, .pageDown: m.index = min(last, m.index + 1)
        case .char("p"), .char("k"), .left, .up, .pageUp: m.index = max(0, m.index - 1)
        case .char("d"), .char("a"):
            s.meeting = m
            record(key == .char("d") ? .decision : .action, &s)
            return
        case .escape, .char("q"), .char("M"): endMeeting(&m, &s, &effects)
        default: break
        }
        if s.meeting != nil { s.meeting?.index = m.index }
    }

    /// `d` on a decision's screen asks what was decided (and by whom, the decider offered); `a` asks
    /// for an action on the item's project.
    static func record(_ what: RAIDKind, _ s: inout DashboardState) {
        guard let item = s.meeting?.current else { s.message = Message("Nothing on the agenda."); return }
        if s.settings.readOnly { s.message = .readOnly; return }
        var form: RAIDForm
        if what == .decision {
            guard case .decision(let n) = item.kind else {
                s.message = Message("d records the decision on a decision's screen: n for the next item.")
                return
            }
            if s.meeting?.decided(item) != nil {
                s.message = Message("Decision \(n) on \(item.project) is recorded already.")
                return
            }
            form = RAIDForm(kind: .decide(open: [n]), project: item.project, fields: [.outcome, .byWhom])
            form.values = [.number: String(n), .byWhom: item.owner ?? ""]
        } else {
            form = .add(.action, project: item.project)
            form.values[.owner] = item.owner ?? ""
        }
        s.editing = EditSession(target: .raid(form), text: "", maxLength: TextRules.maxLine)
    }

    /// Esc: the minutes are written (the overlay closes); their file's result comes back as `reportSaved`.
    static func endMeeting(_ m: inout BoardMeeting, _ s: inout DashboardState, _ effects: inout [Effect]) {
        m.ended = true
        s.meeting = m
        s.overlay = nil
        effects.append(
            .saveReport(path: m.fileName, text: MeetingMinutes.render(m, storeName: s.snapshot?.storeName ?? "")))
    }

    /// The minutes written, or not: a name taken already tries the next (`-2`); any other failure says
    /// so and ends the meeting (what it recorded is in the store, journalled, whatever the file).
    static func minutesSaved(
        _ result: Result<String, EffectFailure>, _ s: inout DashboardState, _ effects: inout [Effect]
    ) {
        guard var m = s.meeting else { return }
        switch result {
        case .success(let fullPath):
            s.meeting = nil
            s.message = Message(
                "Meeting closed: \(m.decisions.count) decision\(m.decisions.count == 1 ? "" : "s"), "
                    + "\(m.actions.count) action\(m.actions.count == 1 ? "" : "s"); minutes written to \(fullPath)",
                .success)
        case .failure(let failure) where failure.kind == .exists && m.attempt < 20:
            m.attempt += 1
            endMeeting(&m, &s, &effects)
        case .failure(let failure):
            // The meeting still ends (over SSH no file may be written): what it recorded is in the store.
            s.meeting = nil
            s.message = Message(
                "Minutes not written: \(failure.reason); the decisions and actions are saved "
                    + "('weekboard decision list --all', 'action list')", .error)
        }
    }
}
