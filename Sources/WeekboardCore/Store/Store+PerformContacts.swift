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
            try tx.moveFollowUps(from: from, into: into)
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
            let dropped = try tx.dropFollowUpsOfRemovedCallers(service: service)
            let count = "\(Marks.thousands(gone.total)) contact\(gone.total == 1 ? "" : "s")"
            let followUps = dropped == 0 ? "" : " and \(dropped) follow-up\(dropped == 1 ? "" : "s") of its callers"
            return "Removed \(English.possessive(service)) figure for \(ctx.week.id) (\(count))\(followUps)."
        }
    }
}
