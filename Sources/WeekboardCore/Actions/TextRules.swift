#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Limits on what users type: text is trimmed, must not be empty, and must fit on a line.
package enum TextRules {
    package static let maxLine = 300
    package static let maxNote = 1000

    /// The byte limit that goes with a limit of `characters`: four bytes a character, room for any
    /// script (and emoji) in ordinary use, but not for a character buried under thousands of marks.
    package static func bytes(_ characters: Int) -> Int { characters * 4 }

    package static func line(_ raw: String, what: String, max: Int = maxLine) throws -> String {
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

    package static func slot(_ n: Int) throws -> Int {
        guard (1...PersonWeek.slots).contains(n) else {
            throw InputError("goal \(n) does not exist: goals are 1, 2 or 3")
        }
        return n
    }
}
