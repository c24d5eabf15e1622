#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import WeekboardCore

/// Where `access add --key` finds the key: standard input (`-`), the key line itself (it starts with a
/// key type), a `.pub` file holding one key (blank lines and `#` comments aside), or what PuTTYgen
/// saves on Windows: its RFC 4716 public key file, or the `.ppk` file (its public key only).
enum AccessKeyInput {
    static func read(_ value: String) throws -> SSHPublicKey {
        if value == "-" {
            guard let data = SystemAccess.readStandardInput(limit: 64 * 1024) else {
                throw InputError("standard input is too large to be a public key (over 64 KiB)")
            }
            return try parse(String(decoding: data, as: UTF8.self), from: "standard input")
        }
        let url = URL(fileURLWithPath: SystemAccess.expandingTilde(value))
        if !FileManager.default.fileExists(atPath: url.path), value.contains(" ") {
            return try SSHPublicKey(parsing: value)
        }
        guard let data = try? Data(contentsOf: url) else {
            throw InputError("--key '\(Sanitize.text(value))' is not a readable file, '-' or a key line")
        }
        guard data.count <= 64 * 1024 else { throw InputError("--key \(url.path) is too large to be a public key") }
        return try parse(String(decoding: data, as: UTF8.self), from: url.path)
    }

    static func parse(_ text: String, from source: String) throws -> SSHPublicKey {
        if let container = SSHPublicKey.container(of: text) {
            do {
                let key = try SSHPublicKey(container: text)
                if container == .puttyPrivateKey {
                    sayError(
                        """
                        note: \(source) is a PuTTY private key file; only its public key was read. Its owner \
                        should keep it to themselves and send only the public key next time.
                        """)
                }
                return key
            } catch let e as InputError {
                throw InputError("\(source): \(e.message)")
            }
        }
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init).filter {
            let t = $0.trimmed(.whitespaces)
            return !t.isEmpty && !t.hasPrefix("#")
        }
        guard lines.count == 1 else {
            throw InputError(
                lines.isEmpty
                    ? "no key in \(source)"
                    : "\(source) holds \(lines.count) keys: add them one at a time, each under its own name")
        }
        do { return try SSHPublicKey(parsing: lines[0]) } catch let e as InputError {
            throw InputError("\(source): \(e.message)")
        }
    }
}
