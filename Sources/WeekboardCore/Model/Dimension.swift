/// The five dimensions a project is rated on beside its overall status (PRINCE2's tolerance areas).
package enum Dimension: String, CaseIterable, Codable, Sendable {
    case time, cost, scope, quality, benefits

    /// `Time`, `Cost`…
    package var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
