#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One change to the store, whatever starts it (a CLI command, a dashboard key, an import, undo,
/// a format upgrade): who makes it, and a body that reads and stages writes in a `Transaction` and
/// says in words what it did. `Store.apply` is the one place that applies it.
package struct StoreChange<Value> {
    package var source: ChangeSource
    /// The week the change was made on, for `weekboard log --week`.
    package var week: ISOWeek?
    /// False for changes that cannot be taken back field by field (an upgrade, a key rotation, a prune):
    /// they are journalled with the files they touched but no fields.
    package var undoable: Bool
    package var at: Date
    /// False only for sync applying what other machines did: their own journal entries arrive with it,
    /// so the commit writes no entry of its own (one would be a new change to send, for ever).
    var journalled = true
    let body: (inout Transaction) throws -> (summary: String, value: Value)

    package init(
        source: ChangeSource, week: ISOWeek? = nil, undoable: Bool = true, at: Date = Date(),
        body: @escaping (inout Transaction) throws -> (summary: String, value: Value)
    ) {
        self.source = source
        self.week = week
        self.undoable = undoable
        self.at = at
        self.body = body
    }
}
