#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `store.json`: what the store is and which format it is in.
public struct StoreInfo: Codable, Equatable, Sendable {
    /// 2: contacts one file per week (`Store.upgrade` converts format 1).
    public static let schemaVersion = 2
    public var schemaVersion: Int
    /// Shown in the dashboard header, e.g. "Technical Services".
    public var name: String
    public var createdAt: Date

    public init(name: String, createdAt: Date) {
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
