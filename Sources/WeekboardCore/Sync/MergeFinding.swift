#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A field the two sides changed differently, found while merging one file: where (relative to the
/// value being merged, completed on the way back up) and the two sides, the one shown first.
struct MergeFinding: Equatable {
    var path: [PathStep]
    var shown: SyncConflict.Side
    var other: SyncConflict.Side

    func prefixed(_ step: PathStep) -> MergeFinding {
        var f = self
        f.path.insert(step, at: 0)
        return f
    }
}
