#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Where a field is inside a store file: object keys, array positions, and elements of a list
/// of named things (projects) picked by name, so a change to one project is found again after
/// others were added or removed before it.
package enum PathStep: Codable, Hashable, Sendable {
    case key(String)
    case index(Int)
    case named(String)

    package init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let i = try? c.decode(Int.self) {
            self = .index(i)
        } else if let s = try? c.decode(String.self) {
            self = .key(s)
        } else {
            self = .named(try c.decode([String: String].self)["name"] ?? "")
        }
    }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .key(let k): try c.encode(k)
        case .index(let i): try c.encode(i)
        case .named(let n): try c.encode(["name": n])
        }
    }
}

extension Array where Element == PathStep {
    /// True when one path lies inside the other (or they are equal): changes to them overlap.
    func overlaps(_ other: [PathStep]) -> Bool {
        let n = Swift.min(count, other.count)
        return self[..<n] == other[..<n]
    }
}
