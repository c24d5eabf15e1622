#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The local JSON store. Every change is one `StoreChange` applied by `apply`: exclusive lock,
/// finish any commit a crash interrupted, re-read, apply, journal entry, all-or-nothing commit,
/// unlock. Readers take a shared lock (`reading`) so they never see a change half made.
package struct Store: Sendable {
    package let root: URL
    /// Called at each step of a commit. Only the fault tests set it (to kill the writer there).
    package var commitObserver: (@Sendable (CommitStep) -> Void)?
    /// Files of a crashed, unfinished commit, read in place of the store's own (see `reading`).
    var overlay: [String: String?] = [:]

    package init(root: URL) { self.root = root.standardizedFileURL }

    /// `--store`, then `WEEKBOARD_STORE`, then `$XDG_DATA_HOME/weekboard`, then `~/.local/share/weekboard`.
    package static func defaultRoot(environment env: [String: String]) -> URL {
        if let s = env["WEEKBOARD_STORE"], !s.isEmpty { return URL(fileURLWithPath: s) }
        if let x = env["XDG_DATA_HOME"], !x.isEmpty {
            return URL(fileURLWithPath: x).appendingPathComponent("weekboard")
        }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? Posix.homeDirectory() ?? "/"
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/weekboard")
    }

    package func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    package var exists: Bool { FileManager.default.fileExists(atPath: url(StoreFiles.info).path) }

    /// False when the folder cannot be written (then the dashboard opens read-only).
    package var isWritable: Bool { Posix.isWritable(root.path) }

    /// Creates the folder (0700) and `store.json` (0600) if missing; leaves an existing store alone.
    @discardableResult
    package func create(name: String? = nil, now: Date = Date(), source: ChangeSource? = nil) throws -> StoreInfo {
        let source = source ?? .system
        let change = StoreChange<StoreInfo>(source: source, undoable: false, at: now) { tx in
            if let existing = try tx.readInfoIfPresent() { return ("", existing) }
            let info = StoreInfo(name: name ?? root.lastPathComponent, createdAt: now)
            try tx.writeInfo(info)
            return ("Created the store \(info.name)", info)
        }
        return try apply(change).value
    }

    package func info() throws -> StoreInfo {
        guard let data = try readData(StoreFiles.info) else { throw StoreError.notAStore(path: root.path) }
        return try JSONCoding.read(
            from: data, file: url(StoreFiles.info).path, supportedSchema: StoreInfo.schemaVersion, StoreInfo.init)
    }

    /// Reads a file; its empty value when absent.
    package func read<V>(_ file: StoreFile<V>) throws -> V {
        guard let data = try readData(file.path) else { return file.empty() }
        return try file.decode(data, fullPath: url(file.path).path, checkingSchema: true)
    }

    /// True when the file exists (whether or not it is valid).
    package func has<V>(_ file: StoreFile<V>) -> Bool {
        if let o = overlay[file.path] { return o != nil }
        return FileManager.default.fileExists(atPath: url(file.path).path)
    }

    /// Names of the people with a folder in the store, sorted.
    package func people() throws -> [String] {
        let dir = url(StoreLayout.peopleFolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Weeks with a contacts file on disk, oldest first.
    package func contactWeeks() -> [ISOWeek] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(StoreLayout.contactsFolder).path)) ?? []
        return names.compactMap { $0.hasSuffix(".json") ? ISOWeek.parseID(String($0.dropLast(5))) : nil }.sorted()
    }

    /// A file's bytes, nil when absent. Never follows a symbolic link inside the store.
    func readData(_ relative: String) throws -> Data? {
        if let o = overlay[relative] {
            guard let temp = o else { return nil }
            // The record's temp paths were checked (`PendingCommit.checkPaths`); a link there is not ours.
            if let st = try Posix.lstatIfPresent(url(temp).path), !Posix.isRegularFile(st) {
                throw StoreError.symlink(path: url(temp).path)
            }
            return try Data(contentsOf: url(temp))
        }
        let u = url(relative)
        try Directories.checkNoLinks(u.deletingLastPathComponent(), under: root)
        guard let st = try Posix.lstatIfPresent(u.path) else { return nil }
        if Posix.isSymlink(st) { throw StoreError.symlink(path: u.path) }
        if Posix.isDirectory(st) { throw StoreError.io(path: u.path, reason: "is a folder where a file was expected") }
        do {
            return try Data(contentsOf: u)
        } catch {
            throw StoreError.io(path: u.path, reason: "cannot read: \(error.readableDescription)")
        }
    }

    /// Runs `body` as a reader that sees each change whole or not at all: it waits for a change being
    /// committed, and reads through the redo record of one a crash left unfinished (the next writer
    /// finishes it; a reader, perhaps `--read-only`, writes nothing).
    package func reading<T>(_ body: (Store) throws -> T) throws -> T {
        let lock = try FileLock(shared: url(StoreLayout.lock).path)
        defer { lock?.unlock() }
        // A record that cannot be read is set aside by the next writer; a reader just does not use it.
        guard let pending = (try? pendingCommit()) ?? nil else { return try body(self) }
        var view = self
        view.overlay = pending.overlay(in: self)
        return try body(view)
    }
}
