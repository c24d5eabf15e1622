import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The local JSON store. Readers take no lock; every change is a `transaction`: exclusive lock,
/// re-read, apply, atomic write, unlock.
public struct Store: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// `--store`, then `WEEKBOARD_STORE`, then `$XDG_DATA_HOME/weekboard`, then `~/.local/share/weekboard`.
    public static func defaultRoot(environment env: [String: String]) -> URL {
        if let s = env["WEEKBOARD_STORE"], !s.isEmpty { return URL(fileURLWithPath: s) }
        if let x = env["XDG_DATA_HOME"], !x.isEmpty {
            return URL(fileURLWithPath: x).appendingPathComponent("weekboard")
        }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/weekboard")
    }

    public func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    public var exists: Bool { FileManager.default.fileExists(atPath: url(StoreFiles.info).path) }

    /// False when the folder cannot be written (then the dashboard opens read-only).
    public var isWritable: Bool { access(root.path, W_OK) == 0 }

    /// Creates the folder (0700) and `store.json` (0600) if missing; leaves an existing store alone.
    @discardableResult
    public func create(name: String? = nil, now: Date = Date()) throws -> StoreInfo {
        try Directories.make(root)
        return try transaction { tx in
            if let existing = try tx.readInfoIfPresent() { return existing }
            let info = StoreInfo(name: name ?? root.lastPathComponent, createdAt: now)
            try tx.writeInfo(info)
            return info
        }
    }

    public func info() throws -> StoreInfo {
        guard let data = try readData(StoreFiles.info) else { throw StoreError.notAStore(path: root.path) }
        return try JSONCoding.decode(
            StoreInfo.self, from: data, file: url(StoreFiles.info).path, supportedSchema: StoreInfo.schemaVersion)
    }

    /// Reads a file; its empty value when absent.
    public func read<V>(_ file: StoreFile<V>) throws -> V {
        guard let data = try readData(file.path) else { return file.empty() }
        return try JSONCoding.decode(
            V.self, from: data, file: url(file.path).path, supportedSchema: file.schema,
            userInfo: file.userInfo)
    }

    /// True when the file exists (whether or not it is valid).
    public func has<V>(_ file: StoreFile<V>) -> Bool { FileManager.default.fileExists(atPath: url(file.path).path) }

    /// Names of the people with a folder in the store, sorted.
    public func people() throws -> [String] {
        let dir = url("people")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Weeks with a contacts file on disk, oldest first.
    public func contactWeeks() -> [ISOWeek] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url("contacts").path)) ?? []
        return names.compactMap { $0.hasSuffix(".json") ? ISOWeek.parseID(String($0.dropLast(5))) : nil }.sorted()
    }

    func readData(_ relative: String) throws -> Data? {
        let u = url(relative)
        // One stat for the common cases (a file, or absent: a week shows ~15 weeks of contacts, most
        // of them absent on a young store); lstat only to tell absent from a dangling symlink.
        var st = stat()
        guard stat(u.path, &st) == 0 else {
            // A dangling symlink (or a loop) is not "absent": refuse it rather than overwrite it.
            var lst = stat()
            if lstat(u.path, &lst) == 0 {
                throw StoreError.io(path: u.path, reason: "is a broken or looping symbolic link")
            }
            return nil
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            throw StoreError.io(path: u.path, reason: "is a folder where a file was expected")
        }
        do {
            return try Data(contentsOf: u)
        } catch {
            throw StoreError.io(path: u.path, reason: "cannot read: \(error.localizedDescription)")
        }
    }

    /// Runs `body` holding the store's exclusive lock. Reads inside see the latest data; writes are
    /// staged and, if `body` returns without throwing, each is written atomically. A throw writes nothing.
    public func transaction<T>(_ body: (inout Transaction) throws -> T) throws -> T {
        try Directories.make(root)
        guard isWritable else { throw StoreError.readOnly(path: root.path) }
        let lock = try FileLock(path: url(StoreFiles.lock).path)
        defer { lock.unlock() }
        // A damaged or newer-format store.json means the whole store may not be ours to change;
        // an older format is upgraded first, under the same lock.
        var tx = Transaction(store: self)
        if exists, try info().schemaVersion < StoreInfo.schemaVersion { try upgrade(&tx) }
        let result = try body(&tx)
        try tx.commit()
        return result
    }
}

/// The inside of one store transaction.
public struct Transaction {
    let store: Store
    /// Writes (data) and removals (nil), carried out in this order on commit.
    private var staged: [(path: String, data: Data?)] = []

    init(store: Store) { self.store = store }

    /// The current contents (a write staged earlier in this transaction wins).
    public func read<V>(_ file: StoreFile<V>) throws -> V {
        if let s = staged.last(where: { $0.path == file.path }) {
            guard let data = s.data else { return file.empty() }
            return try JSONCoding.decode(V.self, from: data, file: store.url(file.path).path, userInfo: file.userInfo)
        }
        return try store.read(file)
    }

    public mutating func write<V>(_ file: StoreFile<V>, _ value: V) throws {
        let data = try JSONCoding.encode(value)
        try StoreFileSize.check(data, path: store.url(file.path).path)
        staged.append((file.path, data))
    }

    /// Removes a file on commit, after the writes staged before it.
    mutating func remove(_ path: String) {
        staged.append((path, nil))
    }

    func readInfoIfPresent() throws -> StoreInfo? {
        store.exists ? try store.info() : nil
    }

    mutating func writeInfo(_ info: StoreInfo) throws {
        staged.append((StoreFiles.info, try JSONCoding.encode(info)))
    }

    /// Writes and removes files in the order staged; an unchanged file is not rewritten.
    mutating func commit() throws {
        var seen = Set<String>()
        var swept = Set<URL>()
        // Last change of each path wins; keep first-staged order.
        let finals = staged.reversed().filter { seen.insert($0.path).inserted }.reversed()
        for (path, data) in finals {
            let u = store.url(path)
            guard let data else {
                try AtomicFile.remove(u)
                continue
            }
            if let old = try? Data(contentsOf: u), old == data { continue }
            if swept.insert(u.deletingLastPathComponent()).inserted {
                AtomicFile.removeLeftovers(in: u.deletingLastPathComponent())
            }
            try AtomicFile.write(data, to: u)
        }
        staged.removeAll()
    }
}
