#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One value of a `JSONTape`: what a `JSONReadable` type reads itself from. Each accessor
/// accepts what `JSONDecoder` accepts for that type and fails where it fails, with the same
/// wording `JSONCoding` gives a `DecodingError` (the field path is added from the tape).
struct JSONNode {
    let tape: JSONTape
    let index: Int

    var kind: JSONTape.Kind { tape.nodes[index].kind }
    var isNull: Bool { kind == .null }

    /// The type expected here was not found: "expected a string" (or "…, found null").
    func mismatch(_ expected: String) -> JSONReadError {
        JSONReadError(
            node: index, reason: isNull ? "expected \(expected), found null" : "expected \(expected)")
    }

    /// A value of the right type that is still wrong (a week that does not exist, a negative count).
    func failure(_ reason: String) -> JSONReadError { JSONReadError(node: index, reason: reason) }

    func read<T: JSONReadable>(_ type: T.Type = T.self) throws -> T { try T(json: self) }

    func string() throws -> String {
        guard kind == .string else { throw mismatch("a string") }
        guard let s = tape.string(at: index) else {
            throw failure("holds invalid UTF-8 or half of a \\u surrogate pair")
        }
        return s
    }

    /// The bytes of a string written without escapes, for a reader that parses them in place (a date,
    /// a week); nil for anything else, which the reader then takes through `string()` (and its errors).
    func withPlainBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R?) -> R? {
        let node = tape.nodes[index]
        guard node.kind == .string, !node.escaped else { return nil }
        return tape.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[node.start..<node.end])) }
    }

    func bool() throws -> Bool {
        switch kind {
        case .trueLiteral: return true
        case .falseLiteral: return false
        default: throw mismatch("true or false")
        }
    }

    /// A whole number. Like `JSONDecoder`: `3`, `-0`, and also `3.0` or `3e2`, exactly an Int; not `3.5`,
    /// nor digits beyond Int's range (which Double would round to a neighbour that fits).
    func int() throws -> Int {
        guard kind == .number else { throw mismatch("a number") }
        let node = tape.nodes[index]
        let text = tape.bytes[node.start..<node.end]
        switch JSONNode.plainInt(text) {
        case .value(let n): return n
        case .notPlain:
            if let d = Double(String(decoding: text, as: UTF8.self)), let n = Int(exactly: d) { return n }
        case .overflow: break
        }
        throw failure("'\(String(decoding: text, as: UTF8.self))' is not a whole number from \(Int.min) to \(Int.max)")
    }

    private enum PlainInt {
        case value(Int)
        case overflow
        /// With a fraction or an exponent: left to Double.
        case notPlain
    }

    /// Digits with an optional minus sign, the common case, read without a String.
    private static func plainInt(_ text: ArraySlice<UInt8>) -> PlainInt {
        var digits = text[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return .notPlain }
        var n = 0
        var overflow = false
        for b in digits {
            guard b >= 0x30, b <= 0x39 else { return .notPlain }
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            // Accumulated below zero when negative, so Int.min fits.
            let d = Int(b - 0x30)
            let (sum, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
            overflow = overflow || o1 || o2
            n = sum
        }
        return overflow ? .overflow : .value(n)
    }

    /// An ISO 8601 date and time, as `JSONDecoder`'s `.iso8601` strategy reads it.
    func date() throws -> Date {
        let s = try string()
        guard let d = JSONDate.parse(s) else { throw failure("Expected date string to be ISO8601-formatted.") }
        return d
    }

    /// A string naming one case of `T` ("'purple' is not one of red, amber-red, …").
    func oneOf<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws -> T where T.RawValue == String {
        let s = try string()
        guard let value = T(rawValue: s) else {
            throw failure("'\(s)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    func object() throws -> JSONObject {
        guard kind == .object else { throw mismatch("an object") }
        return JSONObject(node: self)
    }

    /// The elements, in order.
    func array() throws -> [JSONNode] {
        guard kind == .array else { throw mismatch("a list") }
        var out: [JSONNode] = []
        var child = index + 1
        let end = tape.nodes[index].next
        while child < end {
            out.append(JSONNode(tape: tape, index: child))
            child = tape.nodes[child].next
        }
        return out
    }

    /// Each element read as `T` (null is an error, as `JSONDecoder` makes it for `[T]`).
    func array<T: JSONReadable>(of type: T.Type) throws -> [T] {
        guard kind == .array else { throw mismatch("a list") }
        var out: [T] = []
        var child = index + 1
        let end = tape.nodes[index].next
        while child < end {
            out.append(try T(json: JSONNode(tape: tape, index: child)))
            child = tape.nodes[child].next
        }
        return out
    }
}
