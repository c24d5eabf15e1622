#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A type read from a store file without `JSONDecoder`; its reader sits beside its `init(from:)`
/// and must accept and refuse the same files (JSONReadableTests compares the two).
protocol JSONReadable {
    init(json: JSONNode) throws
}

extension String: JSONReadable {
    init(json: JSONNode) throws { self = try json.string() }
}

extension Int: JSONReadable {
    init(json: JSONNode) throws { self = try json.int() }
}

extension Array: JSONReadable where Element: JSONReadable {
    init(json: JSONNode) throws { self = try json.array(of: Element.self) }
}
