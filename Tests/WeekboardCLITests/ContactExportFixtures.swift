import Foundation

/// Writes exports as the four telephony systems write them, from their real header rows, with the quirks
/// each has (other call types, continuation records, transfers, repeated deliveries, US dates, differing
/// field case). Each file's expected figures are in the test that imports it.
enum ContactExportFixtures {
    // MARK: Microsoft Teams PSTN usage report

    static let teamsHeader =
        "UsageId,Call ID,Conference ID,User Location,AAD ObjectId,UPN,User Display Name,Caller ID,Call Type,"
        + "Number Type,Domestic/International,Destination Dialed,Destination Number,Start Time,End Time,"
        + "Duration Seconds,Connection Fee,Charge,Currency,Capability"

    /// One Teams row. `start` is UTC, as the report writes it.
    static func teamsRow(
        _ n: Int, account: String, caller: String, type: String, start: String, seconds: Int
    ) -> String {
        let callID = "1c0\(n)a2b4-7d1e-4c43-9a58-2b5f\(1000 + n)e0a1"
        let upn = account.lowercased().replacingOccurrences(of: " ", with: ".") + "@council.gov.uk"
        return [
            "a7\(n)f0c3e-0d1b-4e4e-8d2c-\(100_000 + n)", callID, "", "GB", "5e2b\(n)-aad", upn, account, caller,
            type, type.hasPrefix("ucap") ? "service" : "user", "Domestic", "", "+441632960100", start, start,
            "\(seconds)", "0", "0", "GBP", "DirectRouting",
        ].joined(separator: ",")
    }

    /// 8 contacts (Repairs Queue 5, Council Tax CQ 3) in 2026-W48; skipped: 2 calls not into a queue,
    /// 2 outbound, 1 repeated record. Callers: E.164, a national number, Anonymous, and text.
    static var teams: String {
        var rows = [teamsHeader]
        let t = { (d: Int, h: Int) in "2026-11-\(d)T\(h < 10 ? "0" : "")\(h):15:02Z" }
        rows.append(
            teamsRow(
                1, account: "Repairs Queue", caller: "+447700900123", type: "ucap_in", start: t(23, 9), seconds: 300))
        rows.append(
            teamsRow(
                2, account: "Repairs Queue", caller: "07700900123", type: "ucap_in", start: t(23, 10), seconds: 120))
        rows.append(
            teamsRow(3, account: "Repairs Queue", caller: "Anonymous", type: "ucap_in", start: t(24, 9), seconds: 60))
        rows.append(
            teamsRow(
                4, account: "Repairs Queue", caller: "+447700900123", type: "ucap_in", start: t(25, 9), seconds: 45))
        rows.append(
            teamsRow(5, account: "Repairs Queue", caller: "sip-trunk-7", type: "ucap_in", start: t(29, 23), seconds: 30)
        )
        rows.append(
            teamsRow(
                6, account: "Council Tax CQ", caller: "+441632960001", type: "ucap_in", start: t(23, 11), seconds: 200))
        rows.append(
            teamsRow(
                7, account: "Council Tax CQ", caller: "+441632960002", type: "ucap_in", start: t(24, 11), seconds: 100))
        rows.append(
            teamsRow(
                8, account: "Council Tax CQ", caller: "+441632960001", type: "ucap_in", start: t(26, 11), seconds: 90))
        rows.append(
            teamsRow(9, account: "Alex Smith", caller: "+447700900555", type: "user_in", start: t(23, 12), seconds: 30))
        rows.append(
            teamsRow(10, account: "Sam Jones", caller: "+447700900556", type: "user_in", start: t(24, 12), seconds: 30))
        rows.append(
            teamsRow(
                11, account: "Alex Smith", caller: "+447700900555", type: "user_out", start: t(23, 13), seconds: 30))
        rows.append(
            teamsRow(
                12, account: "Repairs Queue", caller: "+441632960100", type: "ucap_out", start: t(23, 14), seconds: 30))
        rows.append(
            teamsRow(
                1, account: "Repairs Queue", caller: "+447700900123", type: "ucap_in", start: t(23, 9), seconds: 300))
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    /// A later export overlapping `teams`: contacts 6, 7 and 8 again, and two new ones (Council Tax CQ).
    static var teamsLater: String {
        var rows = [teamsHeader]
        for n in 6...8 {
            rows.append(
                teamsRow(
                    n, account: "Council Tax CQ", caller: "+44163296000\(n % 3)", type: "ucap_in",
                    start: "2026-11-2\(n - 3)T11:15:02Z", seconds: 100))
        }
        rows.append(
            teamsRow(
                13, account: "Council Tax CQ", caller: "+441632960001", type: "ucap_in", start: "2026-11-27T09:00:00Z",
                seconds: 70))
        rows.append(
            teamsRow(
                14, account: "Council Tax CQ", caller: "+441632960003", type: "ucap_in", start: "2026-11-27T10:00:00Z",
                seconds: 80))
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: Avaya IP Office SMDR

    /// One SMDR record (no header; 30 fields, as release 9 and later write).
    static func smdrRecord(
        start: String, connected: String, ring: Int, caller: String, direction: String, called: String,
        dialled: String, isInternal: Int, callID: Int, continuation: Int
    ) -> String {
        let base = [
            start, connected, "\(ring)", caller, direction, called, dialled, "", "\(isInternal)", "\(callID)",
            "\(continuation)", "E4100", "Hunt Group", "T9001", "Line 1.1", "0", "0",
        ]
        let tail = ["", "", "", "", "", "", "", "", "", "", "", "", ""]  // up to 30 fields: AoC, targeting, IP, times
        return (base + tail).joined(separator: ",")
    }

    /// Service lines 01632 960100 (Repairs) and 01632 960200 (Council Tax). 3 contacts: Repairs 2 (one with
    /// two continuation records, one withheld and unanswered), Council Tax 1. Skipped: 2 outbound, 1 internal
    /// call, 2 continuation records, 1 call to a number with no service line.
    static var smdr: String {
        let records = [
            smdrRecord(
                start: "2026/11/23 09:15:00", connected: "00:02:10", ring: 6, caller: "07700900123", direction: "I",
                called: "4100", dialled: "960100", isInternal: 0, callID: 1_000_101, continuation: 1),
            smdrRecord(
                start: "2026/11/23 09:15:00", connected: "00:03:00", ring: 2, caller: "07700900123", direction: "I",
                called: "4101", dialled: "960100", isInternal: 0, callID: 1_000_101, continuation: 1),
            smdrRecord(
                start: "2026/11/23 09:15:00", connected: "00:00:50", ring: 1, caller: "07700900123", direction: "I",
                called: "4102", dialled: "960100", isInternal: 0, callID: 1_000_101, continuation: 0),
            smdrRecord(
                start: "2026/11/24 10:00:00", connected: "00:00:00", ring: 25, caller: "", direction: "I",
                called: "4100", dialled: "01632960100", isInternal: 0, callID: 1_000_102, continuation: 0),
            smdrRecord(
                start: "2026/11/24 11:00:00", connected: "00:04:00", ring: 4, caller: "01632960001", direction: "I",
                called: "4200", dialled: "960200", isInternal: 0, callID: 1_000_103, continuation: 0),
            smdrRecord(
                start: "2026/11/24 11:30:00", connected: "00:01:00", ring: 3, caller: "4100", direction: "O",
                called: "07700900555", dialled: "907700900555", isInternal: 0, callID: 1_000_104, continuation: 0),
            smdrRecord(
                start: "2026/11/24 11:40:00", connected: "00:01:00", ring: 3, caller: "4100", direction: "O",
                called: "01632960777", dialled: "901632960777", isInternal: 0, callID: 1_000_105, continuation: 0),
            smdrRecord(
                start: "2026/11/25 12:00:00", connected: "00:00:30", ring: 2, caller: "4100", direction: "I",
                called: "4101", dialled: "4101", isInternal: 1, callID: 1_000_106, continuation: 0),
            smdrRecord(
                start: "2026/11/25 13:00:00", connected: "00:01:30", ring: 2, caller: "07700900999", direction: "I",
                called: "4300", dialled: "960999", isInternal: 0, callID: 1_000_107, continuation: 0),
        ]
        return records.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: NICE CXone call detail

    static let cxoneFields = [
        "Contact_ID", "Master_Contact_ID", "Contact_Code", "Media_Name", "Contact_Name", "ANI_DIALNUM", "Skill_No",
        "Skill_Name", "Campaign_No", "Campaign_Name", "Agent_No", "Agent_Name", "Team_No", "Team_Name", "SLA",
        "Start_Date", "start_time", "PreQueue", "InQueue", "Agent_Time", "PostQueue", "Total_Time", "Abandon_Time",
        "Routing_Time", "Abandon", "Callback_Time", "Logged", "Hold_Time",
    ]

    static func cxoneRow(
        contact: Int, master: Int, media: String, ani: String, skill: String, date: String, time: String,
        agent: Int, hold: Int, abandon: String
    ) -> String {
        [
            "\(contact)", "\(master)", "0", media, "", ani, "\(4_000_000 + skill.count)", skill, "1", "Inbound",
            agent > 0 ? "1234" : "", agent > 0 ? "Jo Bloggs" : "", "1", "Contact Team", "1", date, time, "3", "20",
            "\(agent)", "0", "\(agent + 23)", abandon == "Y" ? "40" : "0", "0", abandon, "0", "N", "\(hold)",
        ].joined(separator: ",")
    }

    /// 5 contacts: Council Tax phone 2 (one transferred to Benefits, counted once), Council Tax web 1
    /// (chat), Benefits email 1 in 2026-W48; Council Tax phone 1 on 12/01/2026 (1 December: 2026-W49).
    /// Skipped: 1 transfer. `lowerCase`: the field names as the API writes them.
    static func cxone(lowerCase: Bool = false) -> String {
        let header = (lowerCase ? cxoneFields.map { $0.lowercased() } : cxoneFields).joined(separator: ",")
        let rows = [
            cxoneRow(
                contact: 501, master: 501, media: "Phone Call", ani: "07700900123", skill: "Council Tax",
                date: "11/23/2026", time: "09:15:00", agent: 180, hold: 20, abandon: "N"),
            cxoneRow(
                contact: 502, master: 501, media: "Phone Call", ani: "07700900123", skill: "Benefits",
                date: "11/23/2026", time: "09:19:00", agent: 60, hold: 0, abandon: "N"),
            cxoneRow(
                contact: 503, master: 503, media: "Chat", ani: "", skill: "Council Tax", date: "11/24/2026",
                time: "13:00:00", agent: 300, hold: 0, abandon: "N"),
            cxoneRow(
                contact: 504, master: 504, media: "Email", ani: "Resident@Example.org", skill: "Benefits",
                date: "11/25/2026", time: "08:00:00", agent: 240, hold: 0, abandon: "N"),
            cxoneRow(
                contact: 505, master: 505, media: "Phone Call", ani: "+441632960001", skill: "Council Tax",
                date: "11/26/2026", time: "16:45:00", agent: 0, hold: 0, abandon: "Y"),
            cxoneRow(
                contact: 506, master: 506, media: "Phone Call", ani: "07700900123", skill: "Council Tax",
                date: "12/01/2026", time: "10:00:00", agent: 90, hold: 0, abandon: "N"),
        ]
        return ([header] + rows).joined(separator: "\r\n") + "\r\n"
    }

    // MARK: Amazon Connect contact records

    struct ConnectRecord {
        var id: String
        var initial: String? = nil
        var channel = "VOICE"
        var method = "INBOUND"
        var time: String
        var address: String? = nil
        var queue: String? = nil
        var agentSeconds: Int? = nil

        var json: String {
            func q(_ s: String?) -> String { s.map { "\"\($0)\"" } ?? "null" }
            let agent =
                agentSeconds.map {
                    "{\"ARN\":\"arn:aws:connect:eu-west-2:1:instance/x/agent/y\",\"AgentInteractionDuration\":\($0),"
                        + "\"ConnectedToAgentTimestamp\":\"\(time)\",\"HierarchyGroups\":null,\"Username\":\"jo\"}"
                } ?? "null"
            let queueJSON = queue.map { "{\"ARN\":\"arn:aws:connect:q\",\"Name\":\"\($0)\",\"Duration\":12}" } ?? "null"
            let endpoint = address.map { "{\"Address\":\"\($0)\",\"Type\":\"TELEPHONE_NUMBER\"}" } ?? "null"
            return "{\"AWSAccountId\":\"123456789012\",\"Agent\":\(agent),\"Attributes\":{\"lang\":\"en\"},"
                + "\"Channel\":\"\(channel)\",\"ContactId\":\"\(id)\",\"CustomerEndpoint\":\(endpoint),"
                + "\"InitialContactId\":\(q(initial)),\"InitiationMethod\":\"\(method)\","
                + "\"InitiationTimestamp\":\"\(time)\",\"Queue\":\(queueJSON),\"Recordings\":[{\"Location\":\"s3\"}]}"
        }

        static let csvHeader =
            "ContactId,InitialContactId,PreviousContactId,Channel,InitiationMethod,InitiationTimestamp,"
            + "DisconnectTimestamp,CustomerEndpoint.Address,CustomerEndpoint.Type,Queue.Name,Queue.Duration,"
            + "Agent.Username,Agent.AgentInteractionDuration,Agent.ConnectedToAgentTimestamp"

        var csv: String {
            [
                id, initial ?? "", initial ?? "", channel, method, time, time, address ?? "",
                address == nil ? "" : "TELEPHONE_NUMBER", queue ?? "", queue == nil ? "" : "12",
                agentSeconds == nil ? "" : "jo", agentSeconds.map(String.init) ?? "", agentSeconds == nil ? "" : time,
            ].joined(separator: ",")
        }
    }

    /// 4 contacts in 2026-W48: Repairs phone 2 (one transferred to Council Tax, counted once; a callback),
    /// Council Tax web 1 (chat), Repairs email 1. Skipped: 1 repeated record, 1 transfer, 1 outbound,
    /// 1 task, 1 ended before a queue.
    static var connectRecords: [ConnectRecord] {
        [
            ConnectRecord(
                id: "c-1", time: "2026-11-23T09:15:02Z", address: "+447700900123", queue: "Repairs", agentSeconds: 200),
            ConnectRecord(
                id: "c-1", time: "2026-11-23T09:15:02Z", address: "+447700900123", queue: "Repairs", agentSeconds: 200),
            ConnectRecord(
                id: "c-2", initial: "c-1", method: "TRANSFER", time: "2026-11-23T09:20:00Z", address: "+447700900123",
                queue: "Council Tax", agentSeconds: 100),
            ConnectRecord(
                id: "c-3", channel: "CHAT", time: "2026-11-24T12:00:00Z", queue: "Council Tax", agentSeconds: 400),
            ConnectRecord(
                id: "c-4", channel: "EMAIL", time: "2026-11-25T08:00:00Z", address: "resident@example.org",
                queue: "Repairs"),
            ConnectRecord(
                id: "c-5", method: "CALLBACK", time: "2026-11-26T14:00:00Z", address: "+447700900123", queue: "Repairs",
                agentSeconds: 90),
            ConnectRecord(
                id: "c-6", method: "OUTBOUND", time: "2026-11-26T15:00:00Z", address: "+447700900555", queue: "Repairs",
                agentSeconds: 60),
            ConnectRecord(id: "c-7", channel: "TASK", method: "API", time: "2026-11-26T15:30:00Z", queue: "Repairs"),
            ConnectRecord(id: "c-8", time: "2026-11-27T17:00:00Z", address: "+447700900999"),
        ]
    }

    /// As Firehose writes them: objects one after another; some on one line, the rest a line each.
    static var connectJSON: String {
        let r = connectRecords.map(\.json)
        return r[0] + r[1] + "\n" + r[2...].joined(separator: "\n") + "\n"
    }

    static var connectCSV: String {
        ([ConnectRecord.csvHeader] + connectRecords.map(\.csv)).joined(separator: "\n") + "\n"
    }
}
