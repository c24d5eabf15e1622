#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A store file as a `JSONValue` from the validator's tape rather than `JSONDecoder`: a commit turns every
/// file it writes into values to diff them for the journal, and for an import of a million contacts that
/// decoding was a fifth of the import. The same values `JSONDecoder` gave (`JSONValueTapeTests`).
extension JSONValue {
    static func parseTape(_ data: Data, file: String = "") throws -> JSONValue {
        let tape = try JSONValidator.tape(data, file: file).tape
        return value(tape, 0)
    }

    private static func value(_ tape: JSONTape, _ index: Int) -> JSONValue {
        let node = tape.nodes[index]
        switch node.kind {
        case .null: return .null
        case .trueLiteral: return .bool(true)
        case .falseLiteral: return .bool(false)
        case .string: return .string(tape.string(at: index) ?? "")
        case .number: return number(String(decoding: tape.bytes[node.start..<node.end], as: UTF8.self))
        case .array:
            var out: [JSONValue] = []
            var child = index + 1
            while child < node.next {
                out.append(value(tape, child))
                child = tape.nodes[child].next
            }
            return .array(out)
        case .object:
            var out: [String: JSONValue] = [:]
            var key = index + 1
            while key + 1 < node.next {
                // A name written twice: the last one, as JSONDecoder keeps it.
                out[tape.string(at: key) ?? ""] = value(tape, key + 1)
                key = tape.nodes[key + 1].next
            }
            return .object(out)
        }
    }

    /// As `init(from:)` tries them: a whole number that fits is an int, anything else a double.
    private static func number(_ text: String) -> JSONValue {
        if let i = Int(text) { return .int(i) }
        let d = Double(text) ?? 0
        if d.rounded() == d, let i = Int(exactly: d) { return .int(i) }
        return .double(d)
    }
}
