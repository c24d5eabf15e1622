#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The fields that differ between two versions of a store file, as the smallest changes that
/// undo can take back one by one without disturbing later changes to other fields.
enum FieldDiff {
    static func changes(file: String, before: JSONValue, after: JSONValue) -> [FieldChange] {
        var out: [FieldChange] = []
        diff(file, [], before, after, &out)
        return out
    }

    private static func diff(
        _ file: String, _ path: [PathStep], _ a: JSONValue?, _ b: JSONValue?,
        _ out: inout [FieldChange]
    ) {
        if a == b { return }
        switch (a, b) {
        case let (.object(x)?, .object(y)?):
            for key in Set(x.keys).union(y.keys).sorted() { diff(file, path + [.key(key)], x[key], y[key], &out) }
        case let (.array(x)?, .array(y)?):
            if let xs = names(x), let ys = names(y), !(xs.isEmpty && ys.isEmpty) {
                // A list of named things (projects): matched by name, so positions may shift.
                for name in Set(xs.keys).union(ys.keys).sorted() {
                    diff(file, path + [.named(name)], xs[name], ys[name], &out)
                }
            } else if let xs = sortedStrings(x), let ys = sortedStrings(y) {
                let old = Set(xs), new = Set(ys)
                out.append(
                    FieldChange(
                        file: file, path: path, added: ys.filter { !old.contains($0) },
                        removed: xs.filter { !new.contains($0) }))
            } else if x.count == y.count {
                for i in x.indices { diff(file, path + [.index(i)], x[i], y[i], &out) }
            } else {
                out.append(FieldChange(file: file, path: path, before: a, after: b))
            }
        default:
            out.append(FieldChange(file: file, path: path, before: a, after: b))
        }
    }

    /// Elements by their `name`, when every element is an object with a unique string name.
    static func names(_ list: [JSONValue]) -> [String: JSONValue]? {
        var out: [String: JSONValue] = [:]
        for v in list {
            guard case .object(let o) = v, let n = o["name"]?.stringValue, out[n] == nil else { return nil }
            out[n] = v
        }
        return out
    }

    /// The strings, when the list is strings in strictly increasing order (a set kept sorted).
    private static func sortedStrings(_ list: [JSONValue]) -> [String]? {
        var out: [String] = []
        out.reserveCapacity(list.count)
        for v in list {
            guard let s = v.stringValue, out.last.map({ $0 < s }) ?? true else { return nil }
            out.append(s)
        }
        return out
    }
}
