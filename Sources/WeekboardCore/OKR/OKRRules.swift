#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The limits on OKR numbers and references.
enum OKRRules {
    /// Beyond this a value is a typo, and Double would start losing whole numbers in print.
    static let maxMagnitude = 1e12

    static func number(_ v: Double, what: String) throws -> Double {
        guard v.isFinite else { throw InputError("\(what) must be a number, not \(v)") }
        guard abs(v) <= maxMagnitude else { throw InputError("\(what) \(v) is too large") }
        return v
    }

    static func confidence(_ v: Double) throws -> Double {
        guard v.isFinite, (0...1).contains(v) else { throw InputError("confidence must be between 0 and 1, not \(v)") }
        return v
    }

    /// A number in range wins; otherwise an exact, case-insensitive title.
    static func resolve(_ raw: String, titles: [String]) -> Int? {
        let ref = raw.trimmed(.whitespaces)
        if let n = Int(ref), titles.indices.contains(n - 1) { return n - 1 }
        return titles.firstIndex { $0.lowercased() == ref.lowercased() }
    }
}
