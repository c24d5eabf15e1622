#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Whether a value that should be a service name looks like a caller instead: an e-mail address,
/// or a phone number (seven or more digits, with only spaces, dashes, dots, brackets and a leading +).
enum CallerLike {
    static func matches(_ raw: String) -> Bool {
        let t = raw.trimmed(.whitespaces)
        if let at = t.firstIndex(of: "@"), at > t.startIndex, t[t.index(after: at)...].contains("."), !t.contains(" ") {
            return true
        }
        var digits = 0
        for (i, c) in t.enumerated() {
            if c.isASCII, c.isNumber { digits += 1; continue }
            if c == "+" && i == 0 { continue }
            guard " -.()".contains(c) else { return false }
        }
        return digits >= 7
    }
}
