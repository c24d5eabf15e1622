import Foundation

public extension ContactYear {
    /// Sets (not adds) a week's count for a service, or one channel of it.
    /// `service` is matched case-insensitively against names already used in `knownServices`.
    mutating func record(service: String, count: Int, channel: Channel?, week: Int) throws -> String {
        guard count >= 0 else { throw ValidationError("count must be 0 or more, not \(count)") }
        guard count <= 10_000_000 else { throw ValidationError("count \(count) is not plausible for one week") }
        var entry = self.count(service: service, week: week) ?? WeeklyCount(total: 0)
        if let channel {
            var channels = entry.channels ?? [:]
            if channels.isEmpty && entry.total > 0 {
                throw ValidationError("\(service) already has a total of \(entry.total) for week \(week) without channels; record it again without --channel, or per channel from the start")
            }
            channels[channel] = count
            entry.channels = channels
            entry.total = channels.values.reduce(0, +)
        } else {
            if let channels = entry.channels, !channels.isEmpty {
                throw ValidationError("\(service) has per-channel counts for week \(week); use --channel to change one")
            }
            entry.total = count
        }
        set(service: service, week: week, entry)
        let what = channel.map { " (\($0.rawValue))" } ?? ""
        return "\(service)\(what): \(count) contacts recorded for week \(week); total \(entry.total)."
    }
}
