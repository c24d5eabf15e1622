#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The local time zone's offset from UTC at an instant (the C library's, from TZ or /etc/localtime, as
/// `LocalTime` reads it), remembered per hour: an export of a million UTC times asks a few hundred times.
final class LocalOffsets {
    private var byHour: [Int: Int] = [:]

    init() { tzset() }

    /// Seconds to add to UTC for local time at `instant` (seconds since 1970).
    func offset(at instant: Int) -> Int {
        let hour = instant >= 0 ? instant / 3600 : (instant - 3599) / 3600
        if let known = byHour[hour] { return known }
        var seconds = time_t(instant)
        var fields = tm()
        localtime_r(&seconds, &fields)
        let offset = Int(fields.tm_gmtoff)
        byHour[hour] = offset
        return offset
    }
}
