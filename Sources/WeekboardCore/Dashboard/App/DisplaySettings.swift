/// Drawing and input settings that live in the pure state.
public struct DisplaySettings: Equatable, Sendable {
    /// False when the terminal cannot show UTF-8: marks, borders and sparklines fall back to ASCII.
    public var unicode: Bool
    public var labelStyle: WeekLabelStyle
    /// Keys that would change data say so and change nothing (the reducer is the one guard).
    public var readOnly: Bool
    public var mouse: Bool
    /// Said in the header when read-only, in place of `READ-ONLY` (over SSH: `READ-ONLY · viewing as NAME`).
    public var readOnlyBadge: String?

    public init(
        unicode: Bool = true, labelStyle: WeekLabelStyle = .dotted, readOnly: Bool = false, mouse: Bool = true,
        readOnlyBadge: String? = nil
    ) {
        self.unicode = unicode
        self.labelStyle = labelStyle
        self.readOnly = readOnly
        self.mouse = mouse
        self.readOnlyBadge = readOnlyBadge
    }
}
