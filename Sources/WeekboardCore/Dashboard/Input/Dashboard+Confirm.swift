/// The y/n question of a `Confirmation`: `y` performs its action; `n`, Esc or any other key leaves
/// everything as it was, so a stray key can never remove something.
extension Dashboard {
    static func confirm(
        _ question: String, _ action: Action, cancelled: String, _ s: inout DashboardState
    ) {
        s.overlay = .confirm(Confirmation(question: question, action: action, cancelled: cancelled))
    }

    static func reduceConfirm(
        _ s: inout DashboardState, _ key: Key, _ c: Confirmation, _ effects: inout [Effect]
    ) {
        if case .mouse = key { return }  // a click is not an answer
        s.overlay = nil
        if key == .char("y") || key == .char("Y") {
            effects.append(.perform(c.action, week: s.week))
        } else {
            s.message = Message(c.cancelled)
        }
    }
}
