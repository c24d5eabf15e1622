import CNcurses
import WeekboardCore

/// The ncurses attributes and colour pair for each role, set up once per session from the
/// theme. One colour pair per role (pair n+1 for the nth role), so a frame's cells map
/// straight to what `setcchar` needs.
struct RoleAttributes {
    struct Look {
        var attrs: attr_t
        var pair: Int16
    }

    private(set) var looks: [Role: Look] = [:]
    /// The palette the theme was resolved against (`.none` = attributes only).
    let depth: ColorDepth

    /// Starts colour when the theme and options want it and the terminal has it, then
    /// allocates the pairs. Must run after `newterm`.
    init(theme: Theme, noColor: Bool) {
        var depth = ColorDepth.none
        var defaultsWork = false
        if !noColor, !theme.isMonochrome, has_colors() {
            start_color()
            // Lets pair colour -1 mean "the terminal's own colour", so the user's background shows.
            defaultsWork = use_default_colors() == OK
            depth = ColorDepth(colors: Int(wb_colors()))
        }
        self.depth = depth
        let maxPair = Int(wb_color_pairs()) - 1
        for (i, role) in Role.allCases.enumerated() {
            let style = theme.resolved(role, for: depth)
            var attrs = wb_a_normal()
            if style.bold { attrs |= wb_a_bold() }
            if style.reverse { attrs |= wb_a_reverse() }
            if style.underline { attrs |= wb_a_underline() }
            if style.dim { attrs |= wb_a_dim() }
            var pair: Int16 = 0
            if depth != .none, style.usesColor, i + 1 <= maxPair {
                // Without default-colour support, -1 is not allowed: use the classic white on black.
                let fg = style.fg == -1 && !defaultsWork ? 7 : style.fg
                let bg = style.bg == -1 && !defaultsWork ? 0 : style.bg
                if init_pair(Int16(i + 1), Int16(fg), Int16(bg)) == OK { pair = Int16(i + 1) }
            }
            looks[role] = Look(attrs: attrs, pair: pair)
        }
    }

    func look(_ role: Role) -> Look { looks[role] ?? Look(attrs: wb_a_normal(), pair: 0) }
}
