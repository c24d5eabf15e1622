import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

extension FollowUpState: ExpressibleByArgument {}

/// `weekboard calls followups`: the callers the rule marks as calling too often, to follow up.
struct FollowUpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followups",
        abstract: "List the callers who call too often, with where following each up has got to.",
        discussion: """
            A caller is calling too often at 4 or more contacts with one service within 7 days (the config's \
            followUpContacts and followUpDays change the rule), over every week of per-contact imports kept. \
            Each is shown by a reference (never a number or a name), with their contacts, first and last \
            contact, and each contact's identity in the system that holds it (a Teams Call ID, a CXone \
            Contact_ID, a Connect ContactId), so whoever follows up can find them there. Newest first. For a \
            follow-up done: their contacts in the 28 days before and after it.
            """)
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Only this service.", valueName: "name")) var service: String?
    @Flag(help: "Only those still to do or in progress.") var open = false
    @Option(
        help: ArgumentHelp(
            "Only follow-ups done on or after this date (2026-11-01), and what they made of contacts in all.",
            valueName: "date"))
    var since: String?
    @Flag(help: "Print JSON.") var json = false

    struct Entry: Codable {
        let ref: String
        let service: String
        let contacts: Int
        let contactsInWindow: Int
        let first: CalendarDay
        let last: CalendarDay
        let state: String
        let owner: String?
        let note: String?
        let changed: CalendarDay?
        let sources: [String]
        let otherServices: [String]
        let contactsBefore: Int?
        let contactsAfter: Int?
    }

    func run() throws {
        let e = try CommandEnvironment(global)
        try e.requireStore()
        let list = try FollowUpList.load(store: e.store, reader: e.store, rule: e.config.followUpRule)
        let from = try since.map { raw in
            guard let day = CalendarDay.parse(raw) else {
                throw InputError("--since '\(Sanitize.text(raw))' is not a date")
            }
            return day
        }
        let shown = list.callers.filter { c in
            (service.map { c.service.lowercased() == $0.lowercased() } ?? true) && (!open || c.state.isOpen)
                && (from.map { day in c.state == .done && (c.followUp?.changed ?? day) >= day } ?? true)
        }
        let entries = shown.map { c in
            let outcome = FollowUpList.outcome(c, visits: c.perDay, today: e.today)
            return Entry(
                ref: c.ref, service: c.service, contacts: c.contacts, contactsInWindow: c.contactsInWindow,
                first: c.first, last: c.last, state: c.state.rawValue, owner: c.followUp?.owner,
                note: c.followUp?.note, changed: c.followUp?.changed, sources: c.sources,
                otherServices: c.otherServices, contactsBefore: outcome?.before, contactsAfter: outcome?.after)
        }
        if json {
            writeOut(try JSONCoding.encodeForOutput(entries))
            return
        }
        guard !entries.isEmpty else {
            let filtered = open || service != nil || since != nil
            print(
                list.callers.isEmpty
                    ? "No caller is calling too often (\(e.config.followUpRule.text))."
                    : filtered
                        ? "No follow-ups match."
                        : "")
            return
        }
        for (c, entry) in zip(shown, entries) {
            var line =
                "\(c.ref)  \(Sanitize.text(c.service))  \(c.contactsInWindow) in \(e.config.followUpRule.days) days"
            line += " (\(c.contacts) in all, \(c.first.short) to \(c.last.short))  \(c.state.words)"
            if let owner = entry.owner { line += ", \(Sanitize.text(owner))" }
            print(line)
            if let note = entry.note { print("    \(Sanitize.text(note))") }
            if let before = entry.contactsBefore, let after = entry.contactsAfter {
                print("    28 days before it was done: \(before) contacts; since: \(after)")
            }
            if !c.sources.isEmpty { print("    contacts: " + c.sources.map(Sanitize.text).joined(separator: " ")) }
        }
        // Whether following up made a difference, across every follow-up done that is listed.
        let done = entries.filter { $0.contactsBefore != nil }
        if !done.isEmpty {
            let before = done.compactMap(\.contactsBefore).reduce(0, +)
            let after = done.compactMap(\.contactsAfter).reduce(0, +)
            print(
                "\(done.count) follow-up\(done.count == 1 ? "" : "s") done"
                    + (from.map { " since \($0.short)" } ?? "")
                    + ": \(before) contacts in the 28 days before, \(after) since.")
        }
    }
}

extension FollowUpList.Rule {
    /// `4 or more contacts within 7 days`
    var text: String { "\(contacts) or more contacts with one service within \(days) days" }
}
