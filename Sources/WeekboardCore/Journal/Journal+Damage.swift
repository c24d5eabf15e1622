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

/// The highest entry number ever given, kept beside the month files (`journal/mark.json`), so numbering
/// goes on past a journal that was cut short or deleted: a number is never given twice.
struct JournalMark: Codable {
    static let schemaVersion = 1
    var lastSeq: Int
    var schemaVersion = JournalMark.schemaVersion
}

extension Journal {
    /// The highest number any entry was given (0 when unknown); a damaged mark counts as unknown.
    func mark() -> Int {
        guard let data = try? store.readData(StoreLayout.journalMark),
            let mark = try? JSONDecoder().decode(JournalMark.self, from: data),
            JournalEntry.seqRange.contains(mark.lastSeq)
        else { return 0 }
        return mark.lastSeq
    }

    /// The next entry's number: past both the newest entry and the mark.
    func nextSeq() throws -> Int { max(try newestSeq(), mark()) + 1 }

    /// Records `seq` as given (after its line is durable). Replaced by rename but not fsynced: a mark
    /// lost to a power cut only loses the protection until the next entry (the journal's own newest
    /// line still counts, and an unreadable mark reads as none), and a write pays no extra fsync for it.
    func raiseMark(to seq: Int) {
        guard seq > mark(), let data = try? JSONCoding.encode(JournalMark(lastSeq: seq)) else { return }
        let target = store.url(StoreLayout.journalMark)
        guard let temp = try? AtomicFile.stage(data, for: target, sync: false) else { return }
        do { try Posix.rename(temp.path, target.path) } catch { try? Posix.unlink(temp.path) }
    }

    /// Every damaged line in every month file, oldest first (reads the whole journal: for `repair`).
    func damage() throws -> [JournalDamage] {
        var out: [JournalDamage] = []
        for path in segments() {
            out += try damage(in: path, data: try store.readData(path) ?? Data())
        }
        return out
    }

    func damage(in path: String, data: Data) throws -> [JournalDamage] {
        var out: [JournalDamage] = []
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() where !line.isEmpty {
            if i == lines.count - 1 {
                out.append(JournalDamage(file: path, line: i + 1, reason: "is cut short (no end of line)"))
            } else if (try? Self.decode(line, file: path, line: i + 1)) == nil {
                let why =
                    (try? JSONDecoder().decode(JournalEntry.self, from: line)) != nil
                    ? "has a number outside 1 to \(JournalEntry.seqRange.upperBound)" : "is not a journal entry"
                out.append(JournalDamage(file: path, line: i + 1, reason: why))
            }
        }
        return out
    }

    /// The month file's bytes without its damaged lines, and those lines (to keep under repair-backup/).
    static func splitDamaged(_ data: Data, _ damaged: [JournalDamage]) -> (keep: Data, aside: Data) {
        let bad = Set(damaged.map(\.line))
        var keep = Data(), aside = Data()
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() where !line.isEmpty {
            if bad.contains(i + 1) {
                aside.append(line)
                aside.append(0x0A)
            } else {
                keep.append(line)
                keep.append(0x0A)
            }
        }
        return (keep, aside)
    }

    /// Under the exclusive lock, before a write (no commit record waits, so no crash explains a torn
    /// line): when the newest month file ends in damage, its damaged end is copied to
    /// `repair-backup/<stamp>/journal/<month>.jsonl` and cut off, so writing goes on. Returns what was
    /// done, for the person to read; nil when the end was sound. Reads only the file's tail unless
    /// it is damaged.
    /// `crashed`: a commit record waits, so a torn last line is the crash's half-written append (the
    /// replay cuts and rewrites it), not damage.
    func setAsideDamagedTail(stamp: String, crashed: Bool) throws -> String? {
        guard let path = segments().last, let t = try tail(path), t.size > 0 else { return nil }
        let lastSound = t.lastLine == nil || Self.seq(of: t.line) != nil
        if lastSound && (t.torn == 0 || crashed) { return nil }
        let data = try store.readData(path) ?? Data()
        // Damaged lines at the end, newest back to the last sound one.
        var all = try damage(in: path, data: data)
        let lineCount = data.split(separator: 0x0A, omittingEmptySubsequences: false).count
        var expected = lineCount - (data.last == 0x0A ? 1 : 0)
        if crashed, t.torn > 0 {
            all.removeAll { $0.line == expected }
            expected -= 1
        }
        var trailing: [JournalDamage] = []
        for d in all.reversed() where d.line == expected {
            trailing.insert(d, at: 0)
            expected -= 1
        }
        guard let first = trailing.first else { return nil }
        let keepEnd = data.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(first.line - 1)
            .reduce(0) { $0 + $1.count + 1 }
        let backup = StoreRepair.backupPath(store, stamp: stamp, path)
        try AtomicFile.write(Data(data[keepEnd...]), to: store.url(backup), root: store.root)
        let fd: Int32
        do { fd = try Posix.open(store.url(path).path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW) } catch {
            throw StoreError.io(path: store.url(path).path, reason: "cannot open: \(error)")
        }
        defer { Posix.close(fd) }
        do {
            try Posix.ftruncate(fd, to: keepEnd)
            try Posix.fsync(fd)
        } catch {
            throw StoreError.io(path: store.url(path).path, reason: "cannot set its damaged end aside: \(error)")
        }
        let lines = trailing.count == 1 ? "line \(first.line)" : "lines \(first.line)–\(trailing.last!.line)"
        return "\(store.url(path).path): \(lines) \(first.reason); set aside in \(store.url(backup).path), "
            + "and the journal goes on from #\(try nextSeq())"
    }
}
