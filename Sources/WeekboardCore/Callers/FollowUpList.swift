#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The callers a rule marks as calling too often (by default 4 or more contacts with one service within 7
/// days), from every week's visits (`CallerService.visits`), each with its follow-up's state.
package struct FollowUpList: Equatable, Sendable {
    package struct Rule: Equatable, Sendable {
        package var contacts: Int
        package var days: Int
        package init(contacts: Int = 4, days: Int = 7) {
            self.contacts = contacts
            self.days = days
        }
    }

    package struct Caller: Equatable, Sendable {
        package let token: String
        package let service: String
        /// The most contacts in one window of the rule's length.
        package let contactsInWindow: Int
        /// Every contact kept for the caller with the service.
        package let contacts: Int
        package let first: CalendarDay
        package let last: CalendarDay
        /// Each contact's identity in the system that holds it (`teams:<Call ID>`, `cxone:<Contact_ID>` …),
        /// so the person following up can find the caller there.
        package let sources: [String]
        /// Contacts per day, oldest first.
        package let days: [(day: CalendarDay, contacts: Int)]
        /// Other services the same caller contacted.
        package let otherServices: [String]
        package let followUp: FollowUp?

        package var state: FollowUpState { followUp?.state ?? .todo }
        /// The reference a person types: the token's first eight hex digits.
        package var ref: String { String(token.prefix(FollowUpList.refLength)) }

        package static func == (a: Caller, b: Caller) -> Bool {
            a.token == b.token && a.service == b.service && a.contacts == b.contacts && a.followUp == b.followUp
        }
    }

    package static let refLength = 8
    package let callers: [Caller]

    package init(callers: [Caller]) { self.callers = callers }

    /// Every caller the rule marks, newest last contact first.
    package static func load(store: Store, reader: some StoreReader, rule: Rule = Rule()) throws -> FollowUpList {
        typealias Visit = (seconds: Int, source: String?)
        var byCaller: [String: [String: [Visit]]] = [:]  // token → service → visits
        for week in store.callerWeeks() {
            for (service, s) in try reader.readCallerWeek(week).services {
                for v in s.visits ?? [] {
                    guard let parsed = VisitText.parse(v) else { continue }
                    byCaller[parsed.token, default: [:]][service, default: []].append((parsed.seconds, parsed.source))
                }
            }
        }
        let recorded = try reader.read(StoreFiles.followUps)
        var out: [Caller] = []
        let window = rule.days * 86_400
        for (token, services) in byCaller {
            for (service, unsorted) in services {
                let visits = unsorted.sorted { $0.seconds < $1.seconds }
                var most = 0
                var start = 0
                for end in visits.indices {
                    while visits[end].seconds - visits[start].seconds >= window { start += 1 }
                    most = max(most, end - start + 1)
                }
                guard most >= rule.contacts else { continue }
                let days = Dictionary(grouping: visits) { CalendarDay(daysSinceEpoch: $0.seconds / 86_400) }
                    .map { (day: $0.key, contacts: $0.value.count) }.sorted { $0.day < $1.day }
                out.append(
                    Caller(
                        token: token, service: service, contactsInWindow: most, contacts: visits.count,
                        first: days.first!.day, last: days.last!.day, sources: visits.compactMap(\.source),
                        days: days, otherServices: services.keys.filter { $0 != service }.sorted(),
                        followUp: recorded.entry(token: token, service: service)))
            }
        }
        out.sort { ($0.last, $0.contactsInWindow, $1.token) > ($1.last, $1.contactsInWindow, $0.token) }
        return FollowUpList(callers: out)
    }

    /// The caller `ref` names: the start of one marked caller's reference (and `service`, where the
    /// caller is marked with more than one). An unknown or ambiguous reference is an error saying so.
    package func find(_ ref: String, service: String?) throws -> Caller {
        let key = ref.trimmed(.whitespaces).lowercased()
        guard key.count >= 4, key.allSatisfy(\.isHexDigit) else {
            throw InputError("'\(Sanitize.text(ref))' is not a caller's reference (4 to 8 hex digits, as listed)")
        }
        var matches = callers.filter { $0.token.hasPrefix(key) }
        if let service {
            matches = matches.filter { $0.service.lowercased() == service.lowercased() }
        }
        if matches.isEmpty {
            throw InputError(
                "no caller marked as calling too often has the reference \(key)"
                    + (service.map { " with \(Sanitize.text($0))" } ?? "") + " ('calls followups' lists them)")
        }
        if Set(matches.map(\.token)).count > 1 { throw InputError("\(key) is the start of more than one reference") }
        if matches.count > 1 {
            let names = matches.map { Sanitize.text($0.service) }.sorted().joined(separator: ", ")
            throw InputError("\(key) calls too often with \(names): say which with --service")
        }
        return matches[0]
    }

    /// For a done follow-up: the caller's contacts with the service in the 28 days before it was done
    /// and in the 28 days after (as far as today).
    package static func outcome(_ c: Caller, visits: [CalendarDay: Int], today: CalendarDay) -> (
        before: Int, after: Int
    )? {
        guard let f = c.followUp, f.state == .done else { return nil }
        var before = 0
        var after = 0
        for (day, n) in visits {
            if day < f.changed && day >= f.changed.adding(days: -28) { before += n }
            if day >= f.changed && day < f.changed.adding(days: 28) && day <= today { after += n }
        }
        return (before, after)
    }
}

extension FollowUpList.Caller {
    /// Contacts per day, as a dictionary (`FollowUpList.outcome`).
    package var perDay: [CalendarDay: Int] { Dictionary(uniqueKeysWithValues: days.map { ($0.day, $0.contacts) }) }
}
