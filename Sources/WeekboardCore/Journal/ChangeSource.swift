#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Who made a change and from where: recorded in the journal with every change.
package struct ChangeSource: Codable, Equatable, Sendable {
    /// The person whose week it is and who acts (`--person`).
    package var person: String
    /// The access name when the change came over SSH (`weekboard gate --as NAME`).
    package var access: String?
    /// `cli`, `dashboard`, `import`, `ssh`, `system` (a format upgrade).
    package var origin: String

    package init(person: String, origin: String, access: String? = nil) {
        self.person = person
        self.origin = origin
        self.access = access
    }

    /// How the log shows the author: `alex`, or `priya as alex` for an SSH access name acting for a person.
    package var author: String {
        guard let access else { return person }
        return access == person ? access : "\(access) as \(person)"
    }
}

package extension ChangeSource {
    /// weekboard itself: creating a store, upgrading its format.
    static let system = ChangeSource(person: "weekboard", origin: "system")
}
