#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Which journal entries `weekboard log` (and the dashboard's `L`) show.
package struct LogQuery: Equatable, Sendable {
    /// Changes made on this week (`--week`), by the week they were about.
    package var week: ISOWeek?
    package var person: String?
    /// Changes made on or after this day (local time).
    package var since: CalendarDay?
    /// Changes to this project (the name or its start, case-insensitively).
    package var project: String?

    package init(week: ISOWeek? = nil, person: String? = nil, since: CalendarDay? = nil, project: String? = nil) {
        self.week = week
        self.person = person
        self.since = since
        self.project = project
    }

    package func matches(_ e: JournalEntry) -> Bool {
        if let week, e.week != week.id { return false }
        if let person, !PersonName.same(e.source.person, person),
            e.source.access?.lowercased() != person.lowercased()
        {
            return false
        }
        if let since, CalendarDay(e.at) < since { return false }
        if let project {
            let p = project.lowercased()
            guard
                e.projects.contains(where: {
                    $0.lowercased().hasPrefix(p) || formerNames.contains($0.lowercased())
                })
            else { return false }
        }
        return true
    }

    /// Names the project had before a rename found further up the journal (lower-cased): with them
    /// `--project Kitchens` still shows what happened while it was "Kitchen replacements".
    var formerNames: Set<String> = []

    /// Reads one entry, newest first: a rename to a name asked for adds the name before it.
    mutating func follow(_ e: JournalEntry) {
        guard let project, let rename = e.projectRename else { return }
        let to = rename.to.lowercased()
        if to.hasPrefix(project.lowercased()) || formerNames.contains(to) {
            formerNames.insert(rename.from.lowercased())
        }
    }
}
