/// The four kinds of item in a project's RAID log.
package enum RAIDKind: String, CaseIterable, Codable, Sendable {
    case risk, issue, decision, action

    /// `risk`, `issue`…: as the CLI names the kind.
    package var word: String { rawValue }

    /// `risks`, `issues`…
    package var plural: String { rawValue + "s" }

    /// `Risk`, `Issue`…
    package var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
