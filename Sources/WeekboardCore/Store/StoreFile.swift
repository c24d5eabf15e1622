#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A file in the store: where it lives, what it holds, what it is when absent.
public struct StoreFile<Value: Codable & Sendable>: Sendable {
    public let path: String
    public let schema: Int
    public let empty: @Sendable () -> Value
    /// Passed to the decoder (e.g. `WeeklyCount.totalsOnly`).
    public let userInfo: [CodingUserInfoKey: any Sendable]

    public init(
        path: String, schema: Int, userInfo: [CodingUserInfoKey: any Sendable] = [:],
        empty: @escaping @Sendable () -> Value
    ) {
        self.path = path
        self.schema = schema
        self.userInfo = userInfo
        self.empty = empty
    }
}

/// The store's layout. One file per person per week, one for the board, one per week of contacts:
/// opening the current week reads a handful of small files however long the history.
public enum StoreFiles {
    public static let info = StoreLayout.info
    public static let lock = StoreLayout.lock

    public static func personWeek(_ person: String, _ week: ISOWeek) -> StoreFile<PersonWeek> {
        StoreFile(path: StoreLayout.personWeek(person, week), schema: PersonWeek.schemaVersion) {
            PersonWeek(person: person, week: week)
        }
    }

    public static func personProfile(_ person: String) -> StoreFile<PersonProfile> {
        StoreFile(path: StoreLayout.personProfile(person), schema: PersonProfile.schemaVersion) { PersonProfile() }
    }

    public static let board = StoreFile(path: StoreLayout.board, schema: Board.schemaVersion) { Board() }

    public static func contacts(_ week: ISOWeek) -> StoreFile<ContactWeek> {
        StoreFile(path: StoreLayout.contacts(week), schema: ContactWeek.schemaVersion) { ContactWeek(week: week) }
    }

    /// The same file as `contacts(_:)`, decoding only each service's total (`WeeklyCount.totalsOnly`):
    /// for the weeks a view compares with, not for a week that is shown or changed.
    public static func contactTotals(_ week: ISOWeek) -> StoreFile<ContactWeek> {
        StoreFile(
            path: StoreLayout.contacts(week), schema: ContactWeek.schemaVersion,
            userInfo: [WeeklyCount.totalsOnly: true]
        ) { ContactWeek(week: week) }
    }

    /// Store format 1's year of contacts, read only to upgrade the store (`Store.upgrade`).
    static func legacyContacts(_ year: Int) -> StoreFile<ContactYear> {
        StoreFile(path: StoreLayout.legacyContacts(year), schema: ContactYear.schemaVersion) { ContactYear(year: year) }
    }
}
