/// Small visual vocabulary shared by `status`, the dashboard and the weeknote.
package enum Marks {
    /// `1,234`
    package static func thousands(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A sparkline of values (nil = gap), scaled between their own min and max, or over `scale`
    /// when given, so that two lines (contacts and their baseline) can be compared bar for bar.
    package static func sparkline(_ values: [Int?], unicode: Bool, scale: ClosedRange<Int>? = nil) -> String {
        let bars: [Character] =
            unicode
            ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : ["_", ".", ",", "-", "=", "+", "*", "#"]
        let known = values.compactMap { $0 }
        guard let lo = scale?.lowerBound ?? known.min(), let hi = scale?.upperBound ?? known.max() else {
            return String(repeating: " ", count: values.count)
        }
        return String(
            values.map { v -> Character in
                guard let v else { return " " }
                if hi == lo { return bars[3] }
                // Lowest figure on the bottom bar, highest on the top one.
                let i = Int(((Double(v) - Double(lo)) / (Double(hi) - Double(lo)) * Double(bars.count - 1)).rounded())
                return bars[max(0, min(bars.count - 1, i))]
            })
    }

    /// The role for a delta: more contacts than normal is a warning sign.
    package static func deltaRole(_ d: Double?) -> Role {
        guard let d else { return .muted }
        if d >= 0.10 { return .deltaUp }
        if d <= -0.10 { return .deltaDown }
        return .text
    }

    package static func trendRole(_ t: Trend) -> Role {
        switch t {
        case .better: return .trendUp
        case .worse: return .trendDown
        case .same: return .muted
        }
    }

    package static func goalRole(_ s: GoalState) -> Role {
        switch s {
        case .done: return .goalDone
        case .nearly: return .statusAmber
        case .dropped: return .muted
        case .open: return .text
        }
    }
}
