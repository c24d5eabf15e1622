import Foundation

/// Limits on what users type: text is trimmed, must not be empty, and must fit on a line.
public enum TextRules {
    public static let maxLine = 300
    public static let maxNote = 1000

    public static func line(_ raw: String, what: String, max: Int = maxLine) throws -> String {
        let t = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { throw ValidationError("\(what) cannot be empty") }
        guard t.count <= max else { throw ValidationError("\(what) is \(t.count) characters; keep it to \(max)") }
        guard !t.unicodeScalars.contains(where: { $0.value == 0 }) else { throw ValidationError("\(what) contains a NUL character") }
        return t
    }

    /// Person names become folder names, so they are kept to a safe alphabet.
    public static func person(_ raw: String) throws -> String {
        let t = raw.trimmingCharacters(in: .whitespaces)
        let ok = !t.isEmpty && t.count <= 64 && !t.hasPrefix(".") && t.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) && $0.isASCII || "._-".unicodeScalars.contains($0)
        }
        guard ok else { throw ValidationError("person '\(Sanitize.text(raw))' must be 1–64 letters, digits, '.', '_' or '-' (not starting with '.')") }
        return t
    }

    public static func slot(_ n: Int) throws -> Int {
        guard (1...PersonWeek.slots).contains(n) else { throw ValidationError("goal \(n) does not exist: goals are 1, 2 or 3") }
        return n
    }
}
