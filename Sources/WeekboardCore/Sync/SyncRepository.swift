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

/// The store's bare git folder (`sync/git`), driven with plumbing only: git never has a work tree,
/// never writes into the store, and learns the store's files from the list weekboard gives it.
struct SyncRepository {
    /// One file of a commit's tree.
    struct Entry: Equatable {
        var mode: String
        var type: String
        var sha: String
        /// Bytes of a file (nil for a tree or a submodule).
        var size: Int?
    }

    static let branch = "refs/heads/main"
    static let remoteBranch = "refs/remotes/origin/main"

    let store: Store
    let git: GitRunner
    static let privateFolders: Set<String> = [
        StoreLayout.syncFolder, StoreLayout.callersFolder, StoreLayout.indexFolder, "repair-backup",
    ]

    init(store: Store, environment: [String: String], detached: Bool = false) throws {
        self.store = store
        var runner = try GitRunner(
            gitDir: store.url(SyncState.gitFolder).path, scratch: store.url(StoreLayout.syncFolder).path,
            environment: environment)
        runner.detached = detached
        git = runner
    }

    var exists: Bool { FileManager.default.fileExists(atPath: store.url(SyncState.gitFolder + "/HEAD").path) }

    /// Makes `sync/git` (once) and points its `origin` at `remote`. A folder without HEAD is an
    /// init a kill cut short: it holds nothing the store does not, so it is made again.
    func prepare(remote: String) throws {
        _ = try Directories.make(store.url(StoreLayout.syncFolder), under: store.root)
        if !exists {
            try? FileManager.default.removeItem(at: store.url(SyncState.gitFolder))
            try git.check(["init", "--bare", "--quiet"])
        }
        // Like every store folder, private to its owner (git makes it as the umask says).
        try? Posix.chmod(store.url(SyncState.gitFolder).path, mode: 0o700)
        try git.check(["config", "remote.origin.url", remote])
        try git.check(["config", "remote.origin.fetch", "+refs/heads/*:refs/remotes/origin/*"])
    }

    /// Points `origin` at `remote`, or at nothing.
    func setRemote(_ remote: String?) throws {
        if let remote {
            try git.check(["config", "remote.origin.url", remote])
        } else {
            _ = try git.run(["config", "--unset", "remote.origin.url"])
        }
    }

    /// The store's files that travel, by store-relative path, regular files only. Call under the lock.
    func syncablePaths() throws -> [String] {
        var out: [String] = []
        func walk(_ relative: String) throws {
            let dir = relative.isEmpty ? store.root.path : store.url(relative).path
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
            for name in names.sorted() {
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                guard let st = try Posix.lstatIfPresent(store.url(path).path) else { continue }
                if Posix.isDirectory(st) {
                    // Folders whose files never travel are not even read.
                    if relative.isEmpty, Self.privateFolders.contains(name) || name.hasPrefix(".") { continue }
                    try walk(path)
                } else if Posix.isRegularFile(st), SyncRules.travels(path) {
                    out.append(path)
                }
            }
        }
        try walk("")
        return out
    }

    /// Each syncable file's blob id (`write`: stored in the repository too).
    func hashStore(write: Bool) throws -> [String: String] {
        let paths = try syncablePaths()
        guard !paths.isEmpty else { return [:] }
        let input = Data(paths.map { store.url($0).path + "\n" }.joined().utf8)
        let out = try git.check(
            ["hash-object", "--no-filters", "--stdin-paths"] + (write ? ["-w"] : []), input: input)
        let shas = String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
        guard shas.count == paths.count else {
            throw SyncError("git hash-object gave \(shas.count) ids for \(paths.count) files")
        }
        return Dictionary(uniqueKeysWithValues: zip(paths, shas))
    }

    /// Stores new file contents and returns their blob ids, in order.
    func writeBlobs(_ blobs: [Data]) throws -> [String] {
        guard !blobs.isEmpty else { return [] }
        var temps: [String] = []
        defer { for t in temps { try? Posix.unlink(t) } }
        for data in blobs {
            let path = store.url(StoreLayout.syncFolder).path + "/.tmp-blob-\(Posix.processID)-\(temps.count)"
            try? Posix.unlink(path)
            let fd: Int32
            do {
                fd = try Posix.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode: 0o600)
            } catch let failure as Posix.Failure {
                throw SyncError("\(path): cannot write: \(failure.reason)")
            }
            temps.append(path)
            defer { Posix.close(fd) }
            try Posix.writeAll(fd, data)
        }
        let out = try git.check(
            ["hash-object", "-w", "--no-filters", "--stdin-paths"], input: Data(temps.map { $0 + "\n" }.joined().utf8))
        return String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// A tree of regular files from path → blob id, made with a private index file.
    func writeTree(_ files: [String: String]) throws -> String {
        let index =
            store.url(StoreLayout.syncFolder).path
            + "/.tmp-index-\(Posix.processID)-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? Posix.unlink(index) }
        let env = ["GIT_INDEX_FILE": index]
        try git.check(["read-tree", "--empty"], env: env)
        if !files.isEmpty {
            let lines = files.sorted { $0.key < $1.key }.map { "100644 blob \($0.value)\t\($0.key)\0" }.joined()
            try git.check(["update-index", "-z", "--index-info"], input: Data(lines.utf8), env: env)
        }
        return try line(git.check(["write-tree"], env: env))
    }

    func commit(tree: String, parents: [String], message: String, at: Date, origin: String) throws -> String {
        let stamp = "\(Int(at.timeIntervalSince1970)) +0000"
        let env = [
            "GIT_AUTHOR_NAME": "weekboard", "GIT_AUTHOR_EMAIL": "\(origin)@weekboard", "GIT_AUTHOR_DATE": stamp,
            "GIT_COMMITTER_NAME": "weekboard", "GIT_COMMITTER_EMAIL": "\(origin)@weekboard",
            "GIT_COMMITTER_DATE": stamp,
        ]
        var args = ["commit-tree", tree, "--no-gpg-sign", "-m", message]
        for p in parents { args += ["-p", p] }
        return try line(git.check(args, env: env))
    }

    /// Every file of a commit (or tree), untrusted when it came from a remote.
    func entries(_ commit: String) throws -> [String: Entry] {
        let out = try git.check(["ls-tree", "-r", "-z", "-l", "--full-tree", commit])
        var result: [String: Entry] = [:]
        for record in out.split(separator: 0) where !record.isEmpty {
            guard let tab = record.firstIndex(of: 0x09) else { continue }
            let head = String(decoding: record[record.startIndex..<tab], as: UTF8.self).split(separator: " ")
            let path = String(decoding: record[record.index(after: tab)...], as: UTF8.self)
            guard head.count == 4 else { continue }
            result[path] = Entry(
                mode: String(head[0]), type: String(head[1]), sha: String(head[2]), size: Int(head[3]))
        }
        return result
    }

    /// The bytes of each blob, read in one `cat-file --batch`.
    func blobs(_ shas: Set<String>) throws -> [String: Data] {
        guard !shas.isEmpty else { return [:] }
        let order = shas.sorted()
        let out = try git.check(["cat-file", "--batch"], input: Data(order.map { $0 + "\n" }.joined().utf8))
        var result: [String: Data] = [:]
        var i = out.startIndex
        for sha in order {
            guard let nl = out[i...].firstIndex(of: 0x0A) else { throw SyncError("git cat-file ended early") }
            let head = String(decoding: out[i..<nl], as: UTF8.self).split(separator: " ")
            guard head.count == 3, head[0] == sha, head[1] == "blob", let size = Int(head[2]),
                out.distance(from: nl, to: out.endIndex) > size
            else { throw SyncError("git object \(sha) is not a file") }
            let start = out.index(after: nl)
            let end = out.index(start, offsetBy: size)
            result[sha] = Data(out[start..<end])
            i = out.index(after: end)
        }
        return result
    }

    func resolve(_ ref: String) throws -> String? {
        let r = try git.run(["rev-parse", "--verify", "--quiet", ref + "^{commit}"])
        return r.status == 0 ? try line(r.out) : nil
    }

    func treeOf(_ commit: String) throws -> String { try line(git.check(["rev-parse", commit + "^{tree}"])) }

    func isAncestor(_ a: String, of b: String) throws -> Bool {
        try git.run(["merge-base", "--is-ancestor", a, b]).status == 0
    }

    func mergeBase(_ a: String, _ b: String) throws -> String? {
        let r = try git.run(["merge-base", a, b])
        return r.status == 0 ? try line(r.out) : nil
    }

    func setBranch(_ commit: String) throws { try git.check(["update-ref", Self.branch, commit]) }

    /// Puts a ref back as it was: at `commit`, or gone when it did not exist.
    func setRef(_ ref: String, to commit: String?) throws {
        if let commit { try git.check(["update-ref", ref, commit]) } else { try git.check(["update-ref", "-d", ref]) }
    }

    /// Fetches the remote's branch (nil: the remote holds nothing yet).
    func fetch() throws -> String? {
        try git.check(["fetch", "--quiet", "--no-tags", "--prune", "origin"])
        return try resolve(Self.remoteBranch)
    }

    enum PushResult { case sent, raced }

    /// Pauses, in milliseconds, before sending again to a remote whose branch is locked: another push
    /// holds it for a moment; a push cut off on the remote's side leaves it until a person removes it.
    static let lockedPauses: [Int32] = [250, 500, 1_000, 2_000]

    /// Sends `commit` as the remote's branch; `.raced` when someone pushed in between.
    func push(_ commit: String) throws -> PushResult {
        var pauses = Self.lockedPauses[...]
        while true {
            let r = try git.run(["push", "--quiet", "--porcelain", "origin", "\(commit):\(Self.branch)"])
            if r.status == 0 { return .sent }
            let said = String(decoding: r.out, as: UTF8.self) + r.err
            if said.contains("[rejected]") || said.contains("non-fast-forward") || said.contains("fetch first") {
                return .raced
            }
            guard let lock = Self.lockFile(in: r.err) else { throw SyncError(GitRunner.complaint(r, doing: "push")) }
            guard let pause = pauses.popFirst() else {
                throw SyncError(
                    "git push failed: the remote's branch is locked (\(Sanitize.text(lock)) exists): another push "
                        + "is under way, or one was cut off there; if no one is sending, remove that file on the "
                        + "remote")
            }
            Posix.pause(milliseconds: pause)
        }
    }

    /// The lock file named when git could not lock the remote's branch ("cannot lock ref … Unable to
    /// create '…/main.lock': File exists"); nil for any other failure.
    static func lockFile(in err: String) -> String? {
        guard err.contains("cannot lock ref"), let open = err.firstRange(of: "Unable to create '") else { return nil }
        let rest = err[open.upperBound...]
        guard let close = rest.firstRange(of: "': File exists") else { return nil }
        return String(rest[..<close.lowerBound])
    }

    /// Paths in the commits `commit` would send that must never leave the machine (a hand-made commit).
    func neverPathsToSend(_ commit: String) throws -> [String] {
        let out = try git.check(["rev-list", commit, "--not", "--remotes=origin"])
        var bad = Set<String>()
        for c in String(decoding: out, as: UTF8.self).split(separator: "\n") {
            for path in try entries(String(c)).keys where !SyncRules.travels(path) { bad.insert(path) }
        }
        return bad.sorted()
    }

    private func line(_ data: Data) throws -> String {
        let s = String(decoding: data, as: UTF8.self).trimmed()
        guard !s.isEmpty else { throw SyncError("git gave no answer") }
        return s
    }
}
