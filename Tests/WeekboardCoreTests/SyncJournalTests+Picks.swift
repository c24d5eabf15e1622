import Foundation
import Testing
import WeekboardTestSupport

@testable import WeekboardCore

/// One conflict resolved differently on two machines: neither pick is lost without a word.
extension SyncJournalTests {
    @Test("a conflict kept 'other' on one machine and 'shown' on another comes back as a conflict of the two picks")
    func differentPicks() throws {
        let (base, a, b, c) = try conflicted()
        let (ancestor, b2) = (try SyncTreeFiles.copy(a), try SyncTreeFiles.copy(a))
        defer { cleanUp(base, a, b, ancestor, b2) }
        try SyncTreeFiles.setOrigin("b2b2b2b2", b2)
        try a.perform(.sync(.resolveConflict(id: c.id, keep: .other)), ctx("alex", minutes: 30))
        try b2.perform(.sync(.resolveConflict(id: c.id, keep: .shown)), ctx("sam", minutes: 31))
        let (at, bt, anc) = (SyncTreeFiles.tree(a), SyncTreeFiles.tree(b2), SyncTreeFiles.tree(ancestor))
        let m = try SyncMerge.merge(base: anc, ours: bt, theirs: at)
        #expect(try SyncMerge.merge(base: anc, ours: at, theirs: bt).tree == m.tree, "both machines agree")
        let merged = try SyncTreeFiles.store(m.tree)
        defer { cleanUp(merged) }
        #expect(try owner(merged) == "Pat", "the value put back shows")
        let again = try #require(m.conflicts.first)
        #expect(m.conflicts.count == 1 && again.id != c.id)
        #expect(again.shown.value == .string("Pat") && again.shown.person == "alex")
        #expect(again.other.value == .string("Lee") && again.other.person == "sam")
        #expect(again.other.at == Self.start.addingTimeInterval(31 * 60))
        #expect(try merged.openConflicts().map(\.id) == [again.id])
        // Merged again with either side: the same files, found once.
        let twice = try SyncMerge.merge(base: anc, ours: m.tree, theirs: bt)
        #expect(twice.tree == m.tree && twice.conflicts.isEmpty)
        #expect(try SyncMerge.merge(base: anc, ours: at, theirs: m.tree).tree == m.tree)
        // The keep is one pick away.
        try merged.perform(.sync(.resolveConflict(id: again.id, keep: .person("sam"))), ctx("alex", minutes: 40))
        #expect(try owner(merged) == "Lee" && merged.openConflicts().isEmpty)
    }

    @Test("the same conflict resolved alike on two machines, or on one only: nothing comes back")
    func samePicks() throws {
        let (base, a, b, c) = try conflicted()
        let (ancestor, b2) = (try SyncTreeFiles.copy(a), try SyncTreeFiles.copy(a))
        defer { cleanUp(base, a, b, ancestor, b2) }
        try SyncTreeFiles.setOrigin("b2b2b2b2", b2)
        try a.perform(.sync(.resolveConflict(id: c.id, keep: .other)), ctx("alex", minutes: 30))
        let one = try SyncMerge.merge(
            base: SyncTreeFiles.tree(ancestor), ours: SyncTreeFiles.tree(b2), theirs: SyncTreeFiles.tree(a))
        #expect(one.conflicts.isEmpty && one.tree.files[StoreLayout.conflicts] == nil)
        try b2.perform(.sync(.resolveConflict(id: c.id, keep: .other)), ctx("sam", minutes: 31))
        let both = try SyncMerge.merge(
            base: SyncTreeFiles.tree(ancestor), ours: SyncTreeFiles.tree(b2), theirs: SyncTreeFiles.tree(a))
        #expect(both.conflicts.isEmpty && both.tree.files[StoreLayout.conflicts] == nil)
    }
}
