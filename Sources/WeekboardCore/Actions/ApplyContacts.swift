import Foundation

public extension WeeklyCount {
    /// `entry` with a week's count set (not added) for the whole service or one channel of it.
    /// `what` names the week in errors ("week 48").
    static func recording(_ count: Int, channel: Channel?, over entry: WeeklyCount?, service: String, what: String)
        throws -> WeeklyCount
    {
        guard count >= 0 else { throw InputError("count must be 0 or more, not \(count)") }
        guard count <= 10_000_000 else { throw InputError("count \(count) is not plausible for one week") }
        var entry = entry ?? WeeklyCount(total: 0)
        if let channel {
            var channels = entry.channels ?? [:]
            if channels.isEmpty && entry.total > 0 {
                throw InputError(
                    """
                    \(service) already has a total of \(entry.total) for \(what) without channels; record it \
                    again without --channel, or per channel from the start
                    """
                )
            }
            channels[channel] = count
            entry.channels = channels
            entry.total = channels.values.reduce(0, +)
        } else {
            if let channels = entry.channels, !channels.isEmpty {
                throw InputError("\(service) has per-channel counts for \(what); use --channel to change one")
            }
            entry.total = count
        }
        return entry
    }

    static func recordedMessage(service: String, count: Int, channel: Channel?, what: String, total: Int) -> String {
        let which = channel.map { " (\($0.rawValue))" } ?? ""
        return "\(service)\(which): \(count) contacts recorded for \(what); total \(total)."
    }
}

public extension ContactWeek {
    /// Sets (not adds) this week's count for a service, or one channel of it.
    mutating func record(service: String, count: Int, channel: Channel?) throws -> String {
        let what = "week \(week.week)"
        let entry = try WeeklyCount.recording(
            count, channel: channel, over: services[service], service: service, what: what)
        services[service] = entry
        return WeeklyCount.recordedMessage(
            service: service, count: count, channel: channel, what: what, total: entry.total)
    }
}

public extension ContactYear {
    /// Sets (not adds) a week's count for a service, or one channel of it.
    mutating func record(service: String, count: Int, channel: Channel?, week: Int) throws -> String {
        let what = "week \(week)"
        let entry = try WeeklyCount.recording(
            count, channel: channel, over: self.count(service: service, week: week), service: service, what: what)
        set(service: service, week: week, entry)
        return WeeklyCount.recordedMessage(
            service: service, count: count, channel: channel, what: what, total: entry.total)
    }
}
