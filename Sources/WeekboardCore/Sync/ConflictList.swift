#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `conflicts.json`: the fields two machines changed differently, each until a person picks a value
/// (`weekboard sync resolve`). Team data: it travels with the store and merges by each conflict's id.
package struct ConflictList: Codable, Equatable, Sendable {
    package static let schemaVersion = 1
    package var schemaVersion: Int
    package var conflicts: [SyncConflict]

    package init(conflicts: [SyncConflict] = []) {
        schemaVersion = Self.schemaVersion
        self.conflicts = conflicts
    }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        conflicts = try c.decode([SyncConflict].self, forKey: .conflicts)
        // Another machine wrote this file: a conflict naming anything but a store data file, or an id
        // given twice, would make `sync resolve` write somewhere it must not, or pick the wrong one.
        var ids = Set<String>()
        for (i, conflict) in conflicts.enumerated() {
            var why: String?
            if !Self.mayName(conflict.file) {
                why = "names “\(Sanitize.text(conflict.file))”, which is not a store data file that syncs"
            } else if !ids.insert(conflict.id).inserted {
                why = "repeats the id \(Sanitize.text(conflict.id))"
            } else if conflict.id.count != 8 || !conflict.id.allSatisfy(\.isHexDigit) {
                why = "has an id that is not 8 hex digits"
            }
            if let why {
                throw DecodingError.dataCorruptedError(
                    forKey: .conflicts, in: c, debugDescription: "conflict \(i + 1) \(why)")
            }
        }
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, conflicts }

    /// A conflict can only be about team data that travels: never caller-level files, the access list
    /// (each host's own) or this file itself.
    static func mayName(_ file: String) -> Bool {
        StoreLayout.isJournalledFile(file) && file != StoreLayout.conflicts && file != StoreLayout.access
            && !file.hasPrefix(StoreLayout.callersFolder + "/")
    }

    /// The conflict whose id is or starts with `ref` (case-insensitive), or nil.
    package func find(_ ref: String) -> [SyncConflict] {
        let r = ref.lowercased()
        if let exact = conflicts.first(where: { $0.id == r }) { return [exact] }
        return conflicts.filter { $0.id.hasPrefix(r) }
    }
}

package extension StoreFiles {
    static let conflicts = StoreFile<ConflictList>(.conflicts, StoreLayout.conflicts)
}

package extension Store {
    /// The conflicts waiting for a person to pick a value, oldest first: for `sync status`, the
    /// dashboard's header and `sync resolve`.
    func openConflicts() throws -> [SyncConflict] {
        try reading { try $0.read(StoreFiles.conflicts).conflicts }
    }
}
