#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Avaya IP Office SMDR (station message detail records): CSV with no header, CRLF, no quoting, 17 to 35
/// fields (`Call Start,Connected Time,Ring Time,Caller,Direction,Called Number,Dialled Number,Account,
/// Is Internal,Call ID,Continuation,…`). A call spans several records with one `Call ID` (`Continuation` 1
/// on all but the last); only inbound external calls count (`Direction` I, `Is Internal` 0). SMDR names
/// no service: the number dialled does, through the config's service lines, else `--service`.
struct AvayaSMDRFormat: ContactExportFormat {
    static let columns = [
        "Call Start", "Connected Time", "Ring Time", "Caller", "Direction", "Called Number", "Dialled Number",
        "Account", "Is Internal", "Call ID", "Continuation", "Party1Device", "Party1Name", "Party2Device",
        "Party2Name", "Hold Time", "Park Time",
    ]

    let format = CallsFormat.smdr
    let lines: ServiceLines
    let fallback: String?
    /// Each call's first record: the contact it counted as, or nil when it did not count.
    private var calls: [String: ContactRecord?] = [:]
    private var dialled: [String: String?] = [:]

    init(lines: ServiceLines, fallback: String?) {
        self.lines = lines
        self.fallback = fallback
    }

    /// A first line shaped like SMDR: 17 to 35 fields, a `yyyy/mm/dd hh:mm:ss` start, I or O, 0 or 1.
    static func looksLike(_ fields: [String]) -> Bool {
        guard (17...35).contains(fields.count), fields[4] == "I" || fields[4] == "O",
            fields[8] == "0" || fields[8] == "1"
        else { return false }
        let start = Array(fields[0].utf8)
        let shape = Array("0000/00/00 00:00:00".utf8)
        guard start.count == shape.count else { return false }
        return zip(start, shape).allSatisfy { a, b in b == UInt8(ascii: "0") ? (48...57).contains(a) : a == b }
    }

    func meaning(ofColumn i: Int) -> String? {
        switch i {
        case 0: return "time (local)"
        case 1: return "handled time, h:mm:ss, summed over the call's records (kept per contact; 0: abandoned)"
        case 3: return "caller (kept only as a token; blank: withheld)"
        case 4: return "which records count: I (inbound)"
        case 6: return "service, through serviceLines" + (fallback.map { " (else \(Sanitize.text($0)))" } ?? "")
        case 8: return "which records count: 0 (external)"
        case 9: return "identity: one contact per Call ID and day (kept only as a keyed hash)"
        case 10: return "1: more records of the call follow (they count once)"
        default: return nil
        }
    }

    var rules: [String] {
        [
            "One contact per Call ID whose first record is inbound (I) and external (Is Internal 0); further "
                + "records of a call are continuation records. Channel: phone.",
            "Service: the Dialled Number's service line (config serviceLines)"
                + (fallback.map { ", else \(Sanitize.text($0))" } ?? "; calls to other numbers are skipped") + ".",
        ]
    }

    private mutating func serviceFor(_ number: String) -> String? {
        if let known = dialled[number] { return known }
        let s = lines.service(dialled: number) ?? fallback
        dialled[number] = s
        return s
    }

    mutating func read(line: Int, _ value: (Int) -> String) -> RecordOutcome {
        let callID = value(9).trimmed(.whitespaces)
        guard let time = FormatFields.slashTime(value(0), monthFirst: false) else {
            return .reject("Call Start is not a time like 2026/11/23 09:15:02")
        }
        guard !callID.isEmpty else { return .reject("Call ID is empty") }
        let identity = "smdr:\(time.day.iso):\(callID)"
        let seconds = FormatFields.seconds(value(1))
        if let first = calls[identity] {
            guard var r = first else { return .skip(.continuation) }
            r.seconds = seconds
            return .contact(
                ContactPart(
                    record: r, identity: identity, primary: false, again: .continuation, addsTime: true,
                    abandonedByTime: true))
        }
        let direction = value(4).trimmed(.whitespaces)
        guard direction == "I" else {
            calls[identity] = .some(nil)
            return .skip(.outbound)
        }
        guard value(8).trimmed(.whitespaces) == "0" else {
            calls[identity] = .some(nil)
            return .skip(.internalCall)
        }
        guard let raw = serviceFor(value(6).trimmed(.whitespaces)) else {
            calls[identity] = .some(nil)
            return .skip(.noServiceLine)
        }
        let name: String
        switch FormatFields.service(raw) {
        case .success(let s): name = s
        case .failure(let bad): return .reject("service line: " + bad.reason)
        }
        let (who, unreadable) = FormatFields.caller(value(3))
        var r = ContactRecord(line: line, time: time, service: name, channel: .phone, caller: who)
        r.seconds = seconds
        r.abandoned = (seconds ?? 0) == 0
        calls[identity] = r
        return .contact(
            ContactPart(
                record: r, identity: identity, again: .continuation, addsTime: true, abandonedByTime: true,
                callerUnreadable: unreadable))
    }
}
