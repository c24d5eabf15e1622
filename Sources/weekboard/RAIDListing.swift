import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// `risk list`, `issue list`, `decision list` and `action list`: each project's items of one kind,
/// numbered as the other commands name them, as text or JSON.
enum RAIDListing {
    static func run(
        _ kind: RAIDKind, global: GlobalOptions, week option: WeekOption, project: String?, json: Bool, all: Bool
    ) throws {
        let e = try CommandEnvironment(global)
        try e.requireStore()
        // A past week: the log as it stood at the end of that week's Sunday, as that week's board shows it.
        let week = try e.week(option)
        let asAt: CalendarDay? = week.sunday < e.today ? week.sunday : nil
        if week.monday > e.today { throw InputError("week \(week.id) has not begun: nothing was recorded in it yet") }
        let board = try e.store.reading { reader in
            try asAt.map { try e.store.board(asAt: $0, week: week) } ?? reader.read(StoreFiles.board)
        }.active
        var projects = board.projects
        if let project { projects = [board.projects[try board.find(project)]] }
        let rows = projects.map { p in (p, RAIDRows.items(kind, of: p).filter { all || $0.isOpen }) }
        if json {
            let listing = Listing(
                kind: kind.plural,
                projects: rows.filter { project != nil || !$0.1.isEmpty }.map { p, items in
                    Listing.Project(name: p.name, programme: p.programme, items: items.map(Listing.Item.init))
                })
            writeOut(try JSONCoding.encodeForOutput(listing))
            return
        }
        let shown = rows.filter { !$0.1.isEmpty }
        if let asAt { say("As at \(asAt.long)") }
        if shown.isEmpty {
            let which = project == nil ? "" : projects.first.map { " on \($0.name)" } ?? ""
            say("No \(all ? "" : "open ")\(kind.plural)\(which).")
        }
        for (p, items) in shown {
            say(p.name)
            for item in items {
                say(rightAligned(item.number, 4) + "  " + item.line(today: e.today))
                if let detail = item.detail { say("        " + detail) }
            }
        }
    }

    /// `risk list --json`: `{"kind", "projects": [{"name", "programme", "items": [...]}]}`.
    struct Listing: Encodable {
        /// The item's number, whether it is open, when it was raised and its score, then its fields as stored.
        struct Item: Encodable {
            let row: RAIDRow

            init(_ row: RAIDRow) { self.row = row }

            private enum Keys: String, CodingKey { case number, open, raised, score }

            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(row.number, forKey: .number)
                try c.encode(row.isOpen, forKey: .open)
                try c.encode(row.raised, forKey: .raised)
                try c.encodeIfPresent(row.score, forKey: .score)
                switch row.entry {
                case .risk(let r): try r.encode(to: encoder)
                case .issue(let x): try x.encode(to: encoder)
                case .decision(let d): try d.encode(to: encoder)
                case .action(let a): try a.encode(to: encoder)
                }
            }
        }
        struct Project: Encodable {
            let name: String
            let programme: String
            let items: [Item]
        }
        let kind: String
        let projects: [Project]
    }
}

/// A `--due`, `--review` or `--by` date (`2026-12-04`, `fri`, `+2w`…), or the error naming the option.
func parseDate(_ raw: String?, option: String, today: CalendarDay) throws -> CalendarDay? {
    guard let raw else { return nil }
    do { return try DateSpec.parse(raw, today: today) } catch let error as DateSpec.Invalid {
        throw InputError("\(option): \(error)")
    }
}

/// A 1 to 5 value given on the command line, checked while parsing (exit 2, naming the option).
func checkScore(_ n: Int?, _ option: String) throws {
    if let n, !(1...5).contains(n) { throw badValue("\(option) must be 1 to 5, not \(n)") }
}
