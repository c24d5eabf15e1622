/// Whether and how a kind of store file travels when the store syncs (docs/store-format.md, "Sync").
/// Each store-file descriptor names one; sync reads nothing else to decide what leaves the machine.
package enum StoreFileSync: Equatable, Sendable {
    /// Never leaves this machine: host-private keys, caller-level data, the access list, derived
    /// indexes, locks, temp files and the pending-commit record.
    case never
    /// Merged field by field against the common ancestor; lists with identity merged by identity.
    case merged
    /// The journal's month files: entries merged by identity and kept in time order.
    case journal
}
