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

/// Numbers as people write them in OKRs: `12%`, `4.5 days`, `0.6`.
enum OKRFormat {
    /// Whole numbers without decimals; otherwise up to two places, trailing zeros dropped.
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        var s = fixed2(v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// `printf("%.2f")`, as `String(format:)` wrote it (FoundationEssentials has no `String(format:)`).
    static func fixed2(_ v: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 400)
        _ = withVaList([v]) { vsnprintf(&buffer, buffer.count, "%.2f", $0) }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    static func value(_ v: Double, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return number(v) }
        return unit == "%" ? number(v) + "%" : "\(number(v)) \(Sanitize.text(unit))"
    }

    /// `43%` for a progress or score of 0.43.
    static func percent(_ p: Double) -> String { "\(Int((p * 100).rounded()))%" }
}
