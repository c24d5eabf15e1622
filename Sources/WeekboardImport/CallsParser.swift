#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Turns a telephony export into records and rejects: pure, no store, no key.
enum CallsParser {
    /// Throws `ImportError` when the file is empty, not text, or has no recognisable header.
    /// Slash dates are read day first (UK) unless `dateOrder` says otherwise; without it, a file
    /// with a date that can only be month first (`11/23/2026`) is refused with `.ambiguousDates`.
    static func parse(_ data: Data, dateOrder: DateOrder? = nil) throws(ImportError) -> ParsedCalls {
        try parse(data, options: ImportOptions(dateOrder: dateOrder))
    }

    /// A known export (`CallsFormat`) or a mapped one is read by its own rules (`KnownExportParser`);
    /// anything else as weekboard's own CSV shapes.
    static func parse(_ data: Data, options: ImportOptions) throws(ImportError) -> ParsedCalls {
        try parseExplained(data, options: options).0
    }

    static func parseExplained(_ data: Data, options: ImportOptions)
        throws(ImportError) -> (ParsedCalls, ExportExplanation?)
    {
        if let known = try KnownExportParser.parse(data, options) { return known }
        let dateOrder = options.dateOrder
        let table = try CSVTable.read(data)
        let map: HeaderMap
        do { map = try HeaderMap.detect(table.header.fields) } catch {
            // A known export with columns lost says so, rather than asking for weekboard's own names.
            if case .csv(let near?) = Recognised.recognise(table.header.fields) {
                throw .format(
                    "this looks like \(near.0.aTitle), but its header lacks "
                        + near.missing.joined(separator: ", ") + " (was it edited?)")
            }
            if case .noHeader(let why) = error {
                throw .noHeader(
                    why + "; for another system's export, name its columns in a mapping (--map FILE or "
                        + "callsMappings in the config; see calls import --help) and check it with --explain")
            }
            throw error
        }
        if dateOrder == nil {
            let columns = [Column.timestamp, .date, .week].compactMap { map.index[$0] }
            if let problem = DateEvidence(rows: table.rows, columns: columns).problem() { throw problem }
        }
        let order = dateOrder ?? .dmy
        var out = ParsedCalls(shape: map.shape, rowsRead: table.rows.count)
        for row in table.rows {
            do {
                switch map.shape {
                case .perContact: out.contacts.append(try contact(row, map, order))
                case .weeklyTotals: out.totals.append(try total(row, map, order))
                }
            } catch {
                out.rejects.append(RejectedRow(line: row.line, reason: error.reason))
            }
        }
        return (out, nil)
    }

    struct Bad: Error { let reason: String }

    /// Rejects in a per-contact file never quote the row: any field of it might be a caller.
    static func contact(_ row: CSVTable.Row, _ map: HeaderMap, _ order: DateOrder = .dmy) throws(Bad) -> ContactRecord {
        try checkWidth(row, map)
        let stamp: String
        if let ts = map.value(.timestamp, in: row.fields) {
            stamp = ts
        } else {
            let date = map.value(.date, in: row.fields) ?? ""
            stamp = map.value(.time, in: row.fields).map { "\(date) \($0)" } ?? date
        }
        guard let time = ContactTime.parse(order.dayFirst(stamp)) else {
            throw Bad(reason: "timestamp is not a date and time like 2026-11-23 09:15 or 23/11/2026 09:15")
        }
        let service = try serviceName(row, map, quote: false)
        let caller: CallerID
        do { caller = try CallerID.normalise(map.value(.caller, in: row.fields) ?? "") } catch {
            throw Bad(reason: error.reason)
        }
        let rawChannel = map.value(.channel, in: row.fields) ?? ""
        let channel: Channel
        if FieldParsing.isAllChannels(rawChannel) {
            // No channel column (or a blank one): an e-mail address came by e-mail, anything else by phone.
            if case .email = caller { channel = .email } else { channel = .phone }
        } else if let c = Channel(parsing: rawChannel) {
            channel = c
        } else {
            // Not quoted: in a per-contact file any field might hold a caller.
            throw Bad(reason: "channel is not one of phone, email, web or in-person")
        }
        let id = map.value(.contactID, in: row.fields)?.trimmed(.whitespaces)
        return ContactRecord(
            line: row.line, time: time, service: service, channel: channel, caller: caller,
            id: id?.isEmpty == false ? id : nil)
    }

    static func total(_ row: CSVTable.Row, _ map: HeaderMap, _ order: DateOrder = .dmy) throws(Bad) -> TotalRecord {
        try checkWidth(row, map)
        let rawWeek =
            map.value(.week, in: row.fields) ?? map.value(.date, in: row.fields) ?? map.value(
                .timestamp, in: row.fields) ?? ""
        guard let week = FieldParsing.week(order.dayFirst(rawWeek)) else {
            throw Bad(
                reason: "week\(quote(rawWeek)) is not a week or date like 2026-W48, 2026.48, 2026-11-23 or 23/11/2026")
        }
        let service = try serviceName(row, map, quote: true)
        let rawChannel = map.value(.channel, in: row.fields) ?? ""
        var channel: Channel?
        if !FieldParsing.isAllChannels(rawChannel) {
            guard let c = Channel(parsing: rawChannel) else {
                throw Bad(
                    reason:
                        "channel\(quote(rawChannel)) is not one of phone, email, web or in-person (or blank for all)")
            }
            channel = c
        }
        let rawCount = map.value(.count, in: row.fields) ?? ""
        guard let count = FieldParsing.count(rawCount) else {
            throw Bad(reason: "count\(quote(rawCount)) is not a whole number from 0 to 10,000,000")
        }
        return TotalRecord(line: row.line, week: week, service: service, channel: channel, count: count)
    }

    static func checkWidth(_ row: CSVTable.Row, _ map: HeaderMap) throws(Bad) {
        // Trailing empty fields (a stray comma) are harmless; anything else means misaligned columns.
        let used = row.fields.lastIndex(where: { !$0.isEmpty }).map { $0 + 1 } ?? 0
        if row.fields.count < map.width || used > map.width {
            throw Bad(reason: "has \(row.fields.count) fields; the header has \(map.width)")
        }
    }

    static func serviceName(_ row: CSVTable.Row, _ map: HeaderMap, quote q: Bool) throws(Bad) -> String {
        try serviceName(raw: map.value(.service, in: row.fields) ?? "", quote: q)
    }

    static func serviceName(raw: String, quote q: Bool) throws(Bad) -> String {
        // A caller in the service column (columns swapped or mislabelled) must not be stored or shown.
        if CallerLike.matches(raw) {
            throw Bad(
                reason: """
                    service looks like a phone number or an e-mail address (are the columns in the right \
                    order?); it is not shown or imported
                    """)
        }
        do {
            let name = try TextRules.line(raw, what: "service", max: 80)
            guard !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
                throw InputError("service contains control characters")
            }
            return name
        } catch {
            throw Bad(
                reason: q ? "\(error)" : "service is empty, too long (over 80 characters) or has control characters")
        }
    }

    static func quote(_ s: String) -> String { " '\(Echo.clip(s))'" }
}

private extension Error {
    var reason: String { (self as? CallsParser.Bad)?.reason ?? "\(self)" }
}
