#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A validated store file as one flat list of nodes, one per value and per field name in file
/// order, each holding where its bytes are: what the hand-written readers (`JSONReadable`) read
/// instead of `JSONDecoder`, whose generic machinery was half of `status` (docs/performance.md).
/// `JSONValidator` builds it in the pass that checks the file, so the bytes are walked once.
final class JSONTape {
    enum Kind: UInt8 { case object, array, string, number, trueLiteral, falseLiteral, null }

    struct Node {
        var kind: Kind
        /// A string's contents (between the quotes); a container's brackets; a number's or literal's text.
        var start: Int
        var end: Int
        /// The node after this value and everything inside it: an object's fields (name, value, name,
        /// value…) and an array's elements are the nodes from `index + 1` up to `next`.
        var next: Int
        /// A string holding a backslash escape (its text must be unescaped, not copied).
        var escaped = false
        /// A string of ASCII bytes only (its String needs no UTF-8 validation).
        var ascii = true

        init(kind: Kind, start: Int) {
            self.kind = kind
            self.start = start
            self.end = start
            self.next = 0
        }
    }

    let bytes: [UInt8]
    let nodes: [Node]

    init(bytes: [UInt8], nodes: [Node]) {
        self.bytes = bytes
        self.nodes = nodes
    }

    var root: JSONNode { JSONNode(tape: self, index: 0) }

    /// The field names and indices leading from the top to node `target`, for error messages
    /// (only an error pays for this walk).
    func path(to target: Int) -> [PathStep] {
        var steps: [PathStep] = []
        var at = 0
        while at < target, at < nodes.count {
            let node = nodes[at]
            guard node.kind == .object || node.kind == .array, target < node.next else { break }
            var child = at + 1
            var n = 0
            while child < node.next {
                let value = node.kind == .object ? child + 1 : child
                guard value < nodes.count else { return steps }
                if target < nodes[value].next, target >= child {
                    steps.append(node.kind == .object ? .field(text(child)) : .index(n))
                    break
                }
                child = nodes[value].next
                n += 1
            }
            guard child < node.next else { break }
            at = node.kind == .object ? child + 1 : child
        }
        return steps
    }

    enum PathStep: Equatable {
        case field(String)
        case index(Int)
    }

    /// A field name for a message: unescaped, or as written when it cannot be.
    private func text(_ index: Int) -> String {
        let n = nodes[index]
        return string(at: index) ?? String(decoding: bytes[n.start..<n.end], as: UTF8.self)
    }
}
