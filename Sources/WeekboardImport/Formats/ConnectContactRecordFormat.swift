#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Amazon Connect contact records: JSON objects one after another, as Kinesis Firehose writes them to S3,
/// or the same flattened to CSV with dotted names (`Queue.Name`). Records are delivered at least once, so a
/// `ContactId` seen again is one record; a transfer is a new record whose `InitialContactId` is the first.
struct ConnectContactRecordFormat: ContactExportFormat {
    /// The fields read, by dotted name; `positions` says where each is in a record.
    static let fields = [
        "ContactId", "InitialContactId", "Channel", "InitiationMethod", "InitiationTimestamp",
        "CustomerEndpoint.Address", "Queue.Name", "Agent.AgentInteractionDuration", "Agent.ConnectedToAgentTimestamp",
    ]
    static let signature = ["ContactId", "InitialContactId", "Channel", "InitiationMethod", "InitiationTimestamp"]

    let format = CallsFormat.connect
    let zone: LocalOffsets
    /// Index of each of `fields` in a record; nil where a CSV lacks the column.
    private let positions: [Int?]
    private var seen = Set<String>()

    init?(_ h: HeaderColumns, zone: LocalOffsets) {
        guard h.missing(Self.signature).isEmpty else { return nil }
        self.init(positions: Self.fields.map { h[$0] }, zone: zone)
    }

    /// For JSON records: field `i` of `fields` is value `i`.
    init(jsonZone zone: LocalOffsets) {
        self.init(positions: Self.fields.indices.map { $0 }, zone: zone)
    }

    private init(positions: [Int?], zone: LocalOffsets) {
        self.positions = positions
        self.zone = zone
    }

    func meaning(ofColumn i: Int) -> String? {
        guard let k = positions.firstIndex(of: i) else { return nil }
        return [
            "repeated deliveries of one record are one (ContactId)",
            "identity: one contact per InitialContactId, else ContactId (kept only as a keyed hash)",
            "channel (VOICE: phone, CHAT: web, EMAIL: email; TASK skipped)",
            "which records count: INBOUND and CALLBACK (TRANSFER adds to its first contact)",
            "time (UTC, shown in this machine's time zone)",
            "caller (kept only as a token)",
            "service (through serviceAliases); none: ended before a queue",
            "handled time, seconds (kept per contact)",
            "no agent: abandoned (kept per contact)",
        ][k]
    }

    var rules: [String] {
        [
            "One contact per InitialContactId (else ContactId), from an INBOUND or CALLBACK record on VOICE, CHAT or "
                + "EMAIL; a ContactId seen again is a repeated record.",
            "TRANSFER and QUEUE_TRANSFER records add their agent time to their first contact; OUTBOUND, TASK and "
                + "other records are skipped; a contact with no queue ended before a queue.",
        ]
    }

    private func field(_ k: Int, _ value: (Int) -> String) -> String {
        positions[k].map { value($0).trimmed(.whitespaces) } ?? ""
    }

    mutating func read(line: Int, _ value: (Int) -> String) -> RecordOutcome {
        let contactID = field(0, value)
        guard !contactID.isEmpty else { return .reject("ContactId is empty") }
        guard seen.insert(contactID).inserted else { return .skip(.repeated) }
        let initial = field(1, value)
        let channel: Channel
        switch field(2, value).uppercased() {
        case "VOICE": channel = .phone
        case "CHAT": channel = .web
        case "EMAIL": channel = .email
        case "TASK": return .skip(.task)
        default: return .skip(.otherMedia)
        }
        let method = field(3, value).uppercased()
        let transfer = method == "TRANSFER" || method == "QUEUE_TRANSFER"
        switch method {
        case "INBOUND", "CALLBACK": break
        case "TRANSFER", "QUEUE_TRANSFER": if initial.isEmpty { return .skip(.transfer) }
        case "OUTBOUND", "EXTERNAL_OUTBOUND", "AGENT_REPLY": return .skip(.outbound)
        default: return .skip(.otherInitiation)
        }
        let queue = field(6, value)
        if queue.isEmpty && !transfer { return .skip(.endedBeforeQueue) }
        guard let time = FormatFields.utc(field(4, value), in: zone) else {
            return .reject("InitiationTimestamp is not an ISO 8601 time like 2026-11-23T09:15:02Z")
        }
        var name = ""
        if !queue.isEmpty {
            switch FormatFields.service(queue) {
            case .success(let s): name = s
            case .failure(let bad): return .reject("Queue.Name: " + bad.reason)
            }
        }
        let (who, unreadable) = FormatFields.caller(field(5, value))
        var r = ContactRecord(line: line, time: time, service: name, channel: channel, caller: who)
        r.seconds = FormatFields.seconds(field(7, value))
        let knowsAgent = positions[8] != nil || positions[7] != nil
        if knowsAgent {
            r.abandoned = positions[8] != nil ? field(8, value).isEmpty : (r.seconds ?? 0) == 0
        }
        return .contact(
            ContactPart(
                record: r, identity: "connect:" + (initial.isEmpty ? contactID : initial), primary: !transfer,
                again: .transfer, addsTime: true, abandonedByTime: knowsAgent, callerUnreadable: unreadable))
    }
}
