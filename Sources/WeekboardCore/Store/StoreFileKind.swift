#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One kind of store file, every fact about it in one place: where it lives, whose it is, what it
/// holds, what it is when absent, how it is checked, how large it may be and how it syncs. The list is
/// `StoreFileKind.all` (`StoreFileKind+All.swift`); the commit, undo, recovery's path checks and sync
/// read it, and the tests loop over it, so a new kind of file is one entry there.
public struct StoreFileKind: Sendable, Equatable, CustomStringConvertible {
    /// Names the kind in errors, tests and docs ("person week").
    public let name: String
    public let pattern: StoreFilePattern
    public let category: StoreFileCategory
    public let writer: StoreFileWriter
    public let sync: StoreFileSync
    /// The most bytes the file may hold (`StoreFileSize`); nil: no whole-file limit (the journal is
    /// read a line at a time, each line within `Journal.maxLine`).
    public let sizeLimit: Int?
    /// The type the file holds (nil for files that are not one JSON document: the journal's month
    /// files, the lock, temp files, copies set aside).
    public let model: String?
    /// True when the model reads itself without `JSONDecoder` (`JSONReadable`): `JSONReadableTests`
    /// compares the two readers on every such file.
    public let modelReadsItself: Bool
    /// What the file reads as when absent, encoded: a journalled change is diffed against it.
    let empty: (@Sendable (StoreFilePath.Parts) -> Data?)?
    /// Decodes the bytes as the model type, refusing what a reader would refuse (`file`: named in errors).
    let reader: (@Sendable (Data, String) throws -> Void)?

    public var description: String { name }

    public static func == (a: StoreFileKind, b: StoreFileKind) -> Bool { a.name == b.name }

    /// A file holding one JSON document of type `Value`; `empty`: its value when absent, from the
    /// parts its path names (nil: never journalled, so nothing is diffed against it).
    static func json<Value: Codable & Sendable>(
        _ name: String, _ pattern: String, _ category: StoreFileCategory, _ writer: StoreFileWriter,
        sync: StoreFileSync, _ model: Value.Type, empty: (@Sendable (StoreFilePath.Parts) -> Value)?
    ) -> StoreFileKind {
        var encodedEmpty: (@Sendable (StoreFilePath.Parts) -> Data?)?
        if let empty { encodedEmpty = { parts in try? JSONCoding.encode(empty(parts)) } }
        let reader: @Sendable (Data, String) throws -> Void = { data, file in
            _ = try JSONCoding.decode(Value.self, from: data, file: file)
        }
        return StoreFileKind(
            name: name, pattern: StoreFilePattern(pattern), category: category, writer: writer, sync: sync,
            sizeLimit: StoreFileSize.limit, model: String(describing: Value.self),
            modelReadsItself: Value.self is any JSONReadable.Type, empty: encodedEmpty, reader: reader)
    }

    /// A file that is not one JSON document of a model type.
    static func other(
        _ name: String, _ pattern: String, _ category: StoreFileCategory, _ writer: StoreFileWriter,
        sync: StoreFileSync, sizeLimit: Int?
    ) -> StoreFileKind {
        StoreFileKind(
            name: name, pattern: StoreFilePattern(pattern), category: category, writer: writer, sync: sync,
            sizeLimit: sizeLimit, model: nil, modelReadsItself: false, empty: nil, reader: nil)
    }

    /// The encoded empty value of the file at `path` (nil when the kind has none).
    func emptyValue(_ path: StoreFilePath) -> Data? { empty?(path.parts) }

    /// Decodes `data` as this kind's model type; throws for a kind that holds none.
    func check(_ data: Data, file: String) throws {
        guard let reader else {
            throw StoreError.malformed(file: file, location: "", reason: "is a \(name), not a file undo may write")
        }
        try reader(data, file)
    }
}
