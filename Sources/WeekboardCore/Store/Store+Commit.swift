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

// The one write path. A change of several files is all-or-nothing:
//  1. every new file is written to a temp file beside its target and fsynced;
//  2. the redo record (`journal/commit.json`: each target, its temp file, the journal entry) is
//     written atomically: before this instant a crash leaves the store as it was (temps are swept);
//  3. each temp is renamed over its target (removals unlinked), then the folders are fsynced;
//  4. the entry is appended to the journal (unless a replay finds it there), then the record removed.
// After a crash between 2 and 4 the next writer replays 3–4 under the lock before anything else;
// a reader meanwhile reads the temp files in place of their targets (`Store.reading`).
extension Store {
    /// Applies `change` under the store's exclusive lock and commits what it staged, with its journal entry.
    @discardableResult
    package func apply<V>(_ change: StoreChange<V>) throws -> Committed<V> {
        try Directories.makeRoot(root)
        guard isWritable else { throw StoreError.readOnly(path: root.path) }
        let lock = try FileLock(exclusive: url(StoreLayout.lock).path)
        defer { lock.unlock() }
        let notices = try recoverPendingCommit(now: change.at)
        // An older format is upgraded first, as a change of its own, so the journal says so.
        if exists, try info().schemaVersion < StoreInfo.schemaVersion {
            var tx = Transaction(store: self)
            let from = try info().schemaVersion
            try upgrade(&tx)
            try commit(
                tx, StoreChange<Void>(source: .system, undoable: false, at: change.at) { _ in ("", ()) },
                summary: "Upgraded the store from format \(from) to \(StoreInfo.schemaVersion)")
        }
        var tx = Transaction(store: self)
        let (summary, value) = try change.body(&tx)
        let entry = try commit(tx, change, summary: summary)
        return Committed(value: value, entry: entry, summary: summary, notices: notices)
    }

    @discardableResult
    private func commit<V>(_ tx: Transaction, _ change: StoreChange<V>, summary: String) throws -> JournalEntry? {
        let finals = try tx.finalChanges()
        guard !finals.isEmpty else { return nil }
        let journal = Journal(store: self)
        // Past the journal's newest number and the mark, and past any number a sync brings in.
        let seq = max(try journal.nextSeq(), Journal.highestSeq(staged: finals) + 1)
        var entry = JournalEntry(
            seq: seq, at: change.at, source: change.source, kind: .change,
            target: nil, week: change.week?.id, summary: summary,
            written: finals.filter { $0.new != nil }.map(\.path), removed: finals.filter { $0.new == nil }.map(\.path),
            fields: nil)
        var beside: [(path: String, old: Data?, new: Data?)] = []
        if change.undoable {
            let fields = try fieldChanges(finals)
            if JournalFields.keptBeside(fields) {
                // Caller-level fields (an import's contact keys) go in files of their own, committed with
                // the change, so the entry's line stays small.
                let parts = try JournalFields.parts(fields, seq: entry.seq)
                entry.fieldParts = parts.count
                beside = parts.map { ($0.path, nil, $0.data) }
            } else {
                entry.fields = fields
            }
        }
        entry.origin = JournalOrigin.of(self)
        if let undo = tx.undoOf {
            // Undo and redo belong to the week of the change they take back (the log of that week shows them).
            entry.kind = undo.kind
            entry.target = undo.target.seq
            entry.targetOrigin = undo.target.origin
            entry.week = undo.target.week
        }
        var steps: [PendingCommit.Step] = []
        var swept = Set<URL>()
        // Folders this commit made: a change that fails leaves none behind (an empty people/<name>/
        // would list a person who has nothing).
        var created: [URL] = []
        do {
            for (path, _, new) in finals + (try PositiveWeeks.updates(for: finals, store: self)) + beside {
                let target = url(path)
                let dir = target.deletingLastPathComponent()
                created += try Directories.make(dir, under: root)
                if swept.insert(dir).inserted { AtomicFile.removeLeftovers(in: dir) }
                guard let new else {
                    steps.append(.init(path: path, temp: nil))
                    continue
                }
                let temp = try AtomicFile.stage(new, for: target, root: root)
                steps.append(.init(path: path, temp: String(temp.path.dropFirst(root.path.count + 1))))
            }
            commitObserver?(.staged)
            let journalDir = url(StoreLayout.journalFolder)
            created += try Directories.make(journalDir, under: root)
            if swept.insert(journalDir).inserted { AtomicFile.removeLeftovers(in: journalDir) }
            let record = try JSONCoding.encode(PendingCommit(entry: change.journalled ? entry : nil, steps: steps))
            try AtomicFile.write(record, to: url(StoreLayout.pendingCommit), root: root)
        } catch {
            for s in steps { if let t = s.temp { try? Posix.unlink(url(t).path) } }
            for dir in created.reversed() { try? Posix.rmdir(dir.path) }
            throw error
        }
        commitObserver?(.recorded)
        // From here the change is made: the record is durable, readers see it through the record, and
        // the next writer finishes what this one could not (a full disk refusing the journal line).
        // Saying it failed would make a retry do it twice; `hasUnfinishedCommit` lets the CLI say so.
        try? rollForward(PendingCommit(entry: change.journalled ? entry : nil, steps: steps))
        return change.journalled ? entry : nil
    }

    /// Each field the change altered in the data files it touched (never host-private ones).
    private func fieldChanges(_ finals: [(path: String, old: Data?, new: Data?)]) throws -> [FieldChange] {
        var out: [FieldChange] = []
        for (path, old, new) in finals where StoreLayout.kind(of: path) == .data && path != StoreLayout.info {
            let empty = StoreLayout.emptyValue(of: path) ?? Data("{}".utf8)
            let file = url(path).path
            let before = try JSONValue.parse(old ?? empty, file: file)
            let after = try JSONValue.parse(new ?? empty, file: file)
            out += FieldDiff.changes(file: path, before: before, after: after)
        }
        return out
    }

    /// Steps 3–4 of a commit; safe to repeat from any point.
    private func rollForward(_ pending: PendingCommit) throws {
        var dirs: [URL] = []
        for (i, step) in pending.steps.enumerated() {
            let target = url(step.path)
            // Nothing is moved through a linked folder (the record's paths were checked when it was read).
            try Directories.checkNoLinks(target.deletingLastPathComponent(), under: root)
            if let temp = step.temp {
                // Absent temp: renamed before a crash.
                do { try Posix.rename(url(temp).path, target.path) } catch let f as Posix.Failure
                    where f.errno == ENOENT
                {
                } catch {
                    throw StoreError.io(path: target.path, reason: "cannot replace: \(error)")
                }
            } else {
                do { try Posix.unlinkIfPresent(target.path) } catch {
                    throw StoreError.io(path: target.path, reason: "cannot remove: \(error)")
                }
            }
            let dir = target.deletingLastPathComponent()
            if !dirs.contains(dir) { dirs.append(dir) }
            commitObserver?(.moved(i))
        }
        for dir in dirs { AtomicFile.syncDirectory(dir) }
        if let entry = pending.entry {
            let journal = Journal(store: self)
            try journal.append(entry)
            journal.raiseMark(to: entry.seq)
        }
        commitObserver?(.journalled)
        try AtomicFile.remove(url(StoreLayout.pendingCommit))
        commitObserver?(.finished)
    }

    /// What is wrong with the commit record, when it cannot be used (nil: absent or sound).
    package func commitRecordProblem() -> String? {
        do {
            _ = try pendingCommit()
            return nil
        } catch { return "\(error)" }
    }

    func pendingCommit() throws -> PendingCommit? {
        guard let data = try readData(StoreLayout.pendingCommit) else { return nil }
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        let record: PendingCommit
        do { record = try d.decode(PendingCommit.self, from: data) } catch {
            throw StoreError.malformed(
                file: url(StoreLayout.pendingCommit).path, location: "",
                reason: "is not a commit record (it is written whole, so the disk may be damaged)")
        }
        try record.checkPaths(file: url(StoreLayout.pendingCommit).path)
        return record
    }

    /// True while a commit's redo record waits to be finished (a crash, or a journal line the disk
    /// had no room for): the change is made; the next writer completes its journal entry.
    package var hasUnfinishedCommit: Bool {
        (try? Posix.lstatIfPresent(url(StoreLayout.pendingCommit).path)) != nil
    }

    /// Finishes a commit a crash interrupted, first setting aside what is damaged and would stop every
    /// write: a commit record that cannot be read or names what is not a store file (nothing in it is
    /// carried out), and a damaged end of the journal. Only under the exclusive lock. Returns what was
    /// set aside, in words.
    func recoverPendingCommit(now: Date) throws -> [String] {
        var notices: [String] = []
        let stamp = now.ISO8601Format().replacing(":", with: "")
        var pending: PendingCommit?
        do { pending = try pendingCommit() } catch let StoreError.malformed(file, location, reason) {
            let backup = StoreRepair.backupPath(self, stamp: stamp, StoreLayout.pendingCommit)
            try AtomicFile.write(
                try readData(StoreLayout.pendingCommit) ?? Data(), to: url(backup), root: root)
            try AtomicFile.remove(url(StoreLayout.pendingCommit))
            notices.append(
                "\(file): \(location.isEmpty ? "" : location + ": ")\(reason); set aside in \(url(backup).path) "
                    + "(a change it recorded may be missing: check it with 'weekboard log')")
        }
        let journal = Journal(store: self)
        if let n = try journal.setAsideDamagedTail(stamp: stamp, crashed: pending != nil) { notices.append(n) }
        if let pending { try rollForward(pending) }
        // Entries given numbers and then lost (the journal cut short or deleted): said once, and the
        // numbers are not given again.
        let newest = try journal.newestSeq(), mark = journal.mark()
        if mark > newest {
            notices.append(
                "the journal ends at " + (newest == 0 ? "no entry" : "#\(newest)")
                    + ", but #\(mark) was written: later entries are missing (cut short or deleted); "
                    + "numbering goes on from #\(mark + 1)")
        }
        return notices
    }
}
