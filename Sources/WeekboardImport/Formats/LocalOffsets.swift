#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The local time zone's offset from UTC at an instant (the C library's, from TZ or /etc/localtime, as
/// `LocalTime` reads it), remembered per hour: an export of a million UTC times asks a few hundred times.
final class LocalOffsets {
    private var byHour: [Int: Int] = [:]
    private let lookUp: (Int) -> Int

    init() {
        tzset()
        lookUp = { instant in
            var seconds = time_t(instant)
            var fields = tm()
            localtime_r(&seconds, &fields)
            return Int(fields.tm_gmtoff)
        }
    }

    /// A zone given by its rule (tests: the machine's own zone is the process's, shared by every test).
    init(_ rule: @escaping (Int) -> Int) { lookUp = rule }

    /// Seconds to add to UTC for local time at `instant` (seconds since 1970).
    func offset(at instant: Int) -> Int {
        let hour = instant >= 0 ? instant / 3600 : (instant - 3599) / 3600
        if let known = byHour[hour] { return known }
        let offset = lookUp(instant)
        byHour[hour] = offset
        return offset
    }
}
