/// The top line: which week, whose store, whether it can be changed, and whether this is not
/// the current week. The most important items survive when the line is short.
enum HeaderView {
    static func draw(_ frame: inout Frame, _ rect: Rect, _ s: DashboardState, _ g: Glyphs) {
        guard !rect.isEmpty else { return }
        frame.fill(x: rect.x, y: rect.y, width: rect.width, role: .header)
        let label = s.settings.labelStyle.label(s.week, unicode: g.unicode)
        var x = rect.x + 1
        // In the header's own role, so its background runs unbroken behind the label in every theme.
        x += frame.put(label, x: x, y: rect.y, role: .header, maxWidth: rect.width - 2)
        // What else fits, most important first: past/future week, READ-ONLY, then store and person.
        var budget = rect.maxX - 1 - x
        var marker: String?
        if s.week != s.currentWeek {
            let m = " \(s.week < s.currentWeek ? "past week" : "future week") \(g.dot) t: this week "
            if TextWidth.of(m) + 2 <= budget { marker = m; budget -= TextWidth.of(m) + 2 }
        }
        var badge: String?
        if s.settings.readOnly {
            // The long badge (over SSH, who is viewing) when it fits, else the short one.
            let long = s.settings.readOnlyBadge.map { " \(Sanitize.text($0)) " }
            if let long, TextWidth.of(long) + 2 <= budget {
                badge = long
                budget -= TextWidth.of(long) + 2
            } else if 13 <= budget {
                badge = " READ-ONLY "
                budget -= 13
            }
        }
        // The sync's few words when the store has a remote: after the badge, before the store's name. Its
        // state and the conflicts to pick both show (offline with conflicts open is still offline); when
        // the line is short the least needed words go first: the key's "to see", the files waiting, the state.
        let sync = syncWords(s, g).first { text in TextWidth.of(text.map(\.0).joined()) + 2 <= budget }
        if let sync { budget -= TextWidth.of(sync.map(\.0).joined()) + 2 }
        var who: String?
        if let snapshot = s.snapshot, budget >= 10 {
            // The person as they gave their name (`Sam Patel`), not their folder (`sam-patel`).
            let name = snapshot.personName
            let text = Frame.fit(Sanitize.text("\(snapshot.storeName) \(g.dot) \(name)"), to: budget - 2)
            who = text
        }
        if let marker { frame.put(marker, x: x + 2, y: rect.y, role: .badge) }
        var right = rect.maxX - 1
        if let who {
            right -= TextWidth.of(who)
            frame.put(who, x: right, y: rect.y, role: .header)
            right -= 2
        }
        if let sync {
            right -= TextWidth.of(sync.map(\.0).joined())
            var at = right
            for (text, role) in sync { at += frame.put(text, x: at, y: rect.y, role: role) }
            right -= 2
        }
        if let badge {
            right -= TextWidth.of(badge)
            frame.put(badge, x: right, y: rect.y, role: .badge)
        }
    }

    /// The sync's words, longest first, each as pieces in their roles (conflicts stand out as a badge):
    /// `offline: 4 files waiting · 3 conflicts: P to see` down to `3 conflicts`.
    static func syncWords(_ s: DashboardState, _ g: Glyphs) -> [[(String, Role)]] {
        let conflicts = s.conflicts?.count ?? 0
        var states: [String] = []
        if s.sync?.running == true {
            states = ["syncing…"]
        } else if let view = s.sync {
            states = [Sanitize.text(view.headline), Sanitize.text(view.state)]
        }
        guard conflicts > 0 else { return states.map { [(" \($0) ", Role.header)] } }
        let words = ConflictText.count(conflicts)
        var out: [[(String, Role)]] = []
        for state in states {
            for conflict in ["\(words): P to see", "\(words): P"] {
                out.append([(" \(state) \(g.dot)", .header), (" \(conflict) ", .badge)])
            }
        }
        out += [[(" \(words): P to see ", .badge)], [(" \(words) ", .badge)]]
        return out
    }
}
