#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One part of the fields of a change to caller-level data (`callers/`), kept beside its journal entry in
/// `journal/fields/<seq>-<part>.json` instead of in its line. Such a change (an import) alters a field per
/// contact key, token and visit it adds: 6 MB a 100,000 rows, which in the month file every write after it
/// read and every sync would carry. The entry says how many parts there are (`fieldParts`); undo and redo
/// read them all, or refuse, naming the part that is missing or damaged.
struct JournalFields: Codable, Equatable {
    static let schemaVersion = 1
    var schemaVersion = JournalFields.schemaVersion
    /// The entry the fields belong to, and which part this is (from 0): checked against the entry and the
    /// file's name, so a part copied from another entry is refused, not applied.
    var seq: Int
    var part: Int
    var fields: [FieldChange]

    static let folder = "\(StoreLayout.journalFolder)/fields"

    static func path(seq: Int, part: Int) -> String { "\(folder)/\(seq)-\(part).json" }

    /// Parts an entry may name: a million-row import needs about ten.
    static let partRange = 1...4_096
    /// Strings of a sorted set kept in one field change at most (a longer set is split), so no line of a
    /// part outgrows it.
    static let setChunk = 10_000
    /// A part's target size: half the limit a store file may be, so one more field never crosses it.
    static let partBytes = JSONCoding.maxFileSize / 2

    /// True when a change's fields go beside its entry: it altered caller-level data.
    static func keptBeside(_ fields: [FieldChange]) -> Bool {
        fields.contains { $0.file.hasPrefix(StoreLayout.callersFolder + "/") }
    }

    /// The parts' paths and bytes for `fields` of entry `seq`, each within the store's file-size limit.
    static func parts(_ fields: [FieldChange], seq: Int) throws -> [(path: String, data: Data)] {
        var split: [FieldChange] = []
        split.reserveCapacity(fields.count)
        for f in fields {
            let added = f.added ?? [], removed = f.removed ?? []
            guard f.isSetChange, added.count + removed.count > setChunk else {
                split.append(f)
                continue
            }
            // Each piece takes back its own strings: reverting them one after another is reverting the whole.
            for start in stride(from: 0, to: added.count, by: setChunk) {
                let piece = Array(added[start..<min(start + setChunk, added.count)])
                split.append(FieldChange(file: f.file, path: f.path, added: piece, removed: []))
            }
            for start in stride(from: 0, to: removed.count, by: setChunk) {
                let piece = Array(removed[start..<min(start + setChunk, removed.count)])
                split.append(FieldChange(file: f.file, path: f.path, added: [], removed: piece))
            }
        }
        // Fields packed into parts by an estimate of their size, each part encoded once; one that encodes
        // over the file limit after all (text full of escapes) is halved.
        var pending: [ArraySlice<FieldChange>] = []
        var start = 0, size = 0
        for (i, f) in split.enumerated() {
            let n = estimate(f)
            if size + n > partBytes, i > start {
                pending.append(split[start..<i])
                (start, size) = (i, 0)
            }
            size += n
        }
        if start < split.count { pending.append(split[start...]) }
        pending.reverse()
        var encoded: [Data] = []
        while let group = pending.popLast() {
            let data = try encode(JournalFields(seq: seq, part: encoded.count, fields: Array(group)))
            if data.count > JSONCoding.maxFileSize, group.count > 1 {
                let mid = group.startIndex + group.count / 2
                pending.append(group[mid...])
                pending.append(group[..<mid])
                continue
            }
            encoded.append(data)
        }
        if encoded.isEmpty { encoded.append(try encode(JournalFields(seq: seq, part: 0, fields: []))) }
        guard partRange.contains(encoded.count) else {
            throw StoreError.io(
                path: folder, reason: "this change alters more fields than the journal can keep, so nothing was written"
            )
        }
        return try encoded.enumerated().map { i, data in
            let path = path(seq: seq, part: i)
            try StoreFileSize.check(data, path: path)
            return (path, data)
        }
    }

    /// About how many bytes `f` takes encoded (its strings' UTF-8 and the JSON around them).
    private static func estimate(_ f: FieldChange) -> Int {
        var n = 48 + f.file.utf8.count
        for step in f.path {
            switch step {
            case .key(let k): n += k.utf8.count + 3
            case .index: n += 8
            case .named(let name): n += name.utf8.count + 12
            }
        }
        for list in [f.added, f.removed] { for s in list ?? [] { n += s.utf8.count + 3 } }
        for value in [f.before, f.after] { if let value { n += estimate(value) } }
        return n
    }

    private static func estimate(_ v: JSONValue) -> Int {
        switch v {
        case .null, .bool, .int, .double: return 24
        case .string(let s): return s.utf8.count + 3
        case .array(let a): return a.reduce(2) { $0 + estimate($1) + 1 }
        case .object(let o): return o.reduce(2) { $0 + $1.key.utf8.count + 4 + estimate($1.value) }
        }
    }

    private static func encode(_ value: JournalFields) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try e.encode(value)
        data.append(0x0A)
        return data
    }
}

extension Journal {
    /// The fields `entry` altered: from its line, or from its parts beside it. Throws `UndoError` naming
    /// the part when one is missing, damaged or belongs to another entry.
    func fields(of entry: JournalEntry, reading read: (String) throws -> Data?) throws -> [FieldChange] {
        guard let parts = entry.fieldParts else { return entry.fields ?? [] }
        // The parts are caller-level and never travel: an entry another copy made names parts by a number
        // this copy may have given to a change of its own, so they are never read for it.
        if let origin = entry.origin, origin != JournalOrigin.of(store) {
            throw UndoError(
                "\(JournalOrigin.ref(entry, here: nil)) “\(Sanitize.text(entry.summary))” changed caller-level "
                    + "data on another machine, which stays there: undo it on that machine. Nothing was changed.")
        }
        var out = entry.fields ?? []
        for part in 0..<parts {
            let path = JournalFields.path(seq: entry.seq, part: part)
            let full = store.url(path).path
            func refuse(_ why: String) -> UndoError {
                UndoError(
                    "#\(entry.seq) “\(Sanitize.text(entry.summary))” keeps its fields in \(full), which \(why). "
                        + "Nothing was changed.")
            }
            let data: Data?
            do { data = try read(path) } catch { throw refuse("cannot be read (\(error))") }
            guard let data else { throw refuse("is missing") }
            let value: JournalFields
            do { value = try JSONCoding.decode(JournalFields.self, from: data, file: full) } catch {
                throw refuse("is damaged (\(error))")
            }
            guard value.seq == entry.seq, value.part == part else {
                throw refuse("holds part \(value.part) of #\(value.seq)")
            }
            out += value.fields
        }
        return out
    }

    /// The parts beside `entry`, store-relative (none for an entry that keeps its fields in its line).
    static func fieldPaths(of entry: JournalEntry) -> [String] {
        (0..<(entry.fieldParts ?? 0)).map { JournalFields.path(seq: entry.seq, part: $0) }
    }
}

package extension Transaction {
    /// Stages the removal of every part of journal fields kept beside entries: they hold caller tokens and
    /// contact keys, so forgetting the callers (`calls rotate-key --forget-callers`) forgets them too. The
    /// entries stay in the log; undo of one then refuses, naming the part that is gone.
    mutating func forgetJournalFields() throws -> Int {
        let dir = store.url(JournalFields.folder)
        try Directories.checkNoLinks(dir, under: store.root)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        let parts = names.map { "\(JournalFields.folder)/\($0)" }.filter(StoreLayout.isCommittableFile).sorted()
        for part in parts { remove(part) }
        return parts.count
    }
}
