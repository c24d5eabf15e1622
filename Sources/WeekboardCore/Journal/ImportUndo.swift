#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Undo of a per-contact import after a sync brought other machines' imports into the same weekly
/// figure (`contacts/<week>.json`): the figure's counts are no longer what the import left, so it is
/// taken back by what it added. Its import (`imports`, by identity) is removed, every count it changed
/// loses what the import added to it, and a median it changed, which cannot be unmixed, is dropped.
/// Anything else the import changed that has changed since refuses the undo as for any change.
enum ImportUndo {
    /// True when `field`, which has changed since, may be taken back by what it added: a contact week's
    /// field changed by an import (a change that also altered caller-level data).
    static func applies(_ field: FieldChange, of fields: [FieldChange]) -> Bool {
        guard !field.isSetChange, StoreFilePath(field.file)?.kind == .contactWeek else { return false }
        return fields.contains { $0.file.hasPrefix(StoreLayout.callersFolder + "/") }
    }

    /// Takes `field` back from `file` by what it added; false when it cannot be (a value that is not a
    /// count, changed since). `original`: the file before this undo, `fields`: every field of the change.
    /// A figure whose imports this change added are gone from it already (the same export, imported on
    /// another machine too, was undone there) has had their counts taken back, and is left as it is.
    static func takeBack(_ field: FieldChange, in file: inout JSONValue, of fields: [FieldChange], original: JSONValue)
        throws -> Bool
    {
        let gone = takenBackAlready(fields, file: field.file, original: original)
        let keys = field.path.map { step -> String in if case .key(let k) = step { k } else { "" } }
        if keys.count >= 2, keys[0] == "services", gone.contains(keys[1]) { return true }
        // A file or figure the import made holds what an empty one holds, and the figure's keys.
        var before = field.before
        if field.path.isEmpty, before == nil, let empty = StoreLayout.emptyValue(of: field.file) {
            before = try JSONValue.parse(empty)
        }
        let current = file.value(at: field.path[...])
        guard let value = takeBack(before, field.after, current, at: keys, gone: gone),
            value != nil || !field.path.isEmpty
        else { return false }
        try file.set(value ?? nil, at: field.path[...])
        return true
    }

    /// The services of `file` whose imports `fields` added are none of them in `original` any more.
    private static func takenBackAlready(_ fields: [FieldChange], file: String, original: JSONValue) -> Set<String> {
        var before = JSONValue.object([:]), after = JSONValue.object([:])
        for f in fields where f.file == file && !f.isSetChange {
            if let b = f.before { try? before.set(b, at: f.path[...]) }
            if let a = f.after { try? after.set(a, at: f.path[...]) }
        }
        func imports(_ doc: JSONValue) -> [String: Set<String>] {
            guard let services = doc.value(at: [.key("services")][...])?.object else { return [:] }
            return services.compactMapValues { $0.value(at: [.key("imports")][...])?.object.map { Set($0.keys) } }
        }
        let (was, made, now) = (imports(before), imports(after), imports(original))
        var gone: Set<String> = []
        for (service, digests) in made {
            let added = digests.subtracting(was[service] ?? [])
            if !added.isEmpty, added.isDisjoint(with: now[service] ?? []) { gone.insert(service) }
        }
        return gone
    }

    /// `current` without the change from `before` to `after` at `at` (its keys): nil when it cannot be
    /// worked out; a value holding nil when the field goes.
    private static func takeBack(
        _ before: JSONValue?, _ after: JSONValue?, _ current: JSONValue?, at: [String], gone: Set<String>
    ) -> JSONValue?? {
        if at.count == 2, at[0] == "services", gone.contains(at[1]) { return .some(current) }
        if current == after { return .some(before) }
        if before == after { return .some(current) }
        if at.last == "handledMedian" { return .some(nil) }
        let values = [before, after, current]
        if values.allSatisfy({ $0 == nil || $0?.int != nil }) {
            let left = max(0, (current?.int ?? 0) - (after?.int ?? 0) + (before?.int ?? 0))
            return .some(left == 0 && before == nil ? nil : .int(left))
        }
        guard values.allSatisfy({ $0 == nil || $0?.object != nil }) else { return nil }
        let (b, a, c) = (before?.object ?? [:], after?.object ?? [:], current?.object ?? [:])
        var out: [String: JSONValue] = [:]
        for k in Set(b.keys).union(a.keys).union(c.keys) {
            guard let v = takeBack(b[k], a[k], c[k], at: at + [k], gone: gone) else { return nil }
            out[k] = v
        }
        return .some(out.isEmpty && before == nil ? nil : .object(out))
    }

    /// Each figure of the week file worked out again once counts were taken back: each channel its recorded
    /// total, else its imported contacts; the total their sum; those calling again at most those identified.
    static func settle(_ file: inout JSONValue) {
        guard case .object(var week) = file, case .object(var services)? = week["services"] else { return }
        for (name, value) in services {
            guard case .object(var figure) = value else { continue }
            let imported = figure["imported"]?.object ?? [:], recorded = figure["recorded"]?.object
            if !imported.isEmpty, figure["channels"] != nil {
                figure["channels"] = .object(imported.merging(recorded ?? [:]) { _, r in r })
            } else if imported.isEmpty, let recorded {
                // No imported contacts left: a figure only recorded keeps its channels in `channels`.
                (figure["imported"], figure["imports"], figure["recorded"]) = (nil, nil, nil)
                figure["channels"] = .object(recorded)
            }
            if case .object(let channels)? = figure["channels"] {
                figure["total"] = .int(channels.values.compactMap(\.int).reduce(0, +))
            }
            if let again = figure["callingAgain"]?.int {
                figure["callingAgain"] = figure["identified"]?.int.map { .int(min(again, $0)) }
            }
            services[name] = .object(figure)
        }
        week["services"] = .object(services)
        file = .object(week)
    }
}

extension JSONValue {
    fileprivate var object: [String: JSONValue]? { if case .object(let o) = self { return o } else { return nil } }
}
