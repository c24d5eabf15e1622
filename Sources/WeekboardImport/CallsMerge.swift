#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
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
    /// Weeks whose figure changed only in its calling again (the week after one the import added to):
    /// their contact file is written, their caller file is not.
    var remeasured: Set<ISOWeek> = []
    /// How imported contacts combined with recorded totals, one line per service and week.
    var notes: [String] = []
}

/// Merges parsed records into the store's current files (read through `reader`), in memory.
///
/// - Weekly totals *set* the figure for their week, service and channel (rows of one file that
///   fall in the same week, e.g. daily rows, are summed first), so importing a file again
///   changes nothing.
/// - Per-contact rows *add* only contacts whose key (time, service, caller) is not yet recorded
///   for the week, so the same or an overlapping file never counts a contact twice.
/// - The two live side by side (`CountSources`): a recorded total covers its channel, or the whole
///   service, and imported contacts add to the figure only where none does.
struct Merger<R: StoreReader> {
    let reader: R
    let key: CallerKey
    let aliases: ServiceAliases
    private(set) var plan = MergePlan()
    private var years: [Int: ContactYear] = [:]
    private var names: [String: String] = [:]
    private var spellings: [String: String] = [:]
    /// Services' weeks whose contacts another machine's import of the same export counted already (by
    /// sync): their figure, measures included, stays as it came (`week id` NUL `service`).
    private var countedAlready: Set<String> = []

    init(reader: R, key: CallerKey, aliases: ServiceAliases) {
        self.reader = reader
        self.key = key
        self.aliases = aliases
    }

    static func plan(_ parsed: ParsedCalls, reader: R, key: CallerKey, aliases: ServiceAliases) throws -> MergePlan {
        var m = Merger(reader: reader, key: key, aliases: aliases)
        let weeks = parsed.contacts.map(\.week) + parsed.totals.map(\.week)
        try m.learnServiceNames(years: Set(weeks.map(\.year)))
        try m.mergeContacts(parsed.contacts)
        try m.countCallingAgain()
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

    /// A service's alias (config) means that service. Services are matched case-insensitively to
    /// names the store already uses (newest year's spelling wins), then to the first spelling in the file.
    private mutating func learnServiceNames(years wanted: Set<Int>) throws {
        guard let first = wanted.min() else { return }
        for y in ([first - 1] + wanted.sorted()) {
            for name in try year(y).services.keys.sorted() { names[name.lowercased()] = name }
        }
    }

    private mutating func canonical(_ raw: String) -> String {
        // Once per spelling, not per row: an export names a handful of services a million times.
        if let known = spellings[raw] { return known }
        let name = resolve(raw)
        spellings[raw] = name
        return name
    }

    private mutating func resolve(_ raw: String) -> String {
        let service = aliases.resolve(raw)
        if let known = names[service.lowercased()] { return known }
        names[service.lowercased()] = service
        return service
    }

    /// One service's running figures while a week's rows are merged. Per-row work touches only
    /// these (no copy of the week's lists), so an import is linear in its rows.
    private struct Tally {
        /// The week's figure before this import (answered and abandoned kept) and what it is made of.
        var entry: WeeklyCount
        var sources: CountSources
        var imported: [Channel: Int] = [:]
        var callers: CallerService
        var added: [String] = []
        /// The added contacts' identities without their callers, for the import's digest (`ImportDigest`).
        var identities: [String] = []
        /// `<contact key>:<seconds>` or `<contact key>:abandoned` of the contacts added (`CallerService.measures`).
        var measures: [String] = []
        /// `<contact key> <time> <token>` of the contacts added with a known caller (`CallerService.visits`).
        var visits: [String] = []
    }

    private mutating func mergeContacts(_ contacts: [ContactRecord]) throws {
        // Each week's contacts by position, in line order: a million records are not copied twice over.
        var byWeek: [ISOWeek: [Int]] = [:]
        for (i, c) in contacts.enumerated() { byWeek[c.week, default: []].append(i) }
        for (week, positions) in byWeek.sorted(by: { $0.key < $1.key }) {
            let rows = positions.sorted { contacts[$0].line < contacts[$1].line }.lazy.map { contacts[$0] }
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
            for r in rows {
                let service = canonical(r.service)
                let contactKey: String
                var older = false
                if let source = r.source {
                    contactKey = key.contactKey(source: source)
                } else {
                    let same =
                        "\(r.time.canonical)\u{0}\(service.lowercased())\u{0}"
                        + "\(r.channel.rawValue)\u{0}\(r.caller.canonical)"
                    let occurrence = occurrences[same, default: 0]
                    occurrences[same] = occurrence + 1
                    contactKey = key.contactKey(
                        timestamp: r.time.canonical, service: service, channel: r.channel, caller: r.caller,
                        occurrence: occurrence, id: r.id)
                    // A week imported before contact identity may hold the older (time, service, caller) keys.
                    older =
                        hadContacts && occurrence == 0 && r.id == nil
                        && seen.contains(
                            key.contactKey(timestamp: r.time.canonical, service: service, caller: r.caller))
                }
                if seen.contains(contactKey) || older {
                    plan.duplicatesSkipped += 1
                    continue
                }
                if tallies[service] == nil {
                    let mine = callers.services[service] ?? CallerService()
                    // A service new this week starts with no parts (not a recorded total of 0).
                    let entry = year.count(service: service, week: week.week)?.knowingImports(callerTotal: mine.total)
                        .keepingImportsWithout(callerTotal: mine.total)
                    tallies[service] = Tally(
                        entry: entry ?? WeeklyCount(total: 0), sources: entry?.sources ?? CountSources(), callers: mine)
                }
                seen.insert(contactKey)
                tallies[service]!.imported[r.channel, default: 0] += 1
                tallies[service]!.added.append(contactKey)
                tallies[service]!.identities.append(ImportDigest.identity(r))
                if r.abandoned == true {
                    tallies[service]!.measures.append(contactKey + ":abandoned")
                } else if let seconds = r.seconds {
                    tallies[service]!.measures.append(contactKey + ":\(seconds)")
                }
                if case .withheld = r.caller {
                    tallies[service]!.callers.withheld += 1
                } else {
                    let token = key.token(r.caller)
                    tallies[service]!.callers.callers[token, default: 0] += 1
                    // The system's own identity of the contact, for whoever follows the caller up (no spaces:
                    // the visit's fields are space-separated).
                    let source = (r.source ?? r.id).map { " " + String($0.map { $0.isWhitespace ? "_" : $0 }) } ?? ""
                    tallies[service]!.visits.append(contactKey + " " + r.time.canonical + " " + token + source)
                }
                added += 1
            }
            guard added > 0 else { continue }
            for (service, t) in tallies.sorted(by: { $0.key < $1.key }) where !t.added.isEmpty {
                var sources = t.sources
                // The same export imported on another machine (its figure came here by sync) has the same
                // digest: its contacts are counted already, and are kept here for repeat callers only.
                let digest = ImportDigest.of(week: week, service: service, t.identities)
                let counted = t.entry.imports?[digest] != nil
                if !counted { sources.imported.merge(t.imported, uniquingKeysWith: +) }
                let covered = sources.whole == nil ? t.imported.filter { sources.recorded[$0.key] != nil } : t.imported
                if counted {
                    let n = t.added.count
                    plan.notes.append(
                        "\(service) \(week.id): \(n) contact\(n == 1 ? "" : "s") kept for repeat callers, not added: "
                            + "the same export was imported on another machine and is counted already")
                } else if let note = Self.coveredNote(service, week, covered: covered, sources) {
                    plan.notes.append(note)
                }
                var mine = t.callers
                mine.contacts = (mine.contacts + t.added).sorted()
                if !t.measures.isEmpty { mine.measures = ((mine.measures ?? []) + t.measures).sorted() }
                if !t.visits.isEmpty { mine.visits = ((mine.visits ?? []) + t.visits).sorted() }
                var figure = t.entry.with(sources)
                if !counted { figure.imports = (figure.imports ?? [:]).merging([digest: t.imported]) { a, _ in a } }
                if counted { countedAlready.insert("\(week.id)\u{0}\(service)") }
                year.set(
                    service: service, week: week.week, counted ? figure : figure.measured(by: mine, before: t.callers))
                callers.services[service] = mine
            }
            plan.contactsImported += added
            plan.touched.insert(week)
            callers.keyID = key.id
            plan.weeks[week] = callers
            update(year)
        }
    }

    /// Calling again within 7 days, for every week the import added to and the week after each (a
    /// contact on Sunday makes Monday's caller one calling again): from the weeks' visits and those of
    /// the week before, with what this import adds.
    private mutating func countCallingAgain() throws {
        let weeks = Set(plan.touched.flatMap { [$0, $0.next] }).sorted(by: <)
        for week in weeks {
            let stored = try reader.readCallerWeek(week), storedBefore = try reader.readCallerWeek(week.previous)
            let now = plan.weeks[week] ?? stored
            let before = plan.weeks[week.previous] ?? storedBefore
            var year = try year(week.year)
            var changed = false
            for (service, s) in now.services {
                guard let visits = s.visits, !visits.isEmpty,
                    var figure = year.count(service: service, week: week.week)
                else { continue }
                var identified = visits.count
                var again = CallingAgain.count(visits, after: before.services[service]?.visits ?? [])
                // Other machines' imports in the figure (come by sync), whose callers stay there: this
                // machine's contacts add their change to its counts.
                if (figure.imported ?? [:]).values.reduce(0, +) > s.total {
                    if countedAlready.contains("\(week.id)\u{0}\(service)") { continue }
                    let old = stored.services[service]?.visits ?? []
                    let oldAgain = CallingAgain.count(old, after: storedBefore.services[service]?.visits ?? [])
                    identified = max(0, (figure.identified ?? 0) + visits.count - old.count)
                    again = min(identified, max(0, (figure.callingAgain ?? 0) + again - oldAgain))
                }
                guard figure.identified != identified || figure.callingAgain != again else { continue }
                figure.identified = identified
                figure.callingAgain = again
                year.set(service: service, week: week.week, figure)
                changed = true
                if !plan.touched.contains(week) { plan.remeasured.insert(week) }
            }
            if changed { update(year) }
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
            var before = year.count(service: g.service, week: g.week.week)
            if let b = before, b.imported == nil, b.channels?.isEmpty == false {
                // Stored before the parts were kept apart: the caller file says whether it was imported.
                let callers = try reader.readCallerWeek(g.week).services[g.service]
                before = b.knowingImports(callerTotal: callers?.total ?? 0)
                if before != b { year.set(service: g.service, week: g.week.week, before!) }
            }
            // Recorded totals per channel and one for the whole service do not mix (imported contacts may).
            let parts = before?.sources
            if g.channel == nil, let parts, !parts.recorded.isEmpty {
                plan.rejects.append(
                    RejectedRow(
                        line: line,
                        reason: "\(g.service) has per-channel figures for \(g.week.id); give this row a channel"))
                continue
            }
            if g.channel != nil, let whole = parts?.whole, whole > 0 {
                plan.rejects.append(
                    RejectedRow(
                        line: line,
                        reason:
                            """
                            \(g.service) already has a total of \(whole) for \(g.week.id) without channels; \
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
            if let after = year.count(service: g.service, week: g.week.week)?.sources {
                let covered = g.channel.map { ch in after.imported.filter { $0.key == ch } } ?? after.imported
                if let note = Self.coveredNote(g.service, g.week, covered: covered, after) { plan.notes.append(note) }
            }
        }
    }

    /// What an import says when recorded totals cover some of the contacts it brought.
    static func coveredNote(_ service: String, _ week: ISOWeek, covered: [Channel: Int], _ sources: CountSources)
        -> String?
    {
        let n = covered.values.reduce(0, +)
        guard n > 0 else { return nil }
        let contacts = "\(n) contact\(n == 1 ? "" : "s")"
        if let whole = sources.whole {
            return """
                \(service) \(week.id): \(contacts) kept for repeat callers, not added: the recorded total \
                (\(whole)) stands for the whole service
                """
        }
        let channels = Channel.allCases.filter { covered[$0] != nil }.map(\.rawValue).joined(separator: ", ")
        return "\(service) \(week.id): \(contacts) kept for repeat callers, not added: recorded totals stand for "
            + channels
    }
}
