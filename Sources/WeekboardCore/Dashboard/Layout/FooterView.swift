/// The message line (the result of the last key, or what the editor expects) and the footer
/// with the keys that matter in the focused panel.
enum FooterView {
    static func draw(_ frame: inout Frame, _ layout: DashboardLayout, _ s: DashboardState, _ g: Glyphs) {
        let m = layout.message
        if let session = s.editing {
            // A refusal or a question about the field comes first, beside its prompt: never hidden by it.
            var x = m.x + 1
            if let message = s.message, message.kind == .error || message.kind == .question {
                let role: Role = message.kind == .error ? .error : .keyHint
                x += frame.put(message.text + " \(g.dot) ", x: x, y: m.y, role: role, maxWidth: m.maxX - 1 - x)
            }
            let text = "\(session.target.prompt) \(g.dot) Enter: \(session.target.enterWord) \(g.dot) Esc cancels"
            frame.put(text, x: x, y: m.y, role: .keyHint, maxWidth: max(0, m.maxX - 1 - x))
        } else if case .confirm(let c)? = s.overlay {
            frame.put(c.question, x: m.x + 1, y: m.y, role: .keyHint, maxWidth: m.width - 2)
        } else if let message = s.message {
            let role: Role = message.kind == .error ? .error : (message.kind == .success ? .success : .text)
            frame.put(message.text, x: m.x + 1, y: m.y, role: role, maxWidth: m.width - 2)
        }
        let f = layout.footer
        guard !f.isEmpty else { return }
        if let session = s.editing, case .project(let form) = session.target, form.field == .programme {
            drawProgrammeSuggestions(&frame, layout, s, session, g)
            return
        }
        frame.fill(x: f.x, y: f.y, width: f.width, role: .muted)
        // `w weeknote`, `? help` and `q quit` always show, at the right; the rest fill from the left
        // in key-map order.
        let everything = items(s, g)
        let all = everything.filter { !$0.pinned }.map { ($0.keys, $0.word) }
        let pinned = everything.filter(\.pinned).map { ($0.keys, $0.word) }
        func width(_ item: (String, String)) -> Int { TextWidth.of(item.0) + 1 + TextWidth.of(item.1) + 2 }
        var right = f.maxX - 1 - pinned.map(width).reduce(0, +)
        var x = f.x + 1
        for item in all where x + width(item) <= right {
            x += frame.put(item.0, x: x, y: f.y, role: .keyHint)
            x += frame.put(" " + item.1 + "  ", x: x, y: f.y, role: .muted)
        }
        right = max(right, x)
        for item in pinned where right + width(item) <= f.maxX + 1 {
            right += frame.put(item.0, x: right, y: f.y, role: .keyHint)
            right += frame.put(" " + item.1 + "  ", x: right, y: f.y, role: .muted)
        }
    }

    /// On the programme field, the programmes that begin with what is typed, on the footer's line in
    /// place of the editor's keys: the names to choose from, so a typo is seen before Enter.
    static func drawProgrammeSuggestions(
        _ frame: inout Frame, _ layout: DashboardLayout, _ s: DashboardState, _ session: EditSession, _ g: Glyphs
    ) {
        let f = layout.footer
        guard !f.isEmpty else { return }
        let names = ProjectForm.suggestions(session.editor.text, among: s.snapshot?.programmes.map(\.name) ?? [])
        let text = names.isEmpty ? "A new programme (Enter asks first)" : "Programmes: " + names.joined(separator: ", ")
        frame.fill(x: f.x, y: f.y, width: f.width, role: .muted)
        frame.put(text, x: f.x + 1, y: f.y, role: .muted, maxWidth: f.width - 2)
    }

    /// Commands the footer always names, at the right.
    static let pinnedCommands: [Command] = [.weeknote, .conflicts, .help, .quit]

    /// (keys, word, pinned) for the footer, from the live key map or the active mode.
    static func items(_ s: DashboardState, _ g: Glyphs) -> [(keys: String, word: String, pinned: Bool)] {
        modeItems(s, g)?.map { (keys: $0.0, word: $0.1, pinned: false) } ?? keyMapItems(s, g)
    }

    /// The keys of the editor or an overlay, when one has the keyboard.
    static func modeItems(_ s: DashboardState, _ g: Glyphs) -> [(String, String)]? {
        if let session = s.editing {
            let enter = ("Enter", session.target.enterWord)
            return [enter, ("Esc", "cancel"), ("←/→", "move"), ("Ctrl-U", "clear")].map {
                ($0.0 == "←/→" && !g.unicode ? "Left/Right" : $0.0, $0.1)
            }
        }
        switch s.overlay {
        case .help?: return [("j/k", "scroll"), ("Esc", "close")]
        case .meeting?: return MeetingOverlay.keys
        case .statusPicker?:
            return [("j/k", "choose"), ("Enter", "pick"), ("r/a/g/b", "quick pick"), ("Esc", "cancel")]
        case .weeknote?, .highlight?:
            return [("j/k", "scroll"), ("PgUp/PgDn", "page"), ("s", "save to a file"), ("Esc", "close")]
        case .history?, .log?: return [("j/k", "scroll"), ("PgUp/PgDn", "page"), ("Esc", "close")]
        case .confirm?: return [("y", "yes"), ("n/Esc", "no")]
        case .conflicts?: return ConflictsOverlay.keys(readOnly: s.settings.readOnly)
        case .followUps?:
            if s.settings.readOnly { return [("Esc", "close")] }
            return [("j/k", "choose"), ("t/p/d/n", "to do, in progress, done, not needed"), ("Esc", "close")]
        case nil: return nil
        }
    }

    static func keyMapItems(_ s: DashboardState, _ g: Glyphs) -> [(keys: String, word: String, pinned: Bool)] {
        // With OKRs on the board, keys about a project (edit, status, its programme's report) do not
        // apply there and `o` goes back.
        let okrView = s.boardView == .okrs && s.focused == .board && !s.teamView
        let hints = KeyMap.bindings.filter { b in
            guard b.hint != nil, b.scope.applies(panel: s.focused, teamView: s.teamView) else { return false }
            // Conflicts are named only while there are some to pick.
            if b.entries.first?.command == .conflicts, (s.conflicts ?? []).isEmpty { return false }
            // Read-only: only keys that work without writing (a viewer is never offered an edit).
            if s.settings.readOnly, b.entries.allSatisfy({ $0.command.changesData }) { return false }
            if let panels = b.hintPanels, s.teamView || !panels.contains(s.focused) { return false }
            return !(okrView && b.entries.contains { $0.command.isAboutProject })
        }
        return hints.map { b in
            let keys = b.entries.prefix(b.hintKeys).map { KeyMap.name($0.key, unicode: g.unicode) }.joined(
                separator: "/")
            let command = b.entries.first?.command
            let pinned = command.map(pinnedCommands.contains) ?? false
            if command == .toggleOKRs && s.boardView == .okrs { return (keys, "projects", pinned) }
            if okrView && command == .down { return (keys, "scroll", pinned) }
            return (keys, b.hint ?? "", pinned)
        }
    }
}
