#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A repeat caller as the dashboard shows one: a short pseudonymous reference, never a number.
public struct RepeatCallerRef: Codable, Equatable, Sendable {
    /// The first six hex digits of the caller's token: enough to tell this week's callers apart
    /// on screen, useless for finding out who they are.
    public let ref: String
    public let contacts: Int

    public init(ref: String, contacts: Int) {
        self.ref = ref
        self.contacts = contacts
    }
}
