#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `store.json`: what the store is and which format it is in.
package struct StoreInfo: Codable, Equatable, Sendable {
    /// 2: contacts one file per week (`Store.upgrade` converts format 1).
    package static let schemaVersion = 2
    package var schemaVersion: Int
    /// Shown in the dashboard header, e.g. "Technical Services".
    package var name: String
    package var createdAt: Date

    package init(name: String, createdAt: Date) {
        self.schemaVersion = StoreInfo.schemaVersion
        self.name = name
        self.createdAt = createdAt
    }
}

extension StoreInfo: JSONReadable {
    /// The Codable reading without `JSONDecoder` (see `JSONReadable`).
    init(json: JSONNode) throws {
        let c = try json.object()
        schemaVersion = try c.read("schemaVersion")
        name = try c.read("name")
        createdAt = try c.required("createdAt").date()
    }
}
