/// The five dimensions a project is rated on beside its overall status (PRINCE2's tolerance areas).
public enum Dimension: String, CaseIterable, Codable, Sendable {
    case time, cost, scope, quality, benefits

    /// `Time`, `Cost`…
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
