/// The four kinds of item in a project's RAID log.
public enum RAIDKind: String, CaseIterable, Codable, Sendable {
    case risk, issue, decision, action

    /// `risk`, `issue`…: as the CLI names the kind.
    public var word: String { rawValue }

    /// `risks`, `issues`…
    public var plural: String { rawValue + "s" }

    /// `Risk`, `Issue`…
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
