#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `weekboard sync` and `sync init`: the store's travelling files go to and from a git remote
/// (docs/store-format.md, "Sync"). The store's lock is held only while its files are read for a
/// snapshot and while what came in is committed, never while git talks to the remote.
package struct StoreSync {
    /// What one sync did, for the person.
    package struct Report: Equatable, Sendable {
        /// Files this machine sent and received (changed on the other side).
        package var sent: Int
        package var received: Int
        package var conflictedPaths: [String]
        /// Files the remote held that never travel or that weekboard does not know: not applied.
        package var ignored: [String]
        /// Times the remote moved while this sync ran (someone pushed in between).
        package var retries: Int
    }

    package let store: Store
    let repo: SyncRepository
    let environment: [String: String]
    /// How many times the remote may move under one sync before it gives up.
    static let attempts = 6
    /// A journal month file from a remote may be this large (a month of big imports); any other file as
    /// large as the store allows (`JSONCoding.maxFileSize`).
    static let journalLimit = 256 * 1_048_576

    package init(store: Store, environment: [String: String], detached: Bool = false) throws {
        self.store = store
        self.environment = environment
        repo = try SyncRepository(store: store, environment: environment, detached: detached)
    }

    /// The remote this store syncs with; nil before `sync init`.
    package func state() throws -> SyncState? { try SyncState.read(store) }

    // MARK: - sync

    /// One `weekboard sync`: snapshot, fetch, merge, apply, push; again while someone pushed in between.
    package func sync(now: Date) throws -> Report { try sync(now: now, locked: false) }

    func sync(now: Date, locked: Bool) throws -> Report {
        guard var state = try state() else {
            throw SyncError("this store has no remote yet: run 'weekboard sync init URL' first")
        }
        let lock = locked ? nil : try SyncLock(store)
        defer { withExtendedLifetime(lock) {} }
        try repo.prepare(remote: state.remote)
        var retries = 0
        while true {
            // 1. Snapshot under the lock (a crash's unfinished commit is finished first).
            if store.hasUnfinishedCommit, store.isWritable {
                try store.apply(StoreChange<Void>(source: .system, undoable: false, at: now) { _ in ("", ()) })
            }
            let (ours, ourFiles) = try snapshot(&state, now: now)
            // 2. Fetch, without the lock.
            let fetchedBefore = try repo.resolve(SyncRepository.remoteBranch)
            let theirs = try fetch(&state, now: now)
            if let theirs, try repo.mergeBase(ours, theirs) == nil {
                // Another store (a remote replaced, or the wrong team's): nothing of it is merged, nor counted
                // as waiting to come in.
                try repo.setRef(SyncRepository.remoteBranch, to: fetchedBefore)
                let refused = SyncError(
                    "\(Sanitize.text(state.remote)) holds a different store, with no history in common with this one; "
                        + "nothing was changed. Check the URL; if this store should sync elsewhere, run "
                        + "'weekboard sync init URL' with the right one")
                try record(&state, failure: refused, now: now)
                throw refused
            }
            // 3. Merge.
            var merged = ours
            var report = Report(sent: 0, received: 0, conflictedPaths: [], ignored: [], retries: retries)
            var incoming: [(path: String, data: Data?)] = []
            if let theirs, !(try repo.isAncestor(theirs, of: ours)) {
                let result = try merge(ours: ours, ourFiles: ourFiles, theirs: theirs, now: now)
                merged = result.commit
                incoming = result.writes
                report.received = result.writes.count
                report.conflictedPaths = result.conflicted
                report.ignored = result.ignored
            }
            report.sent = try changedCount(from: theirs, to: merged)
            // 4. Apply under the lock, unless the store changed since the snapshot.
            if !incoming.isEmpty {
                state.applying = merged
                try state.write(store)
                let applied = try store.applySynced(incoming, at: now) { _ in
                    try repo.hashStore(write: false) == ourFiles
                }
                guard applied else { continue }
            }
            try repo.setBranch(merged)
            state.synced = merged
            state.applying = nil
            state.conflicts = report.conflictedPaths.isEmpty ? nil : report.conflictedPaths
            state.unsent = theirs != merged
            try state.write(store)
            // 5. Push, without the lock; a remote that moved means another round.
            if theirs != merged {
                let refused = try repo.neverPathsToSend(merged)
                guard refused.isEmpty else {
                    throw SyncError(
                        "refused to send \(refused.map(Sanitize.text).joined(separator: ", ")): "
                            + "these files never leave this machine (someone added them to sync/git by hand)")
                }
                let pushed: SyncRepository.PushResult
                do { pushed = try repo.push(merged) } catch let e as SyncError {
                    try record(&state, failure: e, now: now)
                    throw SyncError(e.message + keptWords(state))
                }
                if pushed == .raced {
                    retries += 1
                    guard retries < Self.attempts else {
                        throw SyncError("the remote kept changing while this sync ran; try again in a moment")
                    }
                    continue
                }
            }
            state.unsent = nil
            state.syncedAt = now
            state.lastError = nil
            state.lastErrorAt = nil
            try state.write(store)
            report.retries = retries
            return report
        }
    }

    /// The store's travelling files as a commit whose parent is the last synced one (itself when
    /// nothing changed), with each file's blob id.
    private func snapshot(_ state: inout SyncState, now: Date) throws -> (String, [String: String]) {
        let files = try store.reading { _ in try repo.hashStore(write: true) }
        let tree = try repo.writeTree(files)
        // A kill after the merged commit was applied but before it was recorded: the store holds it.
        if let applying = state.applying, try repo.resolve(applying) != nil, try repo.treeOf(applying) == tree {
            state.synced = applying
        }
        state.applying = nil
        if let synced = state.synced, try repo.resolve(synced) != nil {
            if try repo.treeOf(synced) == tree { return (synced, files) }
            let c = try repo.commit(
                tree: tree, parents: [synced], message: "Changes on this machine", at: now, origin: origin())
            return (c, files)
        }
        return (try repo.commit(tree: tree, parents: [], message: "The store", at: now, origin: origin()), files)
    }

    private func origin() throws -> String { try SyncOrigin.of(store) }

    func fetch(_ state: inout SyncState, now: Date) throws -> String? {
        do { return try repo.fetch() } catch let e as SyncError {
            try record(&state, failure: e, now: now)
            throw SyncError("cannot reach \(Sanitize.text(state.remote)): \(e.message)" + keptWords(state))
        }
    }

    private func record(_ state: inout SyncState, failure: SyncError, now: Date) throws {
        state.lastError = failure.message
        state.lastErrorAt = now
        try state.write(store)
    }

    /// "; every local change (3 changed files) kept for the next sync", or nothing when none waits.
    private func keptWords(_ state: SyncState) -> String {
        switch (try? waitingToSend(state)) ?? 0 {
        case 0: return ""
        case 1: return "; 1 changed file kept for the next sync"
        case let n: return "; every local change (\(n) changed files) kept for the next sync"
        }
    }

    /// The remote's files, checked: only regular files whose path travels; the rest is set aside.
    func checkedEntries(_ commit: String) throws -> ([String: String], [String]) {
        var kept: [String: String] = [:], ignored: [String] = []
        for (path, e) in try repo.entries(commit) {
            // Sizes first, so nothing oversized is ever read into memory.
            let limit = SyncRules.rule(for: path) == .journal ? Self.journalLimit : JSONCoding.maxFileSize
            if let size = e.size, size > limit {
                throw SyncError(
                    "the remote's \(Sanitize.text(path)) is \(size) bytes, over the \(limit / 1_048_576) MiB a store "
                        + "file may be; nothing was changed")
            }
            if e.type == "blob", e.mode == "100644" || e.mode == "100755", SyncRules.travels(path) {
                kept[path] = e.sha
            } else {
                ignored.append(path)
            }
        }
        return (kept, ignored.sorted())
    }

    private struct Merged {
        var commit: String
        var writes: [(path: String, data: Data?)]
        var conflicted: [String]
        var ignored: [String]
    }

    private func merge(ours: String, ourFiles: [String: String], theirs: String, now: Date) throws -> Merged {
        let (theirFiles, ignored) = try checkedEntries(theirs)
        // A fast-forward: nothing here since the last sync, so the remote's commit is taken as it is.
        let fastForward = try repo.isAncestor(ours, of: theirs) && ignored.isEmpty
        var baseFiles: [String: String] = [:]
        if !fastForward, let base = try repo.mergeBase(ours, theirs) { baseFiles = try checkedEntries(base).0 }
        let all = Set(ourFiles.values).union(theirFiles.values).union(baseFiles.values)
        let data = try repo.blobs(fastForward ? Set(theirFiles.values) : all)
        func tree(_ files: [String: String]) -> SyncTree {
            var t = SyncTree()
            for (path, sha) in files { t.files[path] = data[sha] }
            return t
        }
        let theirTree = tree(theirFiles)
        let result: SyncTreeMerge
        if fastForward {
            result = SyncTreeMerge(tree: theirTree)
        } else {
            do {
                result = try SyncMerge.merge(base: tree(baseFiles), ours: tree(ourFiles), theirs: theirTree)
            } catch let e as InputError {
                // The merge's reason may say it already.
                let said = e.message.lowercased().contains("nothing was changed")
                throw SyncError("cannot merge: \(e.message)" + (said ? "" : "; nothing was changed"))
            }
        }
        // Blob ids of the merged files: known ones reused, new ones written.
        var shaOf: [Data: String] = [:]
        for (sha, bytes) in data { shaOf[bytes] = sha }
        let fresh = result.tree.files.values.filter { shaOf[$0] == nil }
        for (bytes, sha) in zip(fresh, try repo.writeBlobs(Array(fresh))) { shaOf[bytes] = sha }
        var mergedFiles: [String: String] = [:]
        for (path, bytes) in result.tree.files {
            guard SyncRules.travels(path) else {
                throw SyncError("the merge made \(Sanitize.text(path)), which never travels")
            }
            mergedFiles[path] = shaOf[bytes]
        }
        // What changes here: files that differ from this machine's snapshot.
        var changed = SyncTree()
        var writes: [(path: String, data: Data?)] = []
        for (path, sha) in mergedFiles.sorted(by: { $0.key < $1.key }) where ourFiles[path] != sha {
            changed.files[path] = result.tree.files[path]
            writes.append((path, result.tree.files[path]))
        }
        for path in ourFiles.keys.sorted() where mergedFiles[path] == nil { writes.append((path, nil)) }
        try validate(changed, changedFrom: tree(ourFiles))
        let commit: String
        if fastForward {
            commit = theirs
        } else {
            let t = try repo.writeTree(mergedFiles)
            commit = try repo.commit(
                tree: t, parents: [ours, theirs], message: "Merged with the team's changes", at: now, origin: origin())
        }
        return Merged(commit: commit, writes: writes, conflicted: result.conflictedPaths, ignored: ignored)
    }

    /// Every file about to be applied, decoded as the store decodes it: a merge that would leave an
    /// invalid file is refused with the reason, and nothing changes.
    func validate(_ changed: SyncTree, changedFrom _: SyncTree) throws {
        for (path, data) in changed.files.sorted(by: { $0.key < $1.key }) {
            do {
                switch SyncRules.rule(for: path) {
                case .never: throw SyncError("never travels")
                case .journal:
                    guard data.count <= Self.journalLimit else { throw SyncError("is too large") }
                    for (i, line) in data.split(separator: 0x0A).enumerated() where !line.isEmpty {
                        _ = try Journal.decode(Data(line), file: path, line: i + 1)
                    }
                case .merged:
                    guard data.count <= JSONCoding.maxFileSize else { throw SyncError("is too large") }
                    try StoreLayout.check(path, data, store: store)
                    if path == StoreLayout.info {
                        let info = try JSONCoding.decode(StoreInfo.self, from: data, file: path)
                        guard info.schemaVersion <= StoreInfo.schemaVersion else {
                            throw SyncError(
                                "is format \(info.schemaVersion), newer than this weekboard reads "
                                    + "(\(StoreInfo.schemaVersion)): update weekboard")
                        }
                    }
                }
            } catch {
                throw SyncError(
                    "what came from the remote is not valid, so nothing was changed: \(Sanitize.text(path)): "
                        + Sanitize.text("\(error)"))
            }
        }
    }

    /// Files that differ between the remote's commit and `commit` (all of it when the remote is empty).
    private func changedCount(from theirs: String?, to commit: String) throws -> Int {
        let mine = try repo.entries(commit)
        guard let theirs else { return mine.count }
        if theirs == commit { return 0 }
        let other = try repo.entries(theirs)
        return Set(mine.keys).union(other.keys).filter { mine[$0] != other[$0] }.count
    }

    static func checkURL(_ url: String) throws {
        guard !url.isEmpty, !url.hasPrefix("-"),
            !url.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7F}" })
        else {
            throw SyncError(
                "'\(Sanitize.text(url))' is not a git remote: give a URL or path such as "
                    + "git@host:team/board.git, ssh://host/srv/board.git or /srv/board.git")
        }
    }
}
