#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A file in the store: where it lives, what it holds, what it is when absent.
package struct StoreFile<Value: Codable & Sendable>: Sendable {
    package let path: String
    package let schema: Int
    package let empty: @Sendable () -> Value
    /// Passed to the decoder (e.g. `WeeklyCount.totalsOnly`).
    package let userInfo: [CodingUserInfoKey: any Sendable]
    /// Reads the value without `JSONDecoder` (`JSONReadable`: the files every view opens); nil: `JSONDecoder`.
    let reader: (@Sendable (JSONNode) throws -> Value)?

    package init(
        path: String, schema: Int, userInfo: [CodingUserInfoKey: any Sendable] = [:],
        empty: @escaping @Sendable () -> Value
    ) {
        self.path = path
        self.schema = schema
        self.userInfo = userInfo
        self.empty = empty
        self.reader = nil
    }

    init(
        path: String, schema: Int, reader: @escaping @Sendable (JSONNode) throws -> Value,
        empty: @escaping @Sendable () -> Value
    ) {
        self.path = path
        self.schema = schema
        self.userInfo = [:]
        self.empty = empty
        self.reader = reader
    }

    /// The value in `data`, read from the file at `fullPath` (named in errors); `checkingSchema`
    /// refuses a file from a newer weekboard.
    func decode(_ data: Data, fullPath: String, checkingSchema: Bool) throws -> Value {
        let supported = checkingSchema ? schema : nil
        if let reader { return try JSONCoding.read(from: data, file: fullPath, supportedSchema: supported, reader) }
        return try JSONCoding.decode(
            Value.self, from: data, file: fullPath, supportedSchema: supported, userInfo: userInfo)
    }
}

extension StoreFile where Value: JSONReadable {
    /// A file whose type reads itself (`JSONReadable`).
    init(path: String, schema: Int, empty: @escaping @Sendable () -> Value) {
        self.init(path: path, schema: schema, reader: { try Value(json: $0) }, empty: empty)
    }
}
