#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension JSONValue {
    /// The value at `path`, or nil when any step is absent.
    func value(at path: ArraySlice<PathStep>) -> JSONValue? {
        guard let step = path.first else { return self }
        switch (self, step) {
        case let (.object(o), .key(k)): return o[k]?.value(at: path.dropFirst())
        case let (.array(a), .index(i)): return a.indices.contains(i) ? a[i].value(at: path.dropFirst()) : nil
        case let (.array(a), .named(n)):
            return a.first { Self.name(of: $0) == n }?.value(at: path.dropFirst())
        default: return nil
        }
    }

    /// Sets (or, with nil, removes) the value at `path`, making missing objects and lists on the way.
    /// Throws when the path runs into a value of another shape.
    mutating func set(_ new: JSONValue?, at path: ArraySlice<PathStep>) throws {
        guard let step = path.first else {
            guard let new else { throw PatchError.shape }
            self = new
            return
        }
        let rest = path.dropFirst()
        switch (self, step) {
        case (.object(var o), .key(let k)):
            if rest.isEmpty && new == nil {
                o[k] = nil
            } else {
                var child = o[k] ?? Self.empty(for: rest.first)
                try child.set(new, at: rest)
                o[k] = child
            }
            self = .object(o)
        case (.array(var a), .index(let i)):
            guard a.indices.contains(i) else { throw PatchError.shape }
            if rest.isEmpty && new == nil { a.remove(at: i) } else { try a[i].set(new, at: rest) }
            self = .array(a)
        case (.array(var a), .named(let n)):
            if let i = a.firstIndex(where: { Self.name(of: $0) == n }) {
                if rest.isEmpty && new == nil { a.remove(at: i) } else { try a[i].set(new, at: rest) }
            } else if let new {
                guard rest.isEmpty else { throw PatchError.shape }
                a.append(new)
            }
            self = .array(a)
        default:
            throw PatchError.shape
        }
    }

    private static func name(of v: JSONValue) -> String? {
        if case .object(let o) = v { return o["name"]?.stringValue }
        return nil
    }

    private static func empty(for step: PathStep?) -> JSONValue {
        if case .key = step { return .object([:]) }
        return .array([])
    }

    enum PatchError: Error { case shape }
}

extension FieldChange {
    /// True when the file still holds what this change left in the field (so it can be taken back).
    func isCurrent(in file: JSONValue) -> Bool {
        let current = file.value(at: path[...])
        guard isSetChange else { return current == after }
        guard case .array(let list)? = current ?? .array([]) else { return false }
        let have = Set(list.compactMap(\.stringValue))
        return (added ?? []).allSatisfy(have.contains) && !(removed ?? []).contains(where: have.contains)
    }

    /// Puts `before` back (for a set: removes what was added, restores what was removed).
    func revert(in file: inout JSONValue) throws {
        guard isSetChange else { return try file.set(before, at: path[...]) }
        guard case .array(let list)? = file.value(at: path[...]) ?? .array([]) else { throw JSONValue.PatchError.shape }
        let drop = Set(added ?? [])
        var strings = list.compactMap(\.stringValue).filter { !drop.contains($0) }
        strings.append(contentsOf: removed ?? [])
        try file.set(.array(Set(strings).sorted().map(JSONValue.string)), at: path[...])
    }
}
