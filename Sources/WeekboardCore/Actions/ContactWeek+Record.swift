#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package extension WeeklyCount {
    /// `entry` with a week's count set (not added) for the whole service or one channel of it: a
    /// recorded total, which covers that channel's (or the whole service's) imported contacts
    /// (`CountSources`). `what` names the week in errors ("week 48").
    static func recording(_ count: Int, channel: Channel?, over entry: WeeklyCount?, service: String, what: String)
        throws -> WeeklyCount
    {
        guard count >= 0 else { throw InputError("count must be 0 or more, not \(count)") }
        guard count <= 10_000_000 else { throw InputError("count \(count) is not plausible for one week") }
        let entry = entry ?? WeeklyCount(total: 0)
        var sources = entry.sources
        if let channel {
            if let whole = sources.whole, whole > 0 {
                throw InputError(
                    """
                    \(service) already has a total of \(whole) for \(what) without channels; record it \
                    again without --channel, or per channel from the start
                    """
                )
            }
            sources.whole = nil
            sources.recorded[channel] = count
        } else {
            if !sources.recorded.isEmpty {
                throw InputError("\(service) has per-channel counts for \(what); use --channel to change one")
            }
            sources.whole = count
        }
        return entry.with(sources)
    }

    /// What `calls record` says it did; with imported contacts, how the two combine.
    static func recordedMessage(
        service: String, count: Int, channel: Channel?, what: String, entry: WeeklyCount
    ) -> String {
        let which = channel.map { " (\($0.rawValue))" } ?? ""
        let n = Marks.thousands
        let said = "\(service)\(which): \(n(count)) contacts recorded for \(what); total \(n(entry.total))"
        let sources = entry.sources
        let imported = sources.imported.values.reduce(0, +)
        guard imported > 0 else { return said + "." }
        if sources.whole != nil {
            let contacts = imported == 1 ? "contact" : "contacts"
            return said + ": a total without a channel stands for the whole service, in place of its \(n(imported)) "
                + "imported \(contacts) (kept for repeat callers)."
        }
        let parts = Channel.allCases.compactMap { ch -> String? in
            if let r = sources.recorded[ch] { return "\(ch.rawValue) \(n(r)) recorded" }
            return sources.imported[ch].map { "\(ch.rawValue) \(n($0)) imported" }
        }
        let covered = sources.covered.values.reduce(0, +)
        let instead =
            covered > 0
            ? "; a recorded total stands in place of its channel's imported contacts (\(n(covered)) kept for repeat "
                + "callers)" : ""
        return said + " (" + parts.joined(separator: ", ") + ")" + instead + "."
    }
}

package extension ContactWeek {
    /// Sets (not adds) this week's count for a service, or one channel of it.
    mutating func record(service: String, count: Int, channel: Channel?) throws -> String {
        let what = "week \(week.week)"
        let entry = try WeeklyCount.recording(
            count, channel: channel, over: services[service], service: service, what: what)
        services[service] = entry
        return WeeklyCount.recordedMessage(service: service, count: count, channel: channel, what: what, entry: entry)
    }
}

package extension ContactYear {
    /// Sets (not adds) a week's count for a service, or one channel of it.
    mutating func record(service: String, count: Int, channel: Channel?, week: Int) throws -> String {
        let what = "week \(week)"
        let entry = try WeeklyCount.recording(
            count, channel: channel, over: self.count(service: service, week: week), service: service, what: what)
        set(service: service, week: week, entry)
        return WeeklyCount.recordedMessage(service: service, count: count, channel: channel, what: what, entry: entry)
    }
}
