#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a column holds, recognised from its header by common names.
enum Column: String, CaseIterable, Sendable {
    case week, service, channel, count, timestamp, date, time, caller
    /// The export's own id for a contact or call: when present, a contact's identity.
    case contactID

    /// Names a header may use, normalised (lower case, single spaces), best first.
    var synonyms: [String] {
        switch self {
        case .week:
            return [
                "week", "week commencing", "w/c", "wc", "week beginning", "week starting", "week start",
                "week number", "week no", "iso week", "week ending",
            ]
        case .date: return ["date", "day", "contact date", "call date", "date received"]
        case .time: return ["time", "contact time", "call time", "time received"]
        case .service:
            return [
                "service", "queue", "department", "dept", "service name", "queue name", "team",
                "skill", "skillset", "skill group", "service area",
            ]
        case .channel:
            return ["channel", "media", "media type", "contact type", "channel type", "contact channel", "type"]
        case .count:
            return [
                "count", "contacts", "volume", "calls", "calls offered", "offered", "contacts offered",
                "total", "total contacts", "number of contacts", "number of calls",
            ]
        case .timestamp:
            return [
                "timestamp", "time stamp", "date time", "datetime", "date/time", "call start",
                "call start time", "start time", "start", "contact start", "received", "created", "created at",
            ]
        case .contactID:
            return [
                "contact id", "call id", "interaction id", "contact reference", "call reference", "contact ref",
                "call ref", "case id", "ticket id", "record id", "session id",
            ]
        case .caller:
            return [
                "caller", "cli", "phone", "phone number", "telephone", "telephone number", "from", "email",
                "e mail", "email address", "e mail address", "ani", "caller id", "caller number", "customer number",
            ]
        }
    }

    /// `Week_Commencing`, ` W/C `, `E-mail Address` → `week commencing`, `w/c`, `e mail address`.
    static func normalise(_ header: String) -> String {
        let mapped = header.lowercased().map { "_-.".contains($0) ? " " : $0 }
        return String(mapped).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
