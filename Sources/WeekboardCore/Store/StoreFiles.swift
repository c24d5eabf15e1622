#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The store's layout. One file per person per week, one for the board, one per week of contacts:
/// opening the current week reads a handful of small files however long the history.
package enum StoreFiles {
    package static let info = StoreLayout.info
    package static let lock = StoreLayout.lock

    package static func personWeek(_ person: String, _ week: ISOWeek) -> StoreFile<PersonWeek> {
        StoreFile(.personWeek, StoreLayout.personWeek(person, week), .init(person: person, week: week))
    }

    package static func personProfile(_ person: String) -> StoreFile<PersonProfile> {
        StoreFile(.personProfile, StoreLayout.personProfile(person), .init(person: person))
    }

    package static let board = StoreFile<Board>(.board, StoreLayout.board)

    package static func contacts(_ week: ISOWeek) -> StoreFile<ContactWeek> {
        StoreFile(.contactWeek, StoreLayout.contacts(week), .init(week: week))
    }

    /// The same file as `contacts(_:)`, decoding only each service's total (`WeeklyCount.totalsOnly`):
    /// for the weeks a view compares with, not for a week that is shown or changed.
    package static func contactTotals(_ week: ISOWeek) -> StoreFile<ContactWeek> {
        StoreFile(
            path: StoreLayout.contacts(week), schema: ContactWeek.schemaVersion,
            reader: { try ContactWeek(json: $0, totalsOnly: true) }
        ) { StoreFileKind.contactWeek.emptyModel(.init(week: week)) }
    }

    /// Store format 1's year of contacts, read only to upgrade the store (`Store.upgrade`).
    static func legacyContacts(_ year: Int) -> StoreFile<ContactYear> {
        StoreFile(.legacyContacts, StoreLayout.legacyContacts(year), .init(year: year))
    }
}
