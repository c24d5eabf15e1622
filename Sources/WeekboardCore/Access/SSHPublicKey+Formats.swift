#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The two other shapes a public key arrives in from Windows, read as `ssh-keygen -i` reads them:
/// the RFC 4716 file PuTTYgen saves (`---- BEGIN SSH2 PUBLIC KEY ----`, headers such as `Comment:`,
/// the key's base64 wrapped over lines) and a PuTTY `.ppk` file, of which only the public lines are
/// read (its private part is never looked at, kept or copied).
extension SSHPublicKey {
    /// What kind of file `text` is, when it is one of these two.
    package enum Container: Equatable, Sendable {
        case rfc4716
        case puttyPrivateKey
    }

    package static func container(of text: String) -> Container? {
        let first = text.split(whereSeparator: \.isNewline).first.map { String($0).trimmed(.whitespaces) } ?? ""
        if first == "---- BEGIN SSH2 PUBLIC KEY ----" { return .rfc4716 }
        if first.hasPrefix("PuTTY-User-Key-File-") { return .puttyPrivateKey }
        return nil
    }

    /// The key in an RFC 4716 or `.ppk` file, checked like any other (type, base64, blob).
    package init(container text: String) throws {
        let lines = text.split(whereSeparator: \.isNewline).map { String($0).trimmed(.whitespaces) }
        switch Self.container(of: text) {
        case .rfc4716?:
            guard let end = lines.firstIndex(of: "---- END SSH2 PUBLIC KEY ----") else {
                throw InputError("the SSH2 public key file has no '---- END SSH2 PUBLIC KEY ----' line")
            }
            var comment = ""
            var body = ""
            var i = 1
            while i < end {
                var line = lines[i]
                // A header is `Tag: value`; a value ending in a backslash goes on over the next line.
                if body.isEmpty, let colon = line.firstIndex(of: ":") {
                    while line.hasSuffix("\\"), i + 1 < end {
                        line.removeLast()
                        i += 1
                        line += lines[i]
                    }
                    let tag = line[..<colon].lowercased()
                    if tag == "comment" {
                        comment = String(line[line.index(after: colon)...]).trimmed(.whitespaces)
                        if comment.count >= 2, comment.hasPrefix("\""), comment.hasSuffix("\"") {
                            comment = String(comment.dropFirst().dropLast())
                        }
                    }
                } else {
                    body += line
                }
                i += 1
            }
            try self.init(blob: body, comment: comment, what: "the SSH2 public key file")
        case .puttyPrivateKey?:
            var comment = ""
            var body: String?
            for (i, line) in lines.enumerated() {
                if line.hasPrefix("Comment:") { comment = String(line.dropFirst(8)).trimmed(.whitespaces) }
                if line.hasPrefix("Public-Lines:") {
                    guard let n = Int(String(line.dropFirst(13)).trimmed(.whitespaces)), n > 0, i + n < lines.count
                    else {
                        throw InputError("the PuTTY key file's Public-Lines is not a count of the lines after it")
                    }
                    body = lines[(i + 1)...(i + n)].joined()
                    break
                }
            }
            guard let body else { throw InputError("the PuTTY key file has no Public-Lines") }
            try self.init(blob: body, comment: comment, what: "the PuTTY key file")
        case nil:
            try self.init(parsing: text)
        }
    }

    /// A key from its base64 blob alone: the type is the one the blob names.
    private init(blob base64: String, comment: String, what: String) throws {
        guard let blob = Data(base64Encoded: base64), let type = Self.blobType(blob) else {
            throw InputError("\(what) does not hold a public key in base64")
        }
        let clean = String(comment.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })
        try self.init(parsing: clean.isEmpty ? "\(type) \(base64)" : "\(type) \(base64) \(clean)")
    }
}
