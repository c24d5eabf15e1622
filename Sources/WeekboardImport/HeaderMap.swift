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

/// The two shapes of telephony export.
public enum CallsShape: String, Equatable, Sendable {
    /// week (or date), service, [channel], count
    case weeklyTotals = "weekly totals"
    /// timestamp (or date + time), service, [channel], caller
    case perContact = "one row per contact"
}

/// Which field index holds which column, for one file.
struct HeaderMap {
    let shape: CallsShape
    let index: [Column: Int]
    let width: Int
    /// Every caller column (an export may have Phone and Email): a row's caller is the first non-empty one.
    var callers: [Int] = []

    /// Recognises the header row; names what is missing when the shape cannot be told.
    static func detect(_ header: [String]) throws(ImportError) -> HeaderMap {
        let names = header.map(Column.normalise)
        var index: [Column: Int] = [:]
        var taken = Set<Int>()
        // Most specific columns first, so `date time` is a timestamp before `date` is considered.
        for column in [Column.contactID, .caller, .timestamp, .count, .service, .channel, .week, .date, .time] {
            for name in column.synonyms {
                if let i = names.indices.first(where: { names[$0] == name && !taken.contains($0) }) {
                    index[column] = i
                    taken.insert(i)
                    break
                }
            }
        }
        // Two columns of one kind: for callers (Phone and Email) each row uses whichever is filled in;
        // two service or count columns of the same name cannot be told apart, so the file is refused.
        let callers = names.indices.filter { Column.caller.synonyms.contains(names[$0]) }
        for column in [Column.service, .count] {
            guard let i = index[column] else { continue }
            let all = names.indices.filter { names[$0] == names[i] }
            if all.count > 1 {
                let which = all.map { "\($0 + 1)" + (quotable(header) ? " ('\(Echo.clip(header[$0]))')" : "") }
                let listed = which.joined(separator: " and ")
                throw .noHeader("columns \(listed) are both a \(column.rawValue) column; remove or rename one")
            }
        }
        guard index[.service] != nil else {
            throw .noHeader(describe(header, missing: "a service column (service, queue or department)"))
        }
        if index[.caller] != nil {
            guard index[.timestamp] != nil || index[.date] != nil else {
                throw .noHeader(
                    describe(
                        header, missing: "a timestamp column (timestamp, date time or call start) for its caller rows"))
            }
            return HeaderMap(shape: .perContact, index: index, width: header.count, callers: callers)
        }
        if index[.count] != nil {
            guard index[.week] != nil || index[.date] != nil || index[.timestamp] != nil else {
                throw .noHeader(describe(header, missing: "a week or date column (week, date or week commencing)"))
            }
            return HeaderMap(shape: .weeklyTotals, index: index, width: header.count)
        }
        throw .noHeader(
            describe(
                header,
                missing:
                    """
                    a count column (count, contacts, volume or calls) or a caller column (caller, phone, email, \
                    cli or ani)
                    """
            ))
    }

    /// Quotes the header only when it cannot be a data row holding a caller (no digits, no `@`):
    /// a file without a header must not have its first contact echoed to the terminal.
    static func describe(_ header: [String], missing: String) -> String {
        let found =
            quotable(header)
            ? ": its first line has " + header.prefix(12).map { "'\(Echo.clip($0))'" }.joined(separator: ", ") : ""
        return "no recognisable header: expected \(missing)\(found)"
    }

    static func quotable(_ header: [String]) -> Bool {
        header.allSatisfy { cell in !cell.contains("@") && !cell.contains(where: \.isNumber) }
    }

    func value(_ column: Column, in fields: [String]) -> String? {
        if column == .caller, callers.count > 1 {
            return callers.lazy.compactMap { $0 < fields.count ? fields[$0] : nil }.first { !$0.isEmpty } ?? ""
        }
        guard let i = index[column], i < fields.count else { return nil }
        return fields[i]
    }
}

/// Field values quoted in messages: cleaned of control characters and kept short.
/// Rows of a per-contact file are never quoted at all (see `RowParser`).
enum Echo {
    static func clip(_ s: String, max: Int = 40) -> String {
        let clean = String(
            s.unicodeScalars.map {
                $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) ? "?" : Character($0)
            })
        return clean.count > max ? String(clean.prefix(max - 1)) + "…" : clean
    }
}
