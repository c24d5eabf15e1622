/// `?`: the help overlay scrolls; any other key closes it.
extension Dashboard {
    static func reduceHelp(_ s: inout DashboardState, _ key: Key, scroll: Int, _ effects: inout [Effect]) {
        let page = max(1, s.height - 6)
        let limit = HelpOverlay.maxScroll(s)
        switch key {
        case .char("j"), .down: s.overlay = .help(scroll: min(limit, scroll + 1))
        case .char("k"), .up: s.overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown, .char(" "): s.overlay = .help(scroll: min(limit, scroll + page))
        case .pageUp: s.overlay = .help(scroll: max(0, scroll - page))
        case .ctrl("c"): effects.append(.quit)
        case .mouse(_, _, .wheelDown): s.overlay = .help(scroll: min(limit, scroll + 3))
        case .mouse(_, _, .wheelUp): s.overlay = .help(scroll: max(0, scroll - 3))
        default: s.overlay = nil  // any other key (Esc, q, ?) closes help
        }
    }
}
