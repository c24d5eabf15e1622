import Foundation
import WeekboardCore

/// Whether this build's `SyncMerge` merges a file changed on both machines (the field and journal merge
/// of issue 23). Until it does, two machines that both changed the store in the same month cannot
/// sync (both journals grew), and the tests of that wait for it, said as their reason.
package enum SyncMergeProbe {
    package static let mergesBothSides: Bool = {
        func line(_ seq: Int, _ person: String, _ minute: Int) -> String {
            "{\"at\":\"2026-11-24T10:\(minute):00Z\",\"kind\":\"change\",\"removed\":[],\"seq\":\(seq),"
                + "\"source\":{\"origin\":\"cli\",\"person\":\"\(person)\"},\"summary\":\"Change \(seq)\","
                + "\"written\":[\"board.json\"]}\n"
        }
        let path = "journal/2026-11.jsonl"
        let base = SyncTree(files: [path: Data(line(1, "alex", 10).utf8)])
        let ours = SyncTree(files: [path: Data((line(1, "alex", 10) + line(2, "alex", 20)).utf8)])
        let theirs = SyncTree(files: [path: Data((line(1, "alex", 10) + line(2, "priya", 30)).utf8)])
        return (try? SyncMerge.merge(base: base, ours: ours, theirs: theirs)) != nil
    }()

    package static let waitingReason = "SyncMerge cannot merge a file changed on both machines yet (the merge half)"
}
