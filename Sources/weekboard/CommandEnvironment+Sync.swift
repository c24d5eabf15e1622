import WeekboardCore

extension CommandEnvironment {
    /// `requireStore` for `sync` and `sync status`: with no store here, the newcomer most likely means to
    /// join a team's, so that comes first in the advice.
    func requireStoreToSync() throws {
        guard store.exists else {
            throw StoreError.notFound(
                """
                no store at \(store.root.path) yet: to join a team's store, run \
                'weekboard\(storeWords) sync init URL'; to start one, 'weekboard\(storeWords) init'
                """)
        }
        try requireStore()
    }
}
