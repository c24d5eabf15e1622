#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// An export read through a `CallsMapping`: the columns it names, the rows it counts.
struct MappedFormat: ContactExportFormat {
    let format = CallsFormat.csv
    let mapping: CallsMapping
    let zone: LocalOffsets
    let fallback: String?
    private let time, date, service, channel, caller, identity, counts, duration, abandoned: Int?
    private let pattern: TimePattern?

    /// Nil, with the columns the file lacks, when its header does not have every column the mapping names.
    static func make(_ m: CallsMapping, _ h: HeaderColumns, zone: LocalOffsets, fallback: String?)
        -> Result<MappedFormat, MissingColumns>
    {
        let missing = h.missing(m.columns)
        guard missing.isEmpty else { return .failure(MissingColumns(names: missing)) }
        return .success(MappedFormat(m, h, zone: zone, fallback: fallback))
    }

    struct MissingColumns: Error { let names: [String] }

    private init(_ m: CallsMapping, _ h: HeaderColumns, zone: LocalOffsets, fallback: String?) {
        mapping = m
        self.zone = zone
        self.fallback = fallback
        time = h[m.time]
        date = m.date.flatMap { h[$0] }
        service = m.service.flatMap { h[$0] }
        channel = m.channel.flatMap { h[$0] }
        caller = m.caller.flatMap { h[$0] }
        identity = m.identity.flatMap { h[$0] }
        counts = m.counts.flatMap { h[$0.column] }
        duration = m.duration.flatMap { h[$0] }
        abandoned = m.abandoned.flatMap { h[$0.column] }
        pattern = m.timeFormat.flatMap { ["iso", "iso-utc"].contains($0) ? nil : TimePattern($0) }
    }

    func meaning(ofColumn i: Int) -> String? {
        var out: [String] = []
        if i == time { out.append(date == nil ? "time" + timeWords : "time of day") }
        if i == date { out.append("date" + timeWords) }
        if i == service { out.append("service (through serviceAliases)") }
        if i == channel { out.append("channel") }
        if i == caller { out.append("caller (kept only as a token)") }
        if i == identity { out.append("identity: rows with one value are one contact (kept only as a keyed hash)") }
        if i == counts, let rule = mapping.counts {
            out.append("which rows count: " + rule.is.map { Sanitize.text($0) }.joined(separator: ", "))
        }
        if i == duration { out.append("handled time (kept per contact)") }
        if i == abandoned, let rule = mapping.abandoned {
            out.append("abandoned when " + rule.is.map { Sanitize.text($0) }.joined(separator: ", "))
        }
        return out.isEmpty ? nil : out.joined(separator: "; ")
    }

    private var timeWords: String {
        switch mapping.timeFormat {
        case nil: return ", ISO or day first"
        case "iso-utc": return ", ISO in UTC (shown in this machine's time zone)"
        case let f?: return ", as " + Sanitize.text(f)
        }
    }

    var rules: [String] {
        var out = ["Mapping '\(Sanitize.text(mapping.name))'."]
        if let rule = mapping.counts {
            out.append(
                "Rows count when \(Sanitize.text(rule.column)) is one of: "
                    + rule.is.map { Sanitize.text($0) }.joined(separator: ", ") + "; others are skipped.")
        } else {
            out.append("Every row counts.")
        }
        out.append(
            mapping.identity.map { "One contact per \(Sanitize.text($0)); a value seen again is a repeated record." }
                ?? "No identity column: each row is a contact (a re-import matches rows by time, service and caller).")
        if service == nil {
            out.append(
                "No service column: every contact is " + (fallback.map { Sanitize.text($0) } ?? "--service NAME") + ".")
        }
        return out
    }

    private static func matches(_ raw: String, _ rule: CallsMapping.RowRule) -> Bool {
        let v = raw.trimmed(.whitespaces).lowercased()
        return rule.is.contains { $0.trimmed(.whitespaces).lowercased() == v }
    }

    func read(line: Int, _ value: (Int) -> String) -> RecordOutcome {
        if let counts, let rule = mapping.counts, !Self.matches(value(counts), rule) { return .skip(.notCounted) }
        let stamp = date.map { value($0).trimmed(.whitespaces) + " " } ?? ""
        let raw = stamp + (time.map(value) ?? "").trimmed(.whitespaces)
        let when: ContactTime?
        switch mapping.timeFormat {
        case "iso-utc": when = FormatFields.utc(raw, in: zone)
        case "iso": when = ContactTime.parse(raw)
        default: when = pattern.map { $0.parse(raw) } ?? ContactTime.parse(raw)
        }
        guard let when else {
            return .reject("\(Sanitize.text(mapping.time)) is not a time:" + timeWords.dropFirst())
        }
        let name: String
        switch FormatFields.service(service.map(value) ?? fallback ?? "") {
        case .success(let s): name = s
        case .failure(let bad): return .reject(bad.reason)
        }
        let (who, unreadable) = FormatFields.caller(caller.map(value) ?? "")
        let rawChannel = channel.map(value) ?? ""
        var ch: Channel = { if case .email = who { return .email } else { return .phone } }()
        if !FieldParsing.isAllChannels(rawChannel) {
            guard let c = Channel(parsing: rawChannel) ?? CXoneCallDetailFormat.channel(rawChannel) else {
                return .reject("channel is not one of phone, email, web or in-person")
            }
            ch = c
        }
        var r = ContactRecord(line: line, time: when, service: name, channel: ch, caller: who)
        r.seconds = duration.flatMap { FormatFields.seconds(value($0)) }
        if let abandoned, let rule = mapping.abandoned { r.abandoned = Self.matches(value(abandoned), rule) }
        guard let identity else {
            return .contact(ContactPart(record: r, identity: "", callerUnreadable: unreadable))
        }
        let id = value(identity).trimmed(.whitespaces)
        guard !id.isEmpty else { return .reject("\(Sanitize.text(mapping.identity ?? "")) is empty") }
        return .contact(
            ContactPart(
                record: r, identity: "map:\(mapping.name.lowercased()):" + id, callerUnreadable: unreadable))
    }
}
