#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `access.json`: who may reach the store over SSH, with which key and role. Changed only through
/// `Store.apply` (journalled like any team data); `authorized_keys` is written from it by `access sync`.
package struct AccessList: Codable, Equatable, Sendable {
    package static let schemaVersion = 1
    package var schemaVersion: Int
    /// Sorted by name.
    package private(set) var entries: [AccessEntry]
    /// The `authorized_keys` file that `access sync` keeps in step (set by `--authorized-keys`).
    package var authorizedKeys: String?

    package init() {
        schemaVersion = Self.schemaVersion
        entries = []
    }

    package func entry(_ name: String) -> AccessEntry? { entries.first { $0.name == name } }

    /// A short id: 1–32 lower-case letters, digits, '.', '_' or '-', starting with a letter. It appears
    /// in `authorized_keys` and in the log, so it is kept to characters that need no quoting anywhere.
    package static func checkName(_ raw: String) throws -> String {
        let ok =
            (1...32).contains(raw.utf8.count) && raw.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } == true
            && raw.utf8.allSatisfy { b in
                (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x5F || b == 0x2D
            }
        guard ok else {
            throw InputError(
                """
                access name '\(Sanitize.text(raw))' must be 1–32 lower-case letters, digits, '.', '_' or '-', \
                starting with a letter (e.g. priya)
                """)
        }
        return raw
    }

    /// Grants `key` to a new name. A key already granted to another name is refused: sshd would
    /// only ever use the first line, so the second grant would silently do nothing.
    package mutating func add(name raw: String, key: SSHPublicKey, role: AccessRole, person: String?) throws -> String {
        let name = try Self.checkName(raw)
        let person = try PersonName(person ?? name).key
        if entry(name) != nil {
            throw InputError(
                "'\(name)' already has access: 'access remove \(name)' first, or 'access role \(name) viewer|editor'")
        }
        if let other = entries.first(where: { $0.publicKey?.identity == key.identity }) {
            throw InputError("that key is already granted to '\(other.name)'")
        }
        entries.append(AccessEntry(name: name, role: role, person: person, key: key))
        entries.sort { $0.name < $1.name }
        let alias = person == name ? "" : " as \(person)"
        return "Granted \(name)\(alias) \(role.rawValue) access (\(key.type))."
    }

    package mutating func remove(name: String) throws -> String {
        guard let i = entries.firstIndex(where: { $0.name == name }) else { throw notFound(name) }
        entries.remove(at: i)
        return "Removed \(English.possessive(name)) access."
    }

    package mutating func setRole(name: String, _ role: AccessRole) throws -> String {
        guard let i = entries.firstIndex(where: { $0.name == name }) else { throw notFound(name) }
        guard entries[i].role != role else { return "\(name) is already \(role == .editor ? "an" : "a") \(role)." }
        entries[i].role = role
        return "\(name) is now \(role == .editor ? "an" : "a") \(role.rawValue)."
    }

    private func notFound(_ name: String) -> InputError {
        let names = entries.map(\.name)
        let list = names.isEmpty ? "nobody has access yet" : "names: \(names.joined(separator: ", "))"
        return InputError("no access named '\(Sanitize.text(name))' (\(list))")
    }
}
