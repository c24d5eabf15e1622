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

/// The store's journal: one JSON line per committed change in month files (`journal/2026-12.jsonl`).
/// A change appends one line to the newest file, so writing an entry costs the same on a ten-year
/// store as on a new one; old months can be pruned (`weekboard log --prune-before`), never automatically.
struct Journal: Sendable {
    let store: Store

    init(store: Store) { self.store = store }

    static func encode(_ entry: JournalEntry) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        var line = try e.encode(entry)
        line.append(0x0A)
        return line
    }

    static func decode(_ line: Data, file: String, line number: Int) throws -> JournalEntry {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        let entry: JournalEntry
        do { entry = try d.decode(JournalEntry.self, from: line) } catch {
            throw StoreError.malformed(file: file, location: "line \(number)", reason: "is not a journal entry")
        }
        // A number from a file is bounded before any arithmetic on it (the next entry is seq + 1).
        guard JournalEntry.seqRange.contains(entry.seq), entry.target.map(JournalEntry.seqRange.contains) ?? true
        else {
            throw StoreError.malformed(
                file: file, location: "line \(number)",
                reason: "is not a journal entry (its number is outside 1 to \(JournalEntry.seqRange.upperBound))")
        }
        // Origins come from other machines: they are ids, never text to show as it is.
        guard [entry.origin, entry.targetOrigin].allSatisfy({ $0.map(JournalEntry.isOrigin) ?? true }) else {
            throw StoreError.malformed(
                file: file, location: "line \(number)", reason: "is not a journal entry (an origin that is not an id)")
        }
        guard entry.fieldParts.map(JournalFields.partRange.contains) ?? true else {
            throw StoreError.malformed(
                file: file, location: "line \(number)",
                reason: "is not a journal entry (fieldParts is outside \(JournalFields.partRange))")
        }
        return entry
    }

    /// Month files, oldest first.
    func segments() -> [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: store.url(StoreLayout.journalFolder).path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.sorted()
            .map { "\(StoreLayout.journalFolder)/\($0)" }
    }

    /// The file an entry made at `date` goes to: its month, or the newest file if the clock went back
    /// (so the last line of the newest file is always the newest entry).
    func segment(for date: Date) -> String {
        let month = StoreLayout.journalSegment(Self.month(date))
        if let newest = segments().last, newest > month { return newest }
        return month
    }

    static func month(_ date: Date) -> String {
        let c = CalendarDay(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down))).components
        return "\(c.year)-\(c.month < 10 ? "0" : "")\(c.month)"
    }

    /// The newest complete entry (a torn last line from a crash is not an entry). Reads only the end
    /// of the newest month file with an entry in it.
    func newest() throws -> JournalEntry? {
        guard let (path, t) = try newestTail(), let range = t.lastLine else { return nil }
        // The line's number is counted only to name it in an error.
        do { return try Self.decode(t.line, file: store.url(path).path, line: 0) } catch {
            return try Self.decode(t.line, file: store.url(path).path, line: lineNumber(in: path, at: range.lowerBound))
        }
    }

    /// Every entry, newest first, until `body` returns false. Each month file is read backwards from its
    /// end, so `log --limit 3` or an undo of a recent change reads the newest lines only.
    func forEachNewestFirst(_ body: (JournalEntry) throws -> Bool) throws {
        for path in segments().reversed() {
            let more = try forEachLineNewestFirst(path) { line, offset in
                do { return try body(Self.decode(line, file: store.url(path).path, line: 0)) } catch let e
                    as StoreError
                {
                    guard case .malformed = e else { throw e }
                    // The line's number is counted only to name it.
                    _ = try Self.decode(line, file: store.url(path).path, line: lineNumber(in: path, at: offset))
                    throw e
                }
            }
            guard more else { return }
        }
    }

    /// Where entry `seq` is, as "<file> line <n>" (for an error naming it; reads the month files).
    func location(of seq: Int) throws -> String? {
        for path in segments().reversed() {
            let lines = try readSegment(path).split(separator: 0x0A, omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() where !line.isEmpty {
                if let e = try? Self.decode(line, file: path, line: i + 1), e.seq == seq {
                    return "\(store.url(path).path) line \(i + 1)"
                }
            }
        }
        return nil
    }

    func entries() throws -> [JournalEntry] {
        var all: [JournalEntry] = []
        try forEachNewestFirst {
            all.append($0); return true
        }
        return all
    }

    private func readSegment(_ path: String) throws -> Data {
        try store.readData(path) ?? Data()
    }

    /// Appends `entry` to its file unless it is there already (a commit replayed after a crash),
    /// first cutting off a torn line a crash left, and makes it durable.
    func append(_ entry: JournalEntry) throws {
        if let last = try? newestSeq(), last >= entry.seq { return }
        let path = segment(for: entry.at)
        let url = store.url(path)
        try Directories.make(url.deletingLastPathComponent(), under: store.root)
        let fd: Int32
        do { fd = try Posix.open(url.path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode: 0o600) } catch {
            throw StoreError.io(path: url.path, reason: "cannot open the journal: \(error)")
        }
        defer { Posix.close(fd) }
        let size = (try? Posix.seekToEnd(fd)) ?? -1
        if size > 0, let t = try tail(path), t.torn > 0 {
            do { try Posix.ftruncate(fd, to: t.size - t.torn) } catch {
                throw StoreError.io(path: url.path, reason: "cannot repair the journal: \(error)")
            }
        }
        try Posix.writeAll(fd, try Self.encode(entry), path: url.path)
        do { try Posix.fsync(fd) } catch { throw StoreError.io(path: url.path, reason: "fsync failed: \(error)") }
        if size == 0 { AtomicFile.syncDirectory(url.deletingLastPathComponent()) }
    }
}
