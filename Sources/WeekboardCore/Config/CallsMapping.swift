/// How to read a per-contact export of a system weekboard does not know by name: which column holds
/// what, and which rows count. In the config (`callsMappings`, a list, each recognised by its columns) or
/// a file of its own (`calls import --map FILE`). Column names are matched ignoring case, spaces, `_`,
/// `-` and `.`. For example:
///
///     {"name": "Genesys interactions", "time": "Start", "timeFormat": "dd/MM/yyyy HH:mm:ss",
///      "service": "Queue", "channel": "Media Type", "caller": "ANI", "identity": "Conversation ID",
///      "counts": {"column": "Direction", "is": ["inbound"]}, "duration": "Handle Time",
///      "abandoned": {"column": "Abandoned", "is": ["yes"]}}
package struct CallsMapping: Codable, Equatable, Sendable {
    /// A column and the values (ignoring case) that make a row count, or mark it abandoned.
    package struct RowRule: Codable, Equatable, Sendable {
        package var column: String
        package var `is`: [String]

        package init(column: String, is values: [String]) {
            self.column = column
            self.is = values
        }
    }

    /// What the system is called: said in the summary.
    package var name: String
    /// The column with the contact's date and time (or its time, with `date`).
    package var time: String
    /// A column with the date, when the time column holds only the time of day.
    package var date: String?
    /// `yyyy`, `MM`, `M`, `dd`, `d`, `HH`, `H`, `hh`, `h`, `mm`, `ss`, `a` (AM/PM) and literal characters, e.g.
    /// `MM/dd/yyyy h:mm a`; or `iso` (local), `iso-utc` (UTC, shown in local time). Absent: ISO or UK dates.
    package var timeFormat: String?
    /// The service column; absent: `--service NAME` names the file's one service.
    package var service: String?
    /// The channel column; absent: phone (e-mail for a caller that is an address).
    package var channel: String?
    /// The caller column (a phone number or an e-mail address); absent: every caller withheld.
    package var caller: String?
    /// The column with the system's own id of a contact: rows with one id are one contact.
    package var identity: String?
    /// Which rows count (absent: every row).
    package var counts: RowRule?
    /// The column with how long the contact was handled (seconds, or h:mm:ss).
    package var duration: String?
    /// Which rows are abandoned contacts.
    package var abandoned: RowRule?

    package init(name: String, time: String) {
        self.name = name
        self.time = time
    }

    /// Every column the mapping names: a file with all of them is one this mapping reads.
    package var columns: [String] {
        [time, date, service, channel, caller, identity, counts?.column, duration, abandoned?.column].compactMap { $0 }
    }

    /// Why the mapping cannot be used, or nil.
    package var problem: String? {
        if name.trimmed(.whitespaces).isEmpty { return "its name is empty" }
        if let empty = columns.first(where: { $0.trimmed(.whitespaces).isEmpty }) {
            return "'\(Sanitize.text(name))' names an empty column\(empty.isEmpty ? "" : "")"
        }
        if let rule = counts, rule.is.isEmpty { return "counts.is is empty: say which values of \(rule.column) count" }
        if let rule = abandoned, rule.is.isEmpty { return "abandoned.is is empty" }
        if let f = timeFormat, !["iso", "iso-utc"].contains(f), !f.contains("yyyy") || !f.contains("d") {
            return "timeFormat '\(Sanitize.text(f))' needs yyyy, MM and dd (or is iso or iso-utc)"
        }
        return nil
    }
}
