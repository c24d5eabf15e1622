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
        // The sync's few words when the store has a remote: after the badge, before the store's name.
        // Conflicts to pick come first (with the key that shows them, when it fits), in a viewer's too.
        var sync: String?
        var syncRole = Role.header
        let conflicts = s.conflicts?.count ?? 0
        var choices: [String] = []
        if s.sync?.running == true {
            choices = [" syncing… "]
        } else if conflicts > 0 {
            let words = ConflictText.count(conflicts)
            choices = [" \(words): P to see ", " \(words) "]
            syncRole = .badge
        } else if let view = s.sync {
            choices = [" \(Sanitize.text(view.headline)) "]
        }
        if let text = choices.first(where: { TextWidth.of($0) + 2 <= budget }) {
            sync = text
            budget -= TextWidth.of(text) + 2
        }
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
            right -= TextWidth.of(sync)
            frame.put(sync, x: right, y: rect.y, role: syncRole)
            right -= 2
        }
        if let badge {
            right -= TextWidth.of(badge)
            frame.put(badge, x: right, y: rect.y, role: .badge)
        }
    }
}
