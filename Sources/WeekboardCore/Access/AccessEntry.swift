#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One colleague's key: the short name it is known by, its role, and the person whose week an
/// editor owns. Who granted it, and when, is in the journal.
package struct AccessEntry: Codable, Equatable, Sendable {
    package var name: String
    package var role: AccessRole
    /// The person whose focus and goals this key changes (an editor) or opens on (a viewer).
    package var person: String
    /// The public key line, `type base64 comment`, checked by `SSHPublicKey`.
    package var key: String

    package init(name: String, role: AccessRole, person: String, key: SSHPublicKey) {
        self.name = name
        self.role = role
        self.person = person
        self.key = key.line
    }

    /// Every entry read from disk is checked as `access add` checks it, so a line edited by hand
    /// cannot smuggle options into `authorized_keys`.
    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        role = try c.decode(AccessRole.self, forKey: .role)
        person = try c.decode(String.self, forKey: .person)
        key = try c.decode(String.self, forKey: .key)
        do {
            _ = try AccessList.checkName(name)
            try PersonName.checkFolder(person)
            _ = try SSHPublicKey(parsing: key)
        } catch let error as InputError {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: error.message))
        }
    }

    package var publicKey: SSHPublicKey? { try? SSHPublicKey(parsing: key) }
}
