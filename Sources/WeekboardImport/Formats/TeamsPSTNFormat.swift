#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Microsoft Teams PSTN usage report (Teams admin centre, Usage reports, PSTN and SMS usage: Calling Plan
/// or Direct Routing). One row per call leg; a call into a call queue or auto attendant is `Call Type`
/// `ucap_in`, its service the queue's resource account (`User Display Name`). Times are UTC.
struct TeamsPSTNFormat: ContactExportFormat {
    static let signature = ["UsageId", "Call ID", "Caller ID", "Call Type", "User Display Name", "Start Time"]
    static let header =
        "UsageId,Call ID,Conference ID,User Location,AAD ObjectId,UPN,User Display Name,Caller ID,Call Type,"
        + "Number Type,Domestic/International,Destination Dialed,Destination Number,Start Time,End Time,"
        + "Duration Seconds,Connection Fee,Charge,Currency,Capability"

    let format = CallsFormat.teams
    let zone: LocalOffsets
    private let callID, caller, callType, service, start: Int
    private let duration: Int?

    init?(_ h: HeaderColumns, zone: LocalOffsets) {
        guard let callID = h["Call ID"], let caller = h["Caller ID"], let callType = h["Call Type"],
            let service = h["User Display Name"], let start = h["Start Time"]
        else { return nil }
        (self.callID, self.caller, self.callType, self.service, self.start) = (callID, caller, callType, service, start)
        duration = h["Duration Seconds"]
        self.zone = zone
    }

    func meaning(ofColumn i: Int) -> String? {
        switch i {
        case callID: return "identity: one contact per Call ID (kept only as a keyed hash)"
        case caller: return "caller (kept only as a token; text such as Anonymous is a withheld caller)"
        case callType: return "which rows count: ucap_in (into a call queue or auto attendant)"
        case service: return "service: the queue's resource account (through serviceAliases)"
        case start: return "time (UTC, shown in this machine's time zone)"
        default: return i == duration ? "handled time, seconds (kept per contact)" : nil
        }
    }

    var rules: [String] {
        [
            "One contact per row whose Call Type is ucap_in; a Call ID seen again is a repeated record.",
            "Other inbound call types are calls not into a queue; *_out types are outbound. Channel: phone.",
        ]
    }

    func read(line: Int, _ value: (Int) -> String) -> RecordOutcome {
        var type = value(callType)
        if type != "ucap_in" { type = type.lowercased() }
        guard type == "ucap_in" else { return .skip(type.hasSuffix("_out") ? .outbound : .notIntoQueue) }
        guard let time = FormatFields.utc(value(start), in: zone) else {
            return .reject("Start Time is not an ISO 8601 time like 2026-11-23T09:15:02Z")
        }
        let name: String
        switch FormatFields.service(value(service)) {
        case .success(let s): name = s
        case .failure(let bad): return .reject("User Display Name: " + bad.reason)
        }
        let id = value(callID).trimmed(.whitespaces)
        guard !id.isEmpty else { return .reject("Call ID is empty") }
        let (who, unreadable) = FormatFields.caller(value(caller))
        var r = ContactRecord(line: line, time: time, service: name, channel: .phone, caller: who)
        r.seconds = duration.flatMap { FormatFields.seconds(value($0)) }
        return .contact(ContactPart(record: r, identity: "teams:" + id, callerUnreadable: unreadable))
    }
}
