#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One spelling of a JSON value (compact, keys sorted): what identities and tie-breaks compare, so
/// every machine orders and names the same values the same way.
enum SyncCanonical {
    static func text<T: Encodable>(_ value: T) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        guard let data = try? e.encode(value) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
