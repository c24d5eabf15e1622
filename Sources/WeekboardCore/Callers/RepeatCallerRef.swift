#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A repeat caller as the dashboard shows one: a short pseudonymous reference, never a number.
package struct RepeatCallerRef: Codable, Equatable, Sendable {
    /// The first six hex digits of the caller's token: enough to tell this week's callers apart
    /// on screen, useless for finding out who they are.
    package let ref: String
    package let contacts: Int

    package init(ref: String, contacts: Int) {
        self.ref = ref
        self.contacts = contacts
    }
}
