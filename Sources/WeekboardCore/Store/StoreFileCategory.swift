/// Whose a kind of store file is, and so whether it is journalled: the first column of the store's
/// list of kinds (`StoreFileKind.all`, docs/store-format.md, "Kinds of file").
enum StoreFileCategory: String, Equatable, Sendable {
    /// The team's data (the board, OKRs, contact weeks…): journalled and undoable.
    case team
    /// One person's data (their weeks and name): journalled and undoable.
    case personal
    /// Belongs to this host only (`secret.key`, copies `repair` set aside): never journalled.
    case hostPrivate = "host-private"
    /// Rebuilt from data files by the commit that changes them (`PositiveWeeks`): never journalled.
    case derived
    /// The journal's own files.
    case journal
    /// The lock, temp files, the pending-commit record.
    case scratch

    /// The coarser kind the commit and undo decide by.
    var layoutKind: StoreLayout.Kind {
        switch self {
        case .team, .personal: return .data
        case .hostPrivate: return .hostPrivate
        case .derived: return .derived
        case .journal: return .journal
        case .scratch: return .scratch
        }
    }
}
