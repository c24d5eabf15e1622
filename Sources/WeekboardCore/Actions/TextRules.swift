import Foundation

/// Limits on what users type: text is trimmed, must not be empty, and must fit on a line.
public enum TextRules {
    public static let maxLine = 300
    public static let maxNote = 1000

    /// The byte limit that goes with a limit of `characters`: four bytes a character, room for any
    /// script (and emoji) in ordinary use, but not for a character buried under thousands of marks.
    public static func bytes(_ characters: Int) -> Int { characters * 4 }

    public static func line(_ raw: String, what: String, max: Int = maxLine) throws -> String {
        let t = raw.trimmed()
        guard !t.isEmpty else { throw InputError("\(what) cannot be empty") }
        guard t.count <= max else { throw InputError("\(what) is \(t.count) characters; keep it to \(max)") }
        // Bytes too: one character can carry any number of combining marks.
        guard t.utf8.count <= bytes(max) else {
            throw InputError(
                "\(what) is \(t.utf8.count) bytes; keep it to \(bytes(max)) (\(max) characters of ordinary text)")
        }
        guard !t.unicodeScalars.contains(where: { $0.value == 0 }) else {
            throw InputError("\(what) contains a NUL character")
        }
        return t
    }

    /// Person names become folder names, so they are kept to a safe alphabet.
    public static func person(_ raw: String) throws -> String {
        // Spaces and tabs only: a name is ASCII, and CharacterSet's tables cost every command a start-up.
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        let t = String(raw.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
        // Plain ASCII tests: every command checks the person, and CharacterSet's Unicode tables cost a start-up.
        let ok =
            !t.isEmpty && t.count <= 64 && !t.hasPrefix(".")
            && t.utf8.allSatisfy { b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2E
                    || b == 0x5F || b == 0x2D
            }
        guard ok else {
            throw InputError(
                "person '\(Sanitize.text(raw))' must be 1–64 letters, digits, '.', '_' or '-' (not starting with '.')")
        }
        return t
    }

    public static func slot(_ n: Int) throws -> Int {
        guard (1...PersonWeek.slots).contains(n) else {
            throw InputError("goal \(n) does not exist: goals are 1, 2 or 3")
        }
        return n
    }
}
