#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads and writes store files: pretty, sorted, ISO dates; and turns every decoding failure
/// into an error that names the file and the line/column or field path.
package enum JSONCoding {
    /// Larger files are refused before parsing: no store file comes near this.
    package static let maxFileSize = 16 * 1024 * 1024

    package static func encode<T: Encodable>(_ value: T) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        var data = try e.encode(value)
        data.append(0x0A)
        return data
    }

    /// `encode` for output a person may read in a terminal (`--json`): JSONEncoder escapes C0
    /// controls but leaves DEL, C1 controls and bidi overrides raw inside strings; those are written
    /// as `\uXXXX` too, so a script printing the JSON cannot drive the terminal. Same value once parsed.
    package static func encodeForOutput<T: Encodable>(_ value: T) throws -> Data {
        let data = try encode(value)
        let text = String(decoding: data, as: UTF8.self)
        // C0 controls inside strings are escaped by JSONEncoder already; outside them, newlines are layout.
        let raw = { (u: Unicode.Scalar) in u.value >= 0x7F && Sanitize.needsEscape(u) }
        guard text.unicodeScalars.contains(where: raw) else { return data }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if raw(u) {
                // Beyond the BMP (tag characters) JSON escapes a UTF-16 surrogate pair.
                let units = u.value > 0xFFFF ? Array(String(u).utf16).map(UInt32.init) : [u.value]
                for unit in units {
                    out.append(contentsOf: ("\\u" + String(unit, radix: 16).leftPadded(4)).unicodeScalars)
                }
            } else {
                out.append(u)
            }
        }
        return Data(String(out).utf8)
    }

    /// Decodes `data` read from `file` (a path shown in errors), checking size, UTF-8, syntax,
    /// duplicate keys, nesting and schema version before types.
    package static func decode<T: Decodable>(
        _ type: T.Type, from data: Data, file: String, supportedSchema: Int? = nil,
        userInfo: [CodingUserInfoKey: any Sendable] = [:], maxSize: Int = maxFileSize
    ) throws -> T {
        try checkSize(data, file: file, maxSize: maxSize)
        let version = try JSONValidator.validate(data, file: file)
        try checkSchema(version, file: file, supportedSchema: supportedSchema)
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        d.userInfo = userInfo
        do {
            return try d.decode(T.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, file: file)
        }
    }

    /// `decode` for a type with its own reader (`JSONReadable`): the same checks and errors, but
    /// the validator's pass also maps the file (`JSONTape`) and `reader` reads the values from it.
    static func read<T>(
        from data: Data, file: String, supportedSchema: Int? = nil, maxSize: Int = maxFileSize,
        _ reader: (JSONNode) throws -> T
    ) throws -> T {
        try checkSize(data, file: file, maxSize: maxSize)
        let (version, tape) = try JSONValidator.tape(data, file: file)
        try checkSchema(version, file: file, supportedSchema: supportedSchema)
        do {
            return try reader(tape.root)
        } catch let error as JSONReadError {
            throw error.storeError(file: file, tape: tape)
        }
    }

    private static func checkSize(_ data: Data, file: String, maxSize: Int) throws {
        if data.count > maxSize {
            throw StoreError.malformed(
                file: file, location: "",
                reason: """
                    file is \(data.count) bytes, larger than the \(maxFileSize / 1024 / 1024) MiB a store file may \
                    be. 'weekboard repair' rewrites it within the limit, keeping the original (see \
                    docs/store-format.md)
                    """)
        }
        if data.isEmpty {
            throw StoreError.malformed(file: file, location: "", reason: "file is empty (expected a JSON object)")
        }
    }

    private static func checkSchema(_ version: Int?, file: String, supportedSchema: Int?) throws {
        if let supported = supportedSchema, let v = version, v > supported {
            throw StoreError.newerSchema(file: file, found: v, supported: supported)
        }
    }

    static func describe(_ error: DecodingError, file: String) -> StoreError {
        func path(_ ctx: DecodingError.Context) -> String {
            var s = ""
            for key in ctx.codingPath {
                if let i = key.intValue {
                    s += "[\(i)]"
                } else {
                    s += s.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return s.isEmpty ? "top level" : "field \(s)"
        }
        switch error {
        case let .typeMismatch(type, ctx):
            return .malformed(file: file, location: path(ctx), reason: "expected \(typeName(type))")
        case let .valueNotFound(type, ctx):
            return .malformed(file: file, location: path(ctx), reason: "expected \(typeName(type)), found null")
        case let .keyNotFound(key, ctx):
            let p = path(ctx)
            return .malformed(
                file: file, location: p == "top level" ? "" : p, reason: "missing field '\(key.stringValue)'")
        case let .dataCorrupted(ctx):
            return .malformed(file: file, location: path(ctx), reason: ctx.debugDescription)
        @unknown default:
            return .malformed(file: file, location: "", reason: "\(error)")
        }
    }

    static func typeName(_ t: Any.Type) -> String {
        switch t {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let n = "\(t)"
            if n.hasPrefix("Array") || n.hasPrefix("[") { return "a list" }
            if n.hasPrefix("Dictionary") || n.contains(":") { return "an object" }
            return "a value of type \(n)"
        }
    }
}
