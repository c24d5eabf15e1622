import Foundation

extension Store {
    /// Corrections to contact figures: a service renamed (or merged) in every week, or one week's
    /// figure removed. Caller data (`callers/`) follows the counts, so repeat callers still add up.
    static func applyCallsEdit(_ action: Action, _ ctx: ActionContext, _ tx: inout Transaction) throws -> String {
        let store = tx.store
        switch action {
        case .renameService(let name, let to):
            let weeks = store.contactWeeks()
            var all = Set<String>()
            for w in weeks { all.formUnion(try tx.readContactWeek(w).services.keys) }
            let from = try NameMatch.find(name, in: Array(all), what: "service", plural: "services")
            let new = try TextRules.line(to, what: "service", max: 80)
            guard new != from else { throw InputError("\(Sanitize.text(from)) is already called that") }
            let into = all.first { $0 != from && $0.lowercased() == new.lowercased() } ?? new
            var changed = 0
            for w in weeks {
                var cw = try tx.readContactWeek(w)
                guard let moved = cw.services.removeValue(forKey: from) else { continue }
                cw.services[into] = cw.services[into].map { $0.adding(moved) } ?? moved
                try tx.write(StoreFiles.contacts(w), cw)
                changed += 1
                if store.hasCallers(w) {
                    var callers = try tx.readCallerWeek(w)
                    if let c = callers.services.removeValue(forKey: from) {
                        callers.services[into] = callers.services[into].map { $0.adding(c) } ?? c
                        try tx.write(callers)
                    }
                }
            }
            let weeksText = "\(changed) week\(changed == 1 ? "" : "s")"
            if all.contains(into) { return "Merged \(from) into \(into) (\(weeksText); counts added together)." }
            return "Renamed the service \(from) to \(into) (\(weeksText))."
        case .removeServiceWeek(let name):
            var cw = try tx.readContactWeek(ctx.week)
            let service = try NameMatch.find(
                name, in: Array(cw.services.keys), what: "service in \(ctx.week.id)", plural: "services that week")
            let gone = cw.services.removeValue(forKey: service)!
            try tx.write(StoreFiles.contacts(ctx.week), cw)
            if store.hasCallers(ctx.week) {
                var callers = try tx.readCallerWeek(ctx.week)
                if callers.services.removeValue(forKey: service) != nil { try tx.write(callers) }
            }
            return "Removed \(service)'s figure for \(ctx.week.id) (\(gone.total) contacts)."
        default: throw InputError("not a contact-centre change")
        }
    }
}

extension WeeklyCount {
    /// Two figures for one week added together (a service merged into another). Channels are kept
    /// only when both have them, so the total is always their sum.
    func adding(_ other: WeeklyCount) -> WeeklyCount {
        var channels: [Channel: Int]?
        if let a = self.channels, let b = other.channels, !a.isEmpty, !b.isEmpty {
            channels = a.merging(b, uniquingKeysWith: +)
        }
        let sum = { (x: Int?, y: Int?) -> Int? in x.flatMap { x in y.map { x + $0 } } }
        return WeeklyCount(
            total: total + other.total, channels: channels, answered: sum(answered, other.answered),
            abandoned: sum(abandoned, other.abandoned))
    }
}

extension CallerService {
    /// Two services' callers in one week as one.
    func adding(_ other: CallerService) -> CallerService {
        CallerService(
            callers: callers.merging(other.callers, uniquingKeysWith: +), withheld: withheld + other.withheld,
            contacts: Array(Set(contacts).union(other.contacts)).sorted())
    }
}
