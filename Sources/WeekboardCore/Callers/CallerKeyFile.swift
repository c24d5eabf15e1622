#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `secret.key`: the key, base64, in a JSON wrapper so the store's atomic, locked writes apply
/// to it like any other file (and it is created 0600 like them). The key itself (`CallerKey`) is
/// WeekboardImport's; the file is here so the store's list of kinds (`StoreFileKind`) names its type.
package struct CallerKeyFile: Codable, Sendable {
    package static let schemaVersion = 1
    package var schemaVersion = CallerKeyFile.schemaVersion
    package var about =
        """
        Secret key for caller pseudonyms. Keep private: anyone with it can test whether a number called. See \
        docs/privacy.md.
        """
    /// Empty means "no key yet" (the value when the file is absent).
    package var key: String
    package var createdAt: Date?

    package static let file = StoreFile<CallerKeyFile>(.secretKey, StoreLayout.secretKey)

    package init(key: String, createdAt: Date?) {
        self.key = key
        self.createdAt = createdAt
    }
}
