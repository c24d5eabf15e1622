/// What a key may do over SSH: a viewer reads; an editor also changes their own person's week and the
/// team's board and contacts.
package enum AccessRole: String, Codable, CaseIterable, Sendable {
    case viewer
    case editor

    package static func parse(_ raw: String) throws -> AccessRole {
        guard let role = AccessRole(rawValue: raw.lowercased()) else {
            throw InputError("role '\(Sanitize.text(raw))' must be viewer or editor")
        }
        return role
    }
}
