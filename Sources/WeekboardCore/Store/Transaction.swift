#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The inside of one change: reads see the latest data and this change's own staged writes;
/// nothing reaches the disk until `Store.apply` commits it, all files together.
package struct Transaction {
    let store: Store
    /// Writes (data) and removals (nil), carried out in this order on commit.
    private(set) var staged: [(path: String, data: Data?)] = []
    /// Set by undo and redo: the kind of entry this change is, and the entry it takes back.
    var undoOf: (kind: JournalEntry.Kind, target: JournalEntry)?

    init(store: Store) { self.store = store }

    /// The current contents (a write staged earlier in this transaction wins).
    package func read<V>(_ file: StoreFile<V>) throws -> V {
        if let s = staged.last(where: { $0.path == file.path }) {
            guard let data = s.data else { return file.empty() }
            return try file.decode(data, fullPath: store.url(file.path).path, checkingSchema: false)
        }
        return try store.read(file)
    }

    package mutating func write<V>(_ file: StoreFile<V>, _ value: V) throws {
        let data = try JSONCoding.encode(value)
        try StoreFileSize.check(data, path: store.url(file.path).path)
        staged.append((file.path, data))
    }

    /// Stages bytes already checked by the caller (undo, the journal's own files).
    mutating func writeRaw(_ path: String, _ data: Data?) {
        staged.append((path, data))
    }

    /// Removes a file on commit, after the writes staged before it.
    mutating func remove(_ path: String) {
        staged.append((path, nil))
    }

    /// The bytes as this transaction sees them (staged, else on disk).
    func readData(_ path: String) throws -> Data? {
        if let s = staged.last(where: { $0.path == path }) { return s.data }
        return try store.readData(path)
    }

    package func readInfoIfPresent() throws -> StoreInfo? {
        store.exists ? try store.info() : nil
    }

    package mutating func writeInfo(_ info: StoreInfo) throws {
        staged.append((StoreFiles.info, try JSONCoding.encode(info)))
    }

    /// The last version staged for each path that differs from the disk, in first-staged order,
    /// with what the disk holds now.
    func finalChanges() throws -> [(path: String, old: Data?, new: Data?)] {
        var seen = Set<String>()
        let finals = staged.reversed().filter { seen.insert($0.path).inserted }.reversed()
        var out: [(path: String, old: Data?, new: Data?)] = []
        for (path, data) in finals {
            let old = try store.readData(path)
            if old != data { out.append((path, old, data)) }
        }
        return out
    }
}
