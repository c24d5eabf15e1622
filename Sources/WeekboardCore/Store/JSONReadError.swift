#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A failure found by a `JSONReadable` reader, at a node of the tape (`field`: a field of that
/// object, present or missing). `JSONCoding` turns it into `StoreError.malformed` with the path.
struct JSONReadError: Error {
    let node: Int
    var field: String?
    var missing = false
    let reason: String

    init(node: Int, field: String? = nil, missing: Bool = false, reason: String) {
        self.node = node
        self.field = field
        self.missing = missing
        self.reason = reason
    }

    /// The error as `JSONCoding.describe` words a `DecodingError`: "field goals[0].state", "top level".
    func storeError(file: String, tape: JSONTape) -> StoreError {
        var steps = tape.path(to: node)
        if let field, !missing { steps.append(.field(field)) }
        var s = ""
        for step in steps {
            switch step {
            case .index(let i): s += "[\(i)]"
            case .field(let name): s += s.isEmpty ? name : ".\(name)"
            }
        }
        let location = s.isEmpty ? (missing ? "" : "top level") : "field \(s)"
        return .malformed(file: file, location: location, reason: reason)
    }
}
