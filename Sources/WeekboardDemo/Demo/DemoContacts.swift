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
import WeekboardCore

/// Three years and a bit of weekly contact volumes for four services, with winter and
/// January peaks, so this week's Repairs stands well above normal for the time of year.
enum DemoContacts {
    /// (service, typical weekly volume, seasonal swing, share by phone/email/web/in-person)
    static let services: [(String, Double, Double, [Double])] = [
        ("Repairs", 3400, 0.18, [0.62, 0.10, 0.24, 0.04]),
        ("Council Tax", 2600, 0.30, [0.55, 0.20, 0.22, 0.03]),
        ("Housing", 1500, 0.10, [0.50, 0.15, 0.20, 0.15]),
        ("Adult Social Care", 800, 0.08, [0.70, 0.15, 0.10, 0.05]),
    ]

    static func years(through week: ISOWeek) -> [ContactYear] {
        var rng = DemoRandom(seed: 48)
        var byYear: [Int: ContactYear] = [:]
        let first = ISOWeek(year: max(CalendarDay.years.lowerBound, week.year - 3), week: 1)!
        var w = first
        while w <= week {
            var year = byYear[w.year] ?? ContactYear(year: w.year)
            for (name, base, swing, shares) in services {
                var total = base * seasonal(w.week, swing: swing, service: name) * (1 + 0.04 * rng.jitter())
                // This week Repairs is busy: a cold snap (heating and damp reports).
                if name == "Repairs" && w == week { total = 5500 }
                if name == "Council Tax" && w == week { total *= 0.93 }
                let n = Int(total.rounded())
                var channels: [Channel: Int] = [:]
                let order: [Channel] = [.phone, .email, .web, .inPerson]
                var left = n
                for (i, c) in order.enumerated() {
                    let v = i == order.count - 1 ? left : Int((Double(n) * shares[i]).rounded())
                    channels[c] = v
                    left -= v
                }
                let phone = channels[.phone] ?? 0
                let abandoned = Int(Double(phone) * (0.06 + 0.03 * rng.jitter()))
                year.set(
                    service: name, week: w.week,
                    WeeklyCount(total: n, channels: channels, answered: phone - abandoned, abandoned: abandoned))
            }
            byYear[w.year] = year
            w = w.next
        }
        return byYear.values.sorted { $0.year < $1.year }
    }

    /// Demand rises through the winter and peaks after new year (council tax bills in March).
    static func seasonal(_ week: Int, swing: Double, service: String) -> Double {
        let angle = 2 * Double.pi * Double(week - 2) / 52
        var f = 1 + swing * cos(angle)
        if service == "Council Tax" && (10...12).contains(week) { f += 0.5 }
        return f
    }
}
