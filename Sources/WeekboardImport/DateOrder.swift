#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// How to read a slash date such as `11/05/2026`: day first (UK, the default) or month first (US).
package enum DateOrder: String, Sendable, CaseIterable {
    case dmy, mdy

    /// A leading `a/b/yyyy` (what follows, e.g. a time, is kept), as its two first numbers.
    static func slashParts(_ raw: String) -> (first: Int, second: Int, rest: Substring)? {
        let t = raw.drop { $0 == " " }
        let parts = t.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            let a = Int(parts[0]), let b = Int(parts[1]), parts[2].prefix(4).allSatisfy(\.isNumber)
        else { return nil }
        return (a, b, parts[2])
    }

    /// `raw` in day-first order, for parsers that read UK dates.
    func dayFirst(_ raw: String) -> String {
        guard self == .mdy, let p = DateOrder.slashParts(raw) else { return raw }
        return "\(p.second)/\(p.first)/\(p.rest)"
    }
}
