#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `weekboard repair`: brings store files that are over the 16 MiB limit (written by a weekboard
/// from before writes were checked, or by hand) back within it, so the store works again. Each
/// original is kept, byte for byte, under `repair-backup/<time>/` first: nothing is lost.
///
/// - A busy week's caller file is rewritten in shards (`callers/<week>/`): nothing is shortened.
/// - Any other file has each text longer than weekboard now accepts (4,000 bytes) cut to that
///   length, ending in "…"; board.json also moves older status updates to board-history/ as
///   every board write does.
package enum StoreRepair {
    /// The largest file repair will open (the reader refuses anything over `JSONCoding.maxFileSize`).
    package static let readLimit = 1 << 30
    /// No text weekboard accepts is longer (notes: 1,000 characters, 4,000 bytes).
    package static let maxText = TextRules.bytes(TextRules.maxNote)
    package static let backupFolder = "repair-backup"

    /// Where to keep a copy of `path` set aside at `stamp`: `repair-backup/<stamp>/<path>`, or with
    /// `.2`, `.3`… after it when that is taken (two set asides in one second keep both).
    static func backupPath(_ store: Store, stamp: String, _ path: String) -> String {
        let base = "\(backupFolder)/\(stamp)/\(path)"
        var candidate = base, n = 1
        while (try? Posix.lstatIfPresent(store.url(candidate).path)) ?? nil != nil {
            n += 1
            candidate = "\(base).\(n)"
        }
        return candidate
    }

    /// Store-relative paths of files over the limit, sorted.
    package static func oversized(_ store: Store) -> [String] {
        var out: [String] = []
        // Folders are walked, links are not followed (a link is never a store file).
        func walk(_ rel: String) {
            let dir = rel.isEmpty ? store.root.path : store.url(rel).path
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
            for name in names {
                let path = rel.isEmpty ? name : rel + "/" + name
                if path == backupFolder || path == StoreLayout.pendingCommit { continue }
                guard let st = try? Posix.lstatIfPresent(store.url(path).path) else { continue }
                if Posix.isDirectory(st) {
                    walk(path)
                    continue
                }
                guard name.hasSuffix(".json") || path == "secret.key", !name.hasPrefix(AtomicFile.tempPrefix),
                    Posix.isRegularFile(st), Int(st.st_size) > JSONCoding.maxFileSize
                else { continue }
                out.append(path)
            }
        }
        walk("")
        return out.sorted()
    }

    /// Repairs every oversized file as one change (all-or-nothing, journalled, not undoable: the originals
    /// are kept under `repair-backup/` in the same commit); returns one line per file saying what was done.
    package static func run(
        _ store: Store, today: CalendarDay, now: Date = Date(), dryRun: Bool = false, source: ChangeSource
    ) throws -> [String] {
        let files = oversized(store)
        let journal = Journal(store: store)
        let damage = try journal.damage(), record = store.commitRecordProblem()
        let inline = try journal.inlineCallerFields()
        guard !files.isEmpty || !damage.isEmpty || record != nil || !inline.isEmpty else {
            return ["Nothing to repair: every store file is within the 16 MiB limit and the journal reads whole."]
        }
        if dryRun {
            return (record.map { ["\($0); it would be set aside in \(backupFolder)/."] } ?? [])
                + damage.map {
                    "\(store.url($0.file).path): line \($0.line) \($0.reason); "
                        + "it would be set aside in \(backupFolder)/."
                }
                + files.map { "\(store.url($0).path) is over the 16 MiB limit and would be repaired." }
                + inline.map { Self.movedText(store, $0.file, $0.entries, done: false) }
        }
        let stamp = now.ISO8601Format().replacing(":", with: "")
        let backup = store.url("\(backupFolder)/\(stamp)")
        let change = StoreChange<[String]>(source: source, undoable: false, at: now) { tx in
            var lines: [String] = []
            // What the writer did not already set aside (a commit record and the journal's end are,
            // by every write: `recoverPendingCommit`): damaged lines inside month files.
            var moved = 0
            for (path, found) in Dictionary(grouping: try Journal(store: tx.store).damage(), by: \.file) {
                let (keep, aside) = Journal.splitDamaged(try tx.readData(path) ?? Data(), found)
                tx.writeRaw(path, keep.isEmpty ? nil : keep)
                let kept = backupPath(store, stamp: stamp, path)
                tx.writeRaw(kept, aside)
                moved += found.count
                for d in found.sorted(by: { $0.line < $1.line }) {
                    lines.append(
                        "\(store.url(path).path): line \(d.line) \(d.reason); set aside in \(store.url(kept).path)")
                }
            }
            for rel in files {
                let path = store.url(rel).path
                let data: Data
                do { data = try Data(contentsOf: store.url(rel)) } catch {
                    throw StoreError.io(path: path, reason: "cannot read: \(error.readableDescription)")
                }
                guard data.count <= readLimit else {
                    throw StoreError.io(
                        path: path, reason: "is \(data.count) bytes, too large even to repair; restore it from a backup"
                    )
                }
                let what = try fix(rel, data, &tx, today: today)
                // Kept byte for byte, in the same all-or-nothing commit as the repair.
                tx.writeRaw("\(backupFolder)/\(stamp)/\(rel)", data)
                lines.append("\(path): \(what); the original is kept in \(backup.appendingPathComponent(rel).path)")
            }
            var compacted = 0
            for (path, _) in try Journal(store: tx.store).inlineCallerFields() {
                let n = try Journal.moveFieldsBeside(path, in: &tx)
                compacted += n
                if n > 0 { lines.append(Self.movedText(store, path, n, done: true)) }
            }
            let summary = [
                files.isEmpty ? nil : "Repaired \(files.count) oversized file\(files.count == 1 ? "" : "s")",
                compacted == 0
                    ? nil
                    : "moved the caller-level fields of \(compacted) journal entr\(compacted == 1 ? "y" : "ies") "
                        + "beside them",
                moved == 0
                    ? nil
                    : "\(files.isEmpty ? "Set" : "set") aside \(moved) damaged journal line\(moved == 1 ? "" : "s")",
            ].compactMap { $0 }.joined(separator: "; ")
            return (summary, lines)
        }
        let committed = try store.apply(change)
        return committed.notices + committed.value
    }

    /// What moving an import's fields out of the month file's lines does (or would do), in words.
    private static func movedText(_ store: Store, _ path: String, _ n: Int, done: Bool) -> String {
        let entries = n == 1 ? "entry keeps" : "entries keep"
        return "\(store.url(path).path): \(n) \(entries) caller-level fields (contact keys) in the line; "
            + (done ? "moved" : "they would be moved") + " beside \(n == 1 ? "it" : "them") in "
            + "\(store.url(JournalFields.folder).path)/, nothing changed for undo."
    }

    /// Rewrites one file within the limit (staged in `tx`); says what was done.
    static func fix(_ rel: String, _ data: Data, _ tx: inout Transaction, today: CalendarDay) throws -> String {
        let path = tx.fullPath(rel)
        let parts = rel.split(separator: "/").map(String.init)
        func stem(_ s: String) -> String { String(s.dropLast(".json".count)) }
        if parts.count == 2, parts[0] == "callers", let week = ISOWeek.parseID(stem(parts[1])) {
            let whole = try JSONCoding.decode(
                CallerWeek.self, from: data, file: path, supportedSchema: CallerWeek.schemaVersion,
                maxSize: readLimit)
            try tx.write(whole)
            let shards =
                whole.contactCount > CallerWeek.shardAbove ? "in 16 shards under callers/\(week.id)/" : "as one file"
            return "rewritten \(shards), nothing shortened"
        }
        let (short, count) = try shortened(data, file: path)
        func decode<V>(_ file: StoreFile<V>) throws -> V {
            try JSONCoding.decode(
                V.self, from: short, file: path, supportedSchema: file.schema, userInfo: file.userInfo,
                maxSize: readLimit)
        }
        if rel == StoreFiles.board.path {
            try tx.writeBoard(try decode(StoreFiles.board), today: today)
        } else if rel == StoreFiles.okrs.path {
            try tx.write(StoreFiles.okrs, try decode(StoreFiles.okrs))
        } else if parts.count == 2, parts[0] == "contacts", let w = ISOWeek.parseID(stem(parts[1])) {
            try tx.write(StoreFiles.contacts(w), try decode(StoreFiles.contacts(w)))
        } else if parts.count == 2, parts[0] == "board-history", let y = Int(stem(parts[1])) {
            try tx.write(StoreFiles.boardHistory(y), try decode(StoreFiles.boardHistory(y)))
        } else if parts.count == 3, parts[0] == "people", let w = ISOWeek.parseID(stem(parts[2])) {
            try tx.write(StoreFiles.personWeek(parts[1], w), try decode(StoreFiles.personWeek(parts[1], w)))
        } else {
            throw StoreError.io(
                path: path, reason: "is over the 16 MiB limit and is not a file repair knows; move it out of the store")
        }
        return count == 0
            ? "rewritten within the limit, nothing shortened"
            : "\(count) text\(count == 1 ? "" : "s") longer than \(maxText) bytes shortened (ending in …)"
    }

    /// The file with every string longer than `maxText` bytes cut to fit (at a character boundary).
    static func shortened(_ data: Data, file: String) throws -> (Data, Int) {
        try JSONValidator.validate(data, file: file)
        var count = 0
        func walk(_ v: JSONValue) -> JSONValue {
            switch v {
            case .string(let s) where s.utf8.count > maxText:
                count += 1
                var out = ""
                for c in s {
                    if out.utf8.count + c.utf8.count > maxText - 3 { break }
                    out.append(c)
                }
                return .string(out + "…")
            case .array(let a): return .array(a.map(walk))
            case .object(let d): return .object(d.mapValues(walk))
            default: return v
            }
        }
        let tree = try JSONValue.parse(data)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let out = try encoder.encode(walk(tree))
        return (out, count)
    }
}
