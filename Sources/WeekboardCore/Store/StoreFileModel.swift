/// A type a store file holds, with the schema version it writes: what a typed `StoreFile` made from
/// a kind (`StoreFile(.board, …)`) needs beyond the kind itself.
protocol StoreFileModel: Codable, Sendable {
    static var schemaVersion: Int { get }
}

extension Board: StoreFileModel {}
extension BoardHistoryYear: StoreFileModel {}
extension PersonWeek: StoreFileModel {}
extension PersonProfile: StoreFileModel {}
extension ContactWeek: StoreFileModel {}
extension ContactYear: StoreFileModel {}
extension OKRSet: StoreFileModel {}
extension AccessList: StoreFileModel {}
extension CallerWeek: StoreFileModel {}
extension FollowUps: StoreFileModel {}
extension CallerKeyFile: StoreFileModel {}
extension PositiveWeeks: StoreFileModel {}
extension ConflictList: StoreFileModel {}
