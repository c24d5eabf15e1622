#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

public extension Store {
    /// The folder that holds `name`'s weeks: `people/<key>` (`PersonName`), or the folder an earlier
    /// weekboard made for them under its own rule (`Alex`, case kept), found by comparing keys, so an
    /// existing store keeps working. One `stat` when the key's folder exists (or there is no store).
    func personFolder(_ name: PersonName) -> String {
        let people = url(StoreLayout.peopleFolder)
        if FileManager.default.fileExists(atPath: people.appendingPathComponent(name.key).path) { return name.key }
        guard let folders = try? FileManager.default.contentsOfDirectory(atPath: people.path) else { return name.key }
        let same = folders.filter { !$0.hasPrefix(".") && (try? PersonName($0).key) == name.key }.sorted()
        // Two old folders that fold together (`Alex` and `alex`): the one spelt as typed, else the first.
        return same.first { $0 == name.display } ?? same.first ?? name.key
    }
}
