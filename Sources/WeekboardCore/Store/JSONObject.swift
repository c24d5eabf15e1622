#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A JSON object of a `JSONTape`, read field by field as a `KeyedDecodingContainer` is: fields it
/// does not ask for are ignored, a missing one is an error naming it.
struct JSONObject {
    let node: JSONNode

    /// The field's value; nil when absent. Names are compared as bytes; a name written with an
    /// escape is compared unescaped, and two fields naming the same after unescaping are refused
    /// (the validator only sees them as different bytes; `JSONDecoder` would keep one of them).
    func field(_ name: String) throws -> JSONNode? {
        let tape = node.tape
        let end = tape.nodes[node.index].next
        let count = name.utf8.count
        var key = node.index + 1
        var found: Int?
        while key + 1 < end {
            let k = tape.nodes[key]
            let same =
                k.escaped
                ? tape.string(at: key) == name
                : k.end - k.start == count && tape.bytes(at: k.start, equal: name)
            if same {
                if found != nil { throw JSONReadError(node: node.index, reason: "duplicate field '\(name)'") }
                found = key + 1
            }
            key = tape.nodes[key + 1].next
        }
        return found.map { JSONNode(tape: tape, index: $0) }
    }

    /// A field that must be present (null reaches the value's reader, which refuses it).
    func required(_ name: String) throws -> JSONNode {
        guard let value = try field(name) else {
            throw JSONReadError(node: node.index, field: name, missing: true, reason: "missing field '\(name)'")
        }
        return value
    }

    /// A field that may be absent or null (`decodeIfPresent`).
    func optional(_ name: String) throws -> JSONNode? {
        guard let value = try field(name), !value.isNull else { return nil }
        return value
    }

    func read<T: JSONReadable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try T(json: required(name))
    }

    func readIfPresent<T: JSONReadable>(_ name: String, as type: T.Type = T.self) throws -> T? {
        try optional(name).map { try T(json: $0) }
    }

    /// Every field as (name, value), in file order: for objects used as dictionaries.
    func members() throws -> [(name: String, value: JSONNode)] {
        let tape = node.tape
        let end = tape.nodes[node.index].next
        var out: [(name: String, value: JSONNode)] = []
        var key = node.index + 1
        while key + 1 < end {
            let name = try JSONNode(tape: tape, index: key).string()
            out.append((name, JSONNode(tape: tape, index: key + 1)))
            key = tape.nodes[key + 1].next
        }
        return out
    }

    /// A dictionary of `T` by field name; two names equal once unescaped are refused.
    func dictionary<T: JSONReadable>(of type: T.Type) throws -> [String: T] {
        var out: [String: T] = [:]
        for (name, value) in try members() {
            guard out.updateValue(try T(json: value), forKey: name) == nil else {
                throw JSONReadError(node: node.index, reason: "duplicate field '\(name)'")
            }
        }
        return out
    }

    /// An object used as a dictionary keyed by an enum's cases (notes by section, counts by channel):
    /// a name that is not a case is an error at that field, as `JSONDecoder` makes it.
    func keyed<K: RawRepresentable & CaseIterable & Hashable, V: JSONReadable>(by key: K.Type, of value: V.Type)
        throws -> [K: V] where K.RawValue == String
    {
        var out: [K: V] = [:]
        for (name, node) in try members() {
            guard let k = K(rawValue: name) else {
                throw node.failure("'\(name)' is not one of \(K.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard out.updateValue(try V(json: node), forKey: k) == nil else {
                throw JSONReadError(node: self.node.index, reason: "duplicate field '\(name)'")
            }
        }
        return out
    }

    /// An error about a field of this object, present or not ("field goals: expected exactly 3…").
    func failure(_ name: String, _ reason: String) -> JSONReadError {
        JSONReadError(node: node.index, field: name, reason: reason)
    }
}
