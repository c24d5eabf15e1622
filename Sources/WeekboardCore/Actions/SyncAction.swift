/// Changes that close what a sync left for a person to pick (`conflicts.json`).
package enum SyncAction: Equatable, Sendable {
    /// A sync conflict closed (`weekboard sync resolve`), by the start of its id, keeping the value picked.
    case resolveConflict(id: String, keep: ConflictPick)
}
