/// A person as typed (`--person "Zoë"`, `Sam Patel`, `李`) and the key that names their folder.
///
/// The key is the name in Unicode NFC, lower-cased, with each run of spaces as one `-`, so `Zoe` and
/// `zoe`, or `Zoë` typed precomposed and decomposed, are one person. It is a folder name, so only
/// letters and digits of any script (with their combining marks), `.`, `_`, `-` and `'` are allowed,
/// never a leading `.`: no `/`, `..`, control or bidi character can reach a path or a terminal.
/// Stdlib only (no CharacterSet or Foundation normalisation): every command works out the person.
public struct PersonName: Equatable, Sendable {
    public static let maxCharacters = 64
    public static let allowed = "letters or digits of any script, spaces, . _ - and ' (not starting with .)"

    /// The name as typed: trimmed, NFC, runs of spaces as one. For a weeknote's title.
    public let display: String
    /// The folder name and identity: the journal's `source.person`, the access list's person.
    public let key: String

    public init(_ raw: String) throws {
        let nfc = Self.nfc(raw)
        let words = nfc.split(whereSeparator: Self.isSpace)
        display = words.joined(separator: " ")
        key = Self.nfc(words.joined(separator: "-").lowercased())
        try Self.check(key, typed: raw)
    }

    /// True when two names (keys, folder names or names as typed) are the same person.
    public static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let x = try? PersonName(a), let y = try? PersonName(b) else { return false }
        return x.key == y.key
    }

    /// Checks a folder name as it is (an older store's `Alex` keeps its case): it must be safe.
    @discardableResult
    public static func checkFolder(_ raw: String) throws -> String {
        try check(raw, typed: raw)
        return raw
    }

    private static func check(_ key: String, typed raw: String) throws {
        let ok =
            !key.isEmpty && key.count <= maxCharacters && key.utf8.count <= maxCharacters * 4
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
