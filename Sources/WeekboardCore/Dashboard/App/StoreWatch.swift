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

/// Notices changes to the store without reading it: the modification time, size and inode of
/// each file and folder a snapshot was built from. An atomic write renames a new file into place,
/// so its folder's time and the file's inode change even when the size does not. A dozen `stat`
/// calls a second keeps an idle dashboard near 0% CPU however long the history.
struct StoreWatch: Equatable {
    struct Stamp: Equatable {
        let seconds: Int
        let nanoseconds: Int
        let size: Int64
        let inode: UInt64
    }

    let paths: [String]
    let stamps: [Stamp?]

    /// Watches what a snapshot of `week` reads: the store, board and OKR files, each person's folder
    /// and week file, this person's previous week (streak, carry), the contact weeks the
    /// baseline and sparkline use, and the week's repeat callers.
    init(store: Store, person: String, week: ISOWeek, baselineYears: Int) {
        var rel = ["", StoreFiles.info, StoreFiles.board.path, StoreFiles.okrs.path, "people", "contacts"]
        let people = Set((try? store.people()) ?? []).union([person]).sorted()
        for p in people {
            rel.append("people/\(p)")
            rel.append(StoreFiles.personWeek(p, week).path)
        }
        rel.append(StoreFiles.personWeek(person, week.previous).path)
        rel.append(StoreFiles.callers(week).path)
        // A busy week's shards: any of them replaced changes their folder's time.
        rel.append("callers/\(week.id)")
        for w in ContactWeeks.weeksRead(for: week, baselineYears: baselineYears, sparkWeeks: 12) {
            rel.append(StoreFiles.contacts(w).path)
        }
        paths = rel.map { store.url($0).path }
        stamps = paths.map(StoreWatch.stamp)
    }

    private init(paths: [String], stamps: [Stamp?]) {
        self.paths = paths
        self.stamps = stamps
    }

    /// True when any watched file or folder was created, removed or replaced since this watch was taken.
    var hasChanged: Bool {
        zip(paths, stamps).contains { StoreWatch.stamp($0.0) != $0.1 }
    }

    static func stamp(_ path: String) -> Stamp? {
        guard let st = Posix.fileStatus(path) else { return nil }
        #if canImport(Darwin)
            let t = st.st_mtimespec
        #else
            let t = st.st_mtim
        #endif
        return Stamp(
            seconds: Int(t.tv_sec), nanoseconds: Int(t.tv_nsec), size: Int64(st.st_size), inode: UInt64(st.st_ino))
    }
}
