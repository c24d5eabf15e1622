/// What a piece of text on screen is, not how it looks: a theme maps each role to colours
/// and attributes, so the core never names a colour.
package enum Role: String, Codable, Sendable, CaseIterable {
    case text
    case muted
    case title
    case header
    case border
    case borderFocus = "border-focus"
    case selection
    case keyHint = "key-hint"
    case badge
    case statusRed = "status-red"
    case statusAmber = "status-amber"
    case statusGreen = "status-green"
    case statusBlue = "status-blue"
    case trendUp = "trend-up"
    case trendDown = "trend-down"
    case deltaUp = "delta-up"
    case deltaDown = "delta-down"
    case goalDone = "goal-done"
    case error
    case success

    package static func status(_ s: RAGStatus) -> Role {
        switch s {
        case .red, .amberRed: return .statusRed
        case .amber, .amberGreen: return .statusAmber
        case .green: return .statusGreen
        case .blue: return .statusBlue
        }
    }
}
