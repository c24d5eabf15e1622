#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension Store {
    /// Contact figures: one week's count recorded, or corrected: a service renamed (or merged) in every
    /// week, or one week's figure removed. Caller data (`callers/`) follows the counts, so repeat
    /// callers still add up.
    static func applyContacts(_ action: ContactsAction, _ ctx: ActionContext, _ tx: inout Transaction) throws
        -> String
    {
        let store = tx.store
        switch action {
        case .recordCalls(let rawService, let count, let channel):
            let service = try store.canonicalService(ctx.serviceAliases.resolve(rawService), reader: tx)
            var week = try tx.readContactWeek(ctx.week)
            if let entry = week.services[service], store.hasCallers(ctx.week) {
                let callers = try tx.readCallerWeek(ctx.week).services[service]
                week.services[service] = entry.knowingImports(callerTotal: callers?.total ?? 0)
            }
            let m = try week.record(service: service, count: count, channel: channel)
            try tx.write(StoreFiles.contacts(ctx.week), week)
            return m
        case .renameService(let name, let to):
            let weeks = store.contactWeeks()
            var all = Set<String>()
            for w in weeks { all.formUnion(try tx.readContactWeek(w).services.keys) }
            let from = try NameMatch.find(
                name, in: Array(all), what: "service", plural: "services", aliases: ctx.serviceAliases)
            let new = try TextRules.line(to, what: "service", max: 80)
            guard new != from else { throw InputError("\(Sanitize.text(from)) is already called that") }
            let into = all.first { $0 != from && $0.lowercased() == new.lowercased() } ?? new
            var changed = 0
            for w in weeks {
                var cw = try tx.readContactWeek(w)
                guard var moved = cw.services.removeValue(forKey: from) else { continue }
                let callersBefore = store.hasCallers(w) ? try tx.readCallerWeek(w) : nil
                if let callersBefore {
                    let total = { (name: String) in callersBefore.services[name]?.total ?? 0 }
                    moved = moved.knowingImports(callerTotal: total(from))
                    cw.services[into] = cw.services[into]?.knowingImports(callerTotal: total(into))
                }
                cw.services[into] = cw.services[into].map { $0.adding(moved) } ?? moved
                try tx.write(StoreFiles.contacts(w), cw)
                changed += 1
                if var callers = callersBefore {
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
                name, in: Array(cw.services.keys), what: "service in \(ctx.week.id)", plural: "services that week",
                aliases: ctx.serviceAliases)
            let gone = cw.services.removeValue(forKey: service)!
            try tx.write(StoreFiles.contacts(ctx.week), cw)
            if store.hasCallers(ctx.week) {
                var callers = try tx.readCallerWeek(ctx.week)
                if callers.services.removeValue(forKey: service) != nil { try tx.write(callers) }
            }
            let count = Marks.thousands(gone.total)
            return "Removed \(English.possessive(service)) figure for \(ctx.week.id) (\(count) contacts)."
        }
    }
}

extension WeeklyCount {
    /// Two figures for one week added together (a service merged into another). Recorded and
    /// imported parts stay apart; a whole-service total on either side makes the sum one too, and a
    /// channel recorded on either side is recorded with both sides' figures, so the total is their sum.
    func adding(_ other: WeeklyCount) -> WeeklyCount {
        let a = sources, b = other.sources
        var merged = CountSources(imported: a.imported.merging(b.imported, uniquingKeysWith: +))
        if a.whole != nil || b.whole != nil {
            merged.whole = total + other.total
        } else {
            for ch in Set(a.recorded.keys).union(b.recorded.keys) {
                merged.recorded[ch] = (a.channels?[ch] ?? 0) + (b.channels?[ch] ?? 0)
            }
        }
        let sum = { (x: Int?, y: Int?) -> Int? in x.flatMap { x in y.map { x + $0 } } }
        var result = with(merged)
        result.answered = sum(answered, other.answered)
        result.abandoned = sum(abandoned, other.abandoned)
        result.identified = sum(identified, other.identified)
        result.callingAgain = sum(callingAgain, other.callingAgain)
        // Two medians do not make the median of both: kept only where one side has one.
        result.handledMedian =
            handledMedian == nil ? other.handledMedian : other.handledMedian == nil ? handledMedian : nil
        return result
    }
}

extension CallerService {
    /// Two services' callers in one week as one.
    func adding(_ other: CallerService) -> CallerService {
        CallerService(
            callers: callers.merging(other.callers, uniquingKeysWith: +), withheld: withheld + other.withheld,
            contacts: Array(Set(contacts).union(other.contacts)).sorted(),
            measures: Self.union(measures, other.measures), visits: Self.union(visits, other.visits))
    }

    private static func union(_ a: [String]?, _ b: [String]?) -> [String]? {
        a == nil && b == nil ? nil : Array(Set(a ?? []).union(b ?? [])).sorted()
    }
}
