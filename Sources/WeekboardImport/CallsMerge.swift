import Foundation
import WeekboardCore

/// Rows of a totals file that set one figure.
private struct Group: Hashable {
    let week: ISOWeek
    let service: String
    let channel: Channel?
}

/// What an import would change: the new versions of the files it touches, and what it counted.
struct MergePlan {
    var years: [Int: ContactYear] = [:]
    var weeks: [ISOWeek: CallerWeek] = [:]
    var contactsImported = 0
    var duplicatesSkipped = 0
    var figuresSet = 0
    var figuresUnchanged = 0
    var rejects: [RejectedRow] = []
    var touched: Set<ISOWeek> = []
}

/// Merges parsed records into the store's current files (read through `reader`), in memory.
///
/// - Weekly totals *set* the figure for their week, service and channel (rows of one file that
///   fall in the same week, e.g. daily rows, are summed first), so importing a file again
///   changes nothing.
/// - Per-contact rows *add* only contacts whose key (time, service, caller) is not yet recorded
///   for the week, so the same or an overlapping file never counts a contact twice.
struct Merger<R: StoreReader> {
    let reader: R
    let key: CallerKey
    private(set) var plan = MergePlan()
    private var years: [Int: ContactYear] = [:]
    private var names: [String: String] = [:]

    init(reader: R, key: CallerKey) {
        self.reader = reader
        self.key = key
    }

    static func plan(_ parsed: ParsedCalls, reader: R, key: CallerKey) throws -> MergePlan {
        var m = Merger(reader: reader, key: key)
        let weeks = parsed.contacts.map(\.week) + parsed.totals.map(\.week)
        try m.learnServiceNames(years: Set(weeks.map(\.year)))
        try m.mergeContacts(parsed.contacts)
        try m.mergeTotals(parsed.totals)
        return m.plan
    }

    private mutating func year(_ y: Int) throws -> ContactYear {
        if let cached = years[y] { return cached }
        let value = try reader.readContactYear(y)
        years[y] = value
        return value
    }

    private mutating func update(_ y: ContactYear) {
        years[y.year] = y
        plan.years[y.year] = y
    }

    /// Services are matched case-insensitively to names the store already uses (newest year's
    /// spelling wins), then to the first spelling in the file.
    private mutating func learnServiceNames(years wanted: Set<Int>) throws {
        guard let first = wanted.min() else { return }
        for y in ([first - 1] + wanted.sorted()) {
            for name in try year(y).services.keys.sorted() { names[name.lowercased()] = name }
        }
    }

    private mutating func canonical(_ service: String) -> String {
        if let known = names[service.lowercased()] { return known }
        names[service.lowercased()] = service
        return service
    }

    /// One service's running figures while a week's rows are merged. Per-row work touches only
    /// these (no copy of the week's lists), so an import is linear in its rows.
    private struct Tally {
        var entry: WeeklyCount
        var channels: [Channel: Int]
        var callers: CallerService
        var added: [String] = []
        /// False when the week's figure has contacts the caller file cannot account for.
        let consistent: Bool
    }

    private mutating func mergeContacts(_ contacts: [ContactRecord]) throws {
        for (week, rows) in Dictionary(grouping: contacts, by: \.week).sorted(by: { $0.key < $1.key }) {
            var callers = try reader.readCallerWeek(week)
            if !callers.isEmpty, callers.keyID != key.id {
                let why =
                    """
                    contacts for \(week.id) were imported under an earlier caller key (it has been rotated \
                    since), so these cannot be checked for duplicates
                    """
                plan.rejects += rows.map { RejectedRow(line: $0.line, reason: why) }
                continue
            }
            var seen = Set<String>(minimumCapacity: callers.contactCount + rows.count)
            for s in callers.services.values { seen.formUnion(s.contacts) }
            var year = try year(week.year)
            var tallies: [String: Tally] = [:]
            var added = 0
            let hadContacts = !seen.isEmpty
            // Identical rows (time, service, channel, caller) in the file, counted in line order.
            var occurrences: [String: Int] = [:]
            for r in rows.sorted(by: { $0.line < $1.line }) {
                let service = canonical(r.service)
                let same =
                    "\(r.time.canonical)\u{0}\(service.lowercased())\u{0}\(r.channel.rawValue)\u{0}\(r.caller.canonical)"
                let occurrence = occurrences[same, default: 0]
                occurrences[same] = occurrence + 1
                let contactKey = key.contactKey(
                    timestamp: r.time.canonical, service: service, channel: r.channel, caller: r.caller,
                    occurrence: occurrence, id: r.id)
                // A week imported before contact identity may hold the older (time, service, caller) keys.
                let older =
                    hadContacts && occurrence == 0 && r.id == nil
                    && seen.contains(key.contactKey(timestamp: r.time.canonical, service: service, caller: r.caller))
                if seen.contains(contactKey) || older {
                    plan.duplicatesSkipped += 1
                    continue
                }
                if tallies[service] == nil {
                    let entry = year.count(service: service, week: week.week) ?? WeeklyCount(total: 0)
                    let mine = callers.services[service] ?? CallerService()
                    tallies[service] = Tally(
                        entry: entry, channels: entry.channels ?? [:], callers: mine,
                        consistent: entry.total == mine.total)
                }
                // Adding to figures that came from elsewhere (a totals file, `calls record`) would count those contacts
                // twice.
                guard tallies[service]!.consistent else {
                    let total = tallies[service]!.entry.total
                    plan.rejects.append(
                        RejectedRow(
                            line: r.line,
                            reason:
                                """
                                \(service) has \(total) contacts for \(week.id) that per-contact imports \
                                cannot account for (a totals file, 'calls record', or a forgotten caller key); \
                                these rows would be counted on top of them
                                """
                        ))
                    continue
                }
                seen.insert(contactKey)
                tallies[service]!.channels[r.channel, default: 0] += 1
                tallies[service]!.added.append(contactKey)
                if case .withheld = r.caller {
                    tallies[service]!.callers.withheld += 1
                } else {
                    tallies[service]!.callers.callers[key.token(r.caller), default: 0] += 1
                }
                added += 1
            }
            guard added > 0 else { continue }
            for (service, t) in tallies where !t.added.isEmpty {
                var entry = t.entry
                entry.channels = t.channels
                entry.total = t.channels.values.reduce(0, +)
                year.set(service: service, week: week.week, entry)
                var mine = t.callers
                mine.contacts = (mine.contacts + t.added).sorted()
                callers.services[service] = mine
            }
            plan.contactsImported += added
            plan.touched.insert(week)
            callers.keyID = key.id
            plan.weeks[week] = callers
            update(year)
        }
    }

    private mutating func mergeTotals(_ totals: [TotalRecord]) throws {
        var order: [Group] = []
        var sums: [Group: (line: Int, count: Int)] = [:]
        for t in totals {
            let g = Group(week: t.week, service: canonical(t.service), channel: t.channel)
            if let s = sums[g] {
                sums[g] = (s.line, s.count + t.count)
            } else {
                sums[g] = (t.line, t.count); order.append(g)
            }
        }
        for g in order {
            let (line, count) = sums[g]!
            var year = try year(g.week.year)
            let before = year.count(service: g.service, week: g.week.week)
            if g.channel == nil, let ch = before?.channels, !ch.isEmpty {
                plan.rejects.append(
                    RejectedRow(
                        line: line,
                        reason: "\(g.service) has per-channel figures for \(g.week.id); give this row a channel"))
                continue
            }
            if g.channel != nil, let b = before, b.total > 0, (b.channels ?? [:]).isEmpty {
                plan.rejects.append(
                    RejectedRow(
                        line: line,
                        reason:
                            """
                            \(g.service) already has a total of \(b.total) for \(g.week.id) without channels; \
                            import totals without a channel for it
                            """
                    ))
                continue
            }
            do {
                _ = try year.record(service: g.service, count: count, channel: g.channel, week: g.week.week)
            } catch {
                plan.rejects.append(RejectedRow(line: line, reason: "\(error)"))
                continue
            }
            plan.touched.insert(g.week)
            if year.count(service: g.service, week: g.week.week) == before { plan.figuresUnchanged += 1; continue }
            plan.figuresSet += 1
            update(year)
        }
    }
}
