/// A person as typed (`--person "Zoë"`, `Sam Patel`, `李`) and the key that names their folder.
///
/// The key is the name in Unicode NFC, lower-cased, with each run of spaces as one `-`, so `Zoe` and
/// `zoe`, or `Zoë` typed precomposed and decomposed, are one person. It is a folder name, so only
/// letters and digits of any script (with their combining marks), `.`, `_`, `-` and `'` are allowed,
/// never a leading `.`: no `/`, `..`, control or bidi character can reach a path or a terminal.
/// Stdlib only (no CharacterSet or Foundation normalisation): every command works out the person.
package struct PersonName: Equatable, Sendable {
    package static let maxCharacters = 64
    package static let allowed = "letters or digits of any script, spaces, . _ - and ' (not starting with .)"

    /// The name as typed: trimmed, NFC, runs of spaces as one. For a weeknote's title.
    package let display: String
    /// The folder name and identity: the journal's `source.person`, the access list's person.
    package let key: String

    package init(_ raw: String) throws {
        let nfc = Self.nfc(raw)
        let words = nfc.split(whereSeparator: Self.isSpace)
        display = words.joined(separator: " ")
        let full = Self.nfc(words.joined(separator: "-").lowercased())
        try Self.check(full, typed: raw)
        key = Self.bounded(full)
    }

    /// The longest folder name a file system takes (NAME_MAX).
    static let maxKeyBytes = 255

    /// `key` as a folder name that fits `maxKeyBytes`: as it is when it fits (every name of up to 63
    /// letters does); else as many whole characters as fit before `-` and 16 hex digits of a 64-bit
    /// FNV-1a hash of the whole key, so two long names that share a beginning stay two people.
    static func bounded(_ key: String) -> String {
        guard key.utf8.count > maxKeyBytes else { return key }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key.utf8 {
            hash ^= UInt64(b)
            hash = hash &* 0x100_0000_01b3
        }
        let suffix = "-" + String(hash, radix: 16).leftPadded(16)
        var head = ""
        for c in key {
            guard head.utf8.count + c.utf8.count + suffix.utf8.count <= maxKeyBytes else { break }
            head.append(c)
        }
        return head + suffix
    }

    /// True when two names (keys, folder names or names as typed) are the same person.
    package static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let x = try? PersonName(a), let y = try? PersonName(b) else { return false }
        return x.key == y.key
    }

    /// Checks a folder name as it is (an older store's `Alex` keeps its case): it must be safe.
    @discardableResult
    package static func checkFolder(_ raw: String) throws -> String {
        try check(raw, typed: raw, folder: true)
        return raw
    }

    /// `folder`: a folder name, which may be a long name `bounded` (its head, `-` and 16 hex digits).
    private static func check(_ key: String, typed raw: String, folder: Bool = false) throws {
        let ok =
            !key.isEmpty && key.count <= maxCharacters + (folder ? 17 : 0)
            && key.utf8.count <= (folder ? maxKeyBytes : maxCharacters * 4)
            && !key.hasPrefix(".") && key.unicodeScalars.allSatisfy(isAllowed)
        guard ok else {
            let why = key.isEmpty ? "is empty" : key.count > maxCharacters ? "is too long" : "cannot name a folder"
            throw InputError("person '\(Sanitize.text(raw))' \(why): a person is 1–\(maxCharacters) \(allowed)")
        }
    }

    private static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let b = s.value
            return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2E
                || b == 0x5F || b == 0x2D || b == 0x27
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            // A typographic apostrophe (O’Brien) and the joiners some scripts spell names with.
            return s == "\u{2019}" || s == "\u{200C}" || s == "\u{200D}"
        }
    }

    private static func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{A0}" || c == "\u{3000}" }

    /// Unicode NFC with the standard library's normaliser (ASCII is returned as it is).
    static func nfc(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        return String(decoding: Array(s._nfcCodeUnits), as: UTF8.self)
    }
}
