#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Every change to the access list. Each is one journalled change of `access.json`, made like any other
/// through `Store.apply`; none can be taken back by `weekboard undo` (an editor's SSH key acting as the
/// same person must never be able to change who has access), so a change is reversed with `access` itself.
package enum AccessChange: Equatable, Sendable {
    case add(name: String, key: SSHPublicKey, role: AccessRole, person: String?)
    case remove(name: String)
    case setRole(name: String, role: AccessRole)
    /// The `authorized_keys` file `access sync` keeps in step from now on.
    case setAuthorizedKeys(path: String)
}

package extension StoreFiles {
    /// `access.json`, written only through `Store.perform(_: AccessChange, …)`.
    static let access = StoreFile<AccessList>(.access, StoreLayout.access)
}

package extension Store {
    /// Applies one access change; returns what it did and the list as it now stands.
    func perform(_ change: AccessChange, now: Date, source: ChangeSource) throws -> (ActionOutcome, AccessList) {
        if case .setAuthorizedKeys(let path) = change {
            // Written without the store's lock or journal: never a store file.
            try ExportTarget.checkOutside(path, store: root, option: "--authorized-keys")
        }
        if !exists { try create(now: now, source: source) }
        let committed = try apply(
            StoreChange<AccessList>(source: source, undoable: false, at: now) { tx in
                var list = try tx.read(StoreFiles.access)
                let message: String
                switch change {
                case .add(let name, let key, let role, let person):
                    message = try list.add(name: name, key: key, role: role, person: person)
                case .remove(let name): message = try list.remove(name: name)
                case .setRole(let name, let role): message = try list.setRole(name: name, role)
                case .setAuthorizedKeys(let path):
                    guard list.authorizedKeys != path else { return ("", list) }
                    list.authorizedKeys = path
                    message = "authorized_keys for SSH access: \(path)."
                }
                try tx.write(StoreFiles.access, list)
                return (message.hasSuffix(".") ? String(message.dropLast()) : message, list)
            })
        return (ActionOutcome(message: committed.summary + ".", entry: committed.entry), committed.value)
    }

    /// The access list (empty when nobody has been granted access).
    func accessList() throws -> AccessList { try reading { try $0.read(StoreFiles.access) } }
}
