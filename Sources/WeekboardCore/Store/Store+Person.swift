#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

package extension Store {
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

    /// The name kept for the person in `folder` (`people/<folder>/person.json`), nil when none is kept
    /// (a store from before display names, or a folder name that is not safe). One `lstat` when absent;
    /// a damaged file is an error naming it, as for any store file.
    func displayName(of folder: String) throws -> String? {
        guard (try? PersonName.checkFolder(folder)) != nil, has(StoreFiles.personProfile(folder)) else { return nil }
        return try read(StoreFiles.personProfile(folder)).displayName
    }

    /// The names kept for these folders (those with one), for views that list people (`log`).
    func displayNames(of folders: some Sequence<String>) throws -> [String: String] {
        var out: [String: String] = [:]
        for f in Set(folders) { if let name = try displayName(of: f) { out[f] = name } }
        return out
    }

    /// Changes the name shown for the person in `folder` to another spelling of it (`sam patel` to
    /// `Sam Patel`): it must fold to the same person, so `--person` with it still finds them. One change,
    /// journalled as the person's, so their `undo` takes it back.
    @discardableResult
    func renamePerson(_ folder: String, to typed: String, source: ChangeSource, now: Date = Date()) throws
        -> ActionOutcome
    {
        try PersonName.checkFolder(folder)
        let new = try PersonName(typed)
        guard PersonName.same(new.display, folder) else {
            throw InputError(
                "'\(Sanitize.text(new.display))' is another person (\(Sanitize.text(new.key))), not "
                    + "\(Sanitize.text(folder)): a new spelling may change only case, accents typed another way "
                    + "and spaces")
        }
        var message = ""
        let change = StoreChange<Void>(source: source, at: now) { tx in
            guard Self.hasWeeks(folder, store: tx.store) else {
                throw InputError("no one called '\(Sanitize.text(folder))' has anything in the store yet")
            }
            var profile = try tx.read(StoreFiles.personProfile(folder))
            let old = profile.displayName ?? folder
            guard old != new.display else {
                message = "\(new.display) is already shown as \(new.display)."
                return ("", ())
            }
            profile.displayName = new.display
            try tx.write(StoreFiles.personProfile(folder), profile)
            message = "\(old) is now shown as \(new.display)."
            return ("Name: “\(old)” shown as “\(new.display)”", ())
        }
        let committed = try apply(change)
        return ActionOutcome(message: message, entry: committed.entry)
    }

    /// True when the person's folder holds at least one week.
    internal static func hasWeeks(_ folder: String, store: Store) -> Bool {
        let dir = store.url("\(StoreLayout.peopleFolder)/\(folder)").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.contains { $0.hasSuffix(".json") && ISOWeek.parseID(String($0.dropLast(5))) != nil }
    }
}

extension Transaction {
    /// Keeps `display` as the person's name when this change is the one that first gives them data
    /// (a week staged, none on disk, no name kept): in the same commit, so undoing that change
    /// removes the name with the week.
    mutating func keepDisplayName(_ display: String?, person folder: String) throws {
        guard let display, staged.contains(where: { $0.path.hasPrefix("people/\(folder)/") && $0.data != nil }),
            !store.has(StoreFiles.personProfile(folder)), !Store.hasWeeks(folder, store: store),
            PersonName.same(display, folder)
        else { return }
        try write(StoreFiles.personProfile(folder), PersonProfile(displayName: display))
    }
}
