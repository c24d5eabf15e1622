#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Fills a store with realistic demo data, dated around `today`: the README's first command
/// shows this, and golden tests render it at a fixed date.
package enum DemoStore {
    package static let storeName = "Technical Services"
    package static let colleague = "sam"

    /// Writes the demo into `store` as one change (all of it or, on any error, none). Refuses a store
    /// that already holds data.
    package static func fill(
        _ store: Store, person: String, today: CalendarDay, now: Date,
        source: ChangeSource
    ) throws {
        let week = ISOWeek(containing: today)
        if store.exists {
            let hasData =
                !(try store.people()).isEmpty || store.has(StoreFiles.board) || !store.contactWeeks().isEmpty
                || store.has(StoreFiles.okrs)
            if hasData {
                throw InputError(
                    "the store at \(store.root.path) already holds data; use an empty folder with --store for the demo")
            }
        }
        try store.apply(
            StoreChange<Void>(source: source, week: week, at: now) { tx in
                if try tx.readInfoIfPresent() == nil { try tx.writeInfo(StoreInfo(name: storeName, createdAt: now)) }
                for pw in DemoWeeks.weeks(person: person, current: week, now: now) {
                    try tx.write(StoreFiles.personWeek(person, pw.week), pw)
                }
                if person != colleague {
                    try tx.write(
                        StoreFiles.personWeek(colleague, week), DemoWeeks.colleague(colleague, current: week, now: now))
                }
                try tx.writeBoard(DemoBoard.board(today: today), today: today)
                try tx.write(StoreFiles.okrs, DemoOKRs.set(now: now))
                for year in DemoContacts.years(through: week) {
                    try tx.write(year, weeks: year.weeks)
                }
                return ("Filled the store with the demo", ())
            })
    }
}
