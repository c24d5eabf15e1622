#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One public key as `ssh-keygen` writes it (`ssh-ed25519 AAAA… comment`), checked before it goes
/// into `authorized_keys`: a known type, base64 that decodes to a key blob of that same type, no
/// options in front (`command=`, `from=`: weekboard writes each line's options itself), one line.
package struct SSHPublicKey: Equatable, Sendable {
    package let type: String
    /// The key blob, base64 as given (normalised only by being decoded and checked).
    package let base64: String
    /// What followed the key (often `user@host`); kept in the line for the admin, never interpreted.
    package let comment: String

    /// Key types OpenSSH accepts in `authorized_keys` (DSA has been off by default since OpenSSH 7.0).
    package static let types: Set<String> = [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]

    /// The longest key line taken: an RSA 16384-bit key is about 2,800 characters.
    static let maxLength = 8192

    /// `type base64` identifies the key; the comment does not.
    package var identity: String { "\(type) \(base64)" }

    /// The line for `authorized_keys` (after the options).
    package var line: String { comment.isEmpty ? identity : "\(identity) \(comment)" }

    /// A short fingerprint-like tag for messages: the type and the last 12 characters of the blob.
    package var shortText: String { "\(type) …\(base64.suffix(12))" }

    package init(parsing raw: String) throws {
        var text = raw
        while let last = text.last, last == "\n" || last == "\r" { text.removeLast() }
        guard !text.isEmpty else { throw InputError("the key is empty") }
        guard text.utf8.count <= Self.maxLength else {
            throw InputError("the key is \(text.utf8.count) bytes; a public key line is at most \(Self.maxLength)")
        }
        if let c = text.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }) {
            let what = c == "\n" || c == "\r" ? "more than one line" : "a control character"
            throw InputError("the key holds \(what): give one key, as ssh-keygen wrote it (the .pub file)")
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let type = words.first else { throw InputError("the key is empty") }
        guard Self.types.contains(type) else {
            if type.contains("=") || type.contains("\"") || type.contains(",") {
                throw InputError(
                    """
                    the key starts with options ('\(Sanitize.text(String(type.prefix(40))))'): give the key alone, \
                    as ssh-keygen wrote it; weekboard writes each line's options itself
                    """)
            }
            if type == "ssh-dss" { throw InputError("DSA keys (ssh-dss) are disabled in OpenSSH: use ssh-ed25519") }
            throw InputError(
                """
                '\(Sanitize.text(String(type.prefix(40))))' is not an SSH public key type \
                (ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa, sk-ssh-ed25519@openssh.com, …)
                """)
        }
        guard words.count >= 2 else { throw InputError("the \(type) key has no key data after its type") }
        let base64 = words[1]
        guard let blob = Data(base64Encoded: base64), !blob.isEmpty else {
            throw InputError("the \(type) key's data is not valid base64")
        }
        guard Self.blobType(blob) == type else {
            throw InputError("the key's data is not a \(type) key (its type and data do not match)")
        }
        self.type = type
        self.base64 = base64
        // The comment, spaces inside it as given, so the admin recognises it.
        if let range = text.firstRange(of: base64) {
            comment = String(text[range.upperBound...]).trimmed(.characters(" \t"))
        } else {
            comment = ""
        }
    }

    /// The type named inside the blob: a big-endian 32-bit length, then that many bytes.
    static func blobType(_ blob: Data) -> String? {
        let bytes = [UInt8](blob)
        guard bytes.count >= 4 else { return nil }
        let n = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }
        guard n > 0, n <= 64, bytes.count >= 4 + n else { return nil }
        return String(bytes: bytes[4..<(4 + n)], encoding: .utf8)
    }
}
