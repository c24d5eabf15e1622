#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One kind of store file, every fact about it in one place: where it lives, whose it is, what it
/// holds, what it is when absent, how it is checked, how large it may be and how it syncs. The list is
/// `StoreFileKind.all` (`StoreFileKind+All.swift`); the commit, undo, recovery's path checks and sync
/// read it, and the tests loop over it, so a new kind of file is one entry there.
struct StoreFileKind: Sendable, Equatable, CustomStringConvertible {
    /// Names the kind in errors, tests and docs ("person week").
    let name: String
    let pattern: StoreFilePattern
    let category: StoreFileCategory
    let writer: StoreFileWriter
    let sync: StoreFileSync
    /// The most bytes the file may hold (`StoreFileSize`); nil: no whole-file limit (the journal is
    /// read a line at a time, each line within `Journal.maxLine`).
    let sizeLimit: Int?
    /// The type the file holds (nil for files that are not one JSON document: the journal's month
    /// files, the lock, temp files, copies set aside).
    var model: String? { modelType.map { String(describing: $0()) } }
    /// True when the model reads itself without `JSONDecoder` (`JSONReadable`): `JSONReadableTests`
    /// compares the two readers on every such file.
    var modelReadsItself: Bool { modelType.map { $0() is any JSONReadable.Type } ?? false }
    /// The model type, asked for only by `model` and `modelReadsItself` (tests, docs): naming a type
    /// and casting it cost about 1 M instructions a kind, which `status` paid for every kind it read
    /// when they were worked out as the kind was made.
    private let modelType: (@Sendable () -> Any.Type)?
    /// What the file reads as when absent, from the parts its path names (of the model type).
    let empty: (@Sendable (StoreFilePath.Parts) -> any Sendable)?
    /// The same, encoded: a journalled change is diffed against it.
    let encodedEmpty: (@Sendable (StoreFilePath.Parts) -> Data?)?
    /// Decodes the bytes as the model type, refusing what a reader would refuse (`file`: named in errors).
    let reader: (@Sendable (Data, String) throws -> Void)?

    var description: String { name }

    static func == (a: StoreFileKind, b: StoreFileKind) -> Bool { a.name == b.name }

    /// A file holding one JSON document of type `Value`; `empty`: its value when absent, from the
    /// parts its path names (nil: a file that is never read when absent).
    static func json<Value: Codable & Sendable>(
        _ name: String, _ pattern: String, _ category: StoreFileCategory, _ writer: StoreFileWriter,
        sync: StoreFileSync, _ model: Value.Type, empty: (@Sendable (StoreFilePath.Parts) -> Value)?
    ) -> StoreFileKind {
        var encodedEmpty: (@Sendable (StoreFilePath.Parts) -> Data?)?
        var anyEmpty: (@Sendable (StoreFilePath.Parts) -> any Sendable)?
        if let empty {
            encodedEmpty = { parts in try? JSONCoding.encode(empty(parts)) }
            anyEmpty = { parts in empty(parts) }
        }
        let reader: @Sendable (Data, String) throws -> Void = { data, file in
            _ = try JSONCoding.decode(Value.self, from: data, file: file)
        }
        return StoreFileKind(
            name: name, pattern: StoreFilePattern(pattern), category: category, writer: writer, sync: sync,
            sizeLimit: StoreFileSize.limit, modelType: { Value.self }, empty: anyEmpty, encodedEmpty: encodedEmpty,
            reader: reader)
    }

    /// A file that is not one JSON document of a model type.
    static func other(
        _ name: String, _ pattern: String, _ category: StoreFileCategory, _ writer: StoreFileWriter,
        sync: StoreFileSync, sizeLimit: Int?
    ) -> StoreFileKind {
        StoreFileKind(
            name: name, pattern: StoreFilePattern(pattern), category: category, writer: writer, sync: sync,
            sizeLimit: sizeLimit, modelType: nil, empty: nil, encodedEmpty: nil, reader: nil)
    }

    /// The encoded empty value of the file at `path`, for a journalled kind (nil for any other: nothing
    /// is diffed against it, and undo never writes it).
    func emptyValue(_ path: StoreFilePath) -> Data? {
        writer == .journalled ? encodedEmpty?(path.parts) : nil
    }

    /// The value of an absent file of this kind, whose model is `Value` (a test makes every typed file).
    func emptyModel<Value>(_ parts: StoreFilePath.Parts) -> Value {
        guard let value = empty?(parts) as? Value else {
            preconditionFailure("the store file kind \(name) holds no empty \(Value.self)")
        }
        return value
    }

    /// Decodes `data` as this kind's model type; throws for a kind that holds none.
    func check(_ data: Data, file: String) throws {
        guard let reader else {
            throw StoreError.malformed(file: file, location: "", reason: "is a \(name), not a file undo may write")
        }
        try reader(data, file)
    }
}
