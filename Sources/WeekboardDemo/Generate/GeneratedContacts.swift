#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Generated contact-centre volumes: 8 services with seasonality and a channel breakdown, one
/// file per ISO year.
enum GeneratedContacts {
    static func years(weeks: [ISOWeek], rng: inout DemoRandom) -> [ContactYear] {
        var byYear: [Int: ContactYear] = [:]
        for w in weeks.sorted() {
            var year = byYear[w.year] ?? ContactYear(year: w.year)
            for (name, base) in StoreGenerator.services {
                let n = Int(
                    (base * DemoContacts.seasonal(w.week, swing: 0.2, service: name) * (1 + 0.05 * rng.jitter()))
                        .rounded())
                let phone = n * 6 / 10, email = n / 8, web = n / 5
                let abandoned = phone * rng.int(3...9) / 100
                year.set(
                    service: name, week: w.week,
                    WeeklyCount(
                        total: n,
                        channels: [.phone: phone, .email: email, .web: web, .inPerson: n - phone - email - web],
                        answered: phone - abandoned, abandoned: abandoned))
            }
            byYear[w.year] = year
        }
        return byYear.values.sorted { $0.year < $1.year }
    }
}
