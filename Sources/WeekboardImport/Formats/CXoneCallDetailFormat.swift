#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// NICE CXone call detail (the Contact Detail data download, or the same from the reporting API, whose
/// field names differ in case). One row per contact leg: a transfer adds a row with a new `Contact_ID` and
/// the same `Master_Contact_ID`, so a contact is a master. `Start_Date` is month first (`12/01/2026`).
struct CXoneCallDetailFormat: ContactExportFormat {
    static let signature = [
        "Contact_ID", "Master_Contact_ID", "Media_Name", "ANI_DIALNUM", "Skill_Name", "Start_Date", "start_time",
    ]

    let format = CallsFormat.cxone
    private let contactID, master, media, ani, skill, date, time: Int
    private let agentTime, holdTime, acwTime, abandon: Int?

    init?(_ h: HeaderColumns) {
        guard let contactID = h["Contact_ID"], let master = h["Master_Contact_ID"], let media = h["Media_Name"],
            let ani = h["ANI_DIALNUM"], let skill = h["Skill_Name"], let date = h["Start_Date"],
            let time = h["start_time"]
        else { return nil }
        (self.contactID, self.master, self.media, self.ani) = (contactID, master, media, ani)
        (self.skill, self.date, self.time) = (skill, date, time)
        agentTime = h["Agent_Time"]
        holdTime = h["Hold_Time"]
        acwTime = h["ACW_Time"] ?? h["ACW_Seconds"]
        abandon = h["Abandon"]
    }

    func meaning(ofColumn i: Int) -> String? {
        switch i {
        case contactID: return "the row's own contact (the master's own row stands for the contact)"
        case master: return "identity: one contact per Master_Contact_ID (kept only as a keyed hash)"
        case media: return "channel (Phone Call: phone, Chat: web, Email: email)"
        case ani: return "caller (kept only as a token)"
        case skill: return "service (through serviceAliases)"
        case date: return "date, month first (12/01/2026 is 1 December)"
        case time: return "time of day"
        default:
            if i == agentTime {
                return "handled time, seconds (with Hold_Time and ACW where present; kept per contact)"
            }
            if i == holdTime || i == acwTime { return "added to handled time" }
            if i == abandon { return "abandoned flag (kept per contact)" }
            return nil
        }
    }

    var rules: [String] {
        [
            "One contact per Master_Contact_ID: further rows of a master (transfers) add their time to it.",
            "Every row counts as demand, abandoned ones too; Work Item and other media are skipped.",
        ]
    }

    func read(line: Int, _ value: (Int) -> String) -> RecordOutcome {
        let own = value(contactID).trimmed(.whitespaces)
        var id = value(master).trimmed(.whitespaces)
        if id.isEmpty || id == "0" { id = own }
        guard !id.isEmpty else { return .reject("Contact_ID and Master_Contact_ID are empty") }
        guard let channel = Self.channel(value(media)) else { return .skip(.otherMedia) }
        guard let when = FormatFields.slashTime(value(date), time: value(time), monthFirst: true) else {
            return .reject("Start_Date and start_time are not a date and time like 12/01/2026 09:15:02")
        }
        let name: String
        switch FormatFields.service(value(skill)) {
        case .success(let s): name = s
        case .failure(let bad): return .reject("Skill_Name: " + bad.reason)
        }
        let (who, unreadable) = FormatFields.caller(value(ani))
        var r = ContactRecord(line: line, time: when, service: name, channel: channel, caller: who)
        if let agentTime, let t = FormatFields.seconds(value(agentTime)) {
            r.seconds =
                t + [holdTime, acwTime].compactMap { $0.flatMap { FormatFields.seconds(value($0)) } }.reduce(0, +)
        }
        if let abandon { r.abandoned = FormatFields.flag(value(abandon)) }
        return .contact(
            ContactPart(
                record: r, identity: "cxone:" + id, primary: own == id || own.isEmpty, again: .transfer,
                addsTime: true, callerUnreadable: unreadable))
    }

    /// CXone's media names; nil for those that are not a resident's contact (work items).
    static func channel(_ raw: String) -> Channel? {
        if let c = Channel(parsing: raw) { return c }
        switch raw.trimmed(.whitespaces).lowercased() {
        case "voicemail", "voice mail", "phone": return .phone
        case "sms", "social", "digital", "messaging", "whatsapp", "text": return .web
        default: return nil
        }
    }
}
