import Foundation
@testable import WeekboardCore
import WeekboardTestSupport

/// A fresh store in its own temporary folder, removed with `temp`.
func makeStore(in temp: TempStore, _ name: String = #function) throws -> Store {
    let store = temp.store("import-\(name.filter(\.isLetter))")
    try store.create(name: "test")
    return store
}

/// Every file under the store, path → bytes: to prove what did or did not change.
func snapshot(_ store: Store) -> [String: Data] { StoreSnapshot.files(store.root) }

func csv(_ text: String) -> Data { Data(text.utf8) }

extension ContactYear {
    func total(_ service: String, _ week: ISOWeek) -> Int? { count(service: service, week: week.week)?.total }
}

func week(_ id: String) -> ISOWeek { ISOWeek.parseID(id)! }

/// A week's figure made only of contacts imported one by one.
/// `known` and `again`: contacts with a known caller, and of those the ones calling again within 7 days.
extension WeeklyCount {
    /// The figure without its imports' identities (`imports`), for comparing with `importedCount`.
    var lessImports: WeeklyCount {
        var copy = self
        copy.imports = nil
        return copy
    }

    /// What each import added, in order of size.
    var importCounts: [[Channel: Int]] {
        (imports ?? [:]).values.sorted { $0.values.reduce(0, +) > $1.values.reduce(0, +) }
    }
}

func importedCount(_ channels: [Channel: Int], known: Int? = nil, again: Int? = nil) -> WeeklyCount {
    var count = WeeklyCount(total: channels.values.reduce(0, +), channels: channels)
    count.imported = channels
    count.identified = known
    count.callingAgain = again
    return count
}
