/// What writes a kind of store file, so undo and recovery touch only what they may.
enum StoreFileWriter: Equatable, Sendable {
    /// Changed by undoable changes: journalled field by field, and undo and redo may write it.
    case journalled
    /// Written or removed by a commit but never journalled (`store.json`, `secret.key`, the index,
    /// the journal's month files, format 1's contact years): a commit record may name it.
    case commit
    /// Written outside the commit's steps (the lock, temp files, the commit record, the journal's
    /// mark): a commit record naming it is refused.
    case other
}
