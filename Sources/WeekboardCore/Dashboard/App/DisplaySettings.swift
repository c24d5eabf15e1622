/// Drawing and input settings that live in the pure state.
package struct DisplaySettings: Equatable, Sendable {
    /// False when the terminal cannot show UTF-8: marks, borders and sparklines fall back to ASCII.
    package var unicode: Bool
    package var labelStyle: WeekLabelStyle
    /// Keys that would change data say so and change nothing (the reducer is the one guard).
    package var readOnly: Bool
    package var mouse: Bool
    /// Said in the header when read-only, in place of `READ-ONLY` (over SSH: `READ-ONLY · viewing as NAME`).
    package var readOnlyBadge: String?
    /// Opens on the team's view: a viewer over SSH with no week of their own in the store sees the
    /// team, not an empty week.
    package var opensOnTeam: Bool

    package init(
        unicode: Bool = true, labelStyle: WeekLabelStyle = .dotted, readOnly: Bool = false, mouse: Bool = true,
        readOnlyBadge: String? = nil, opensOnTeam: Bool = false
    ) {
        self.opensOnTeam = opensOnTeam
        self.unicode = unicode
        self.labelStyle = labelStyle
        self.readOnly = readOnly
        self.mouse = mouse
        self.readOnlyBadge = readOnlyBadge
    }
}
