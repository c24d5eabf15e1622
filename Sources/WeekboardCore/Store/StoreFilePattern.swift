/// Where a kind of store file lives, as docs/store-format.md spells it: `people/<person>/<YYYY>-W<ww>.json`.
/// A part of the pattern is text, or one placeholder with text before and after it: `<person>` (a person's
/// folder), `<YYYY>-W<ww>` (an ISO week), `<YYYY>` (a year), `<YYYY>-<MM>` (a month), `<h>` (a hex digit),
/// `<seq>-<n>` (a journal number and a part number), `*` (any name); a whole part `**` is any number of
/// folders (at least one name when it ends the pattern).
struct StoreFilePattern: Sendable, CustomStringConvertible {
    enum Slot: String, Sendable, CaseIterable {
        // Longest first: `<YYYY>` is inside the two after it.
        case week = "<YYYY>-W<ww>"
        case journalPart = "<seq>-<n>"
        case month = "<YYYY>-<MM>"
        case year = "<YYYY>"
        case person = "<person>"
        case shard = "<h>"
        case any = "*"
    }

    enum Part: Sendable, Equatable {
        case text(String)
        case slot(Slot, before: String, after: String)
        case folders
    }

    let description: String
    let parts: [Part]

    init(_ text: String) {
        description = text
        parts = text.split(separator: "/", omittingEmptySubsequences: false).map { (part: Substring) -> Part in
            if part == "**" { return .folders }
            let bytes = Array(part.utf8)
            for slot in Slot.allCases {
                guard let (before, after) = Self.split(bytes, at: slot) else { continue }
                return .slot(slot, before: before, after: after)
            }
            return .text(String(part))
        }
    }

    /// The text before and after the slot's first occurrence in a pattern's part (nil: none). A search
    /// of the bytes, as `firstRange(of:)` cost some 18,000 instructions a call, 88 calls in a `status`.
    private static func split(_ bytes: [UInt8], at slot: Slot) -> (String, String)? {
        let key = Array(slot.rawValue.utf8)
        guard bytes.count >= key.count else { return nil }
        for i in 0...(bytes.count - key.count) where bytes[i..<(i + key.count)].elementsEqual(key) {
            let after = bytes[(i + key.count)...]
            return (String(decoding: bytes[..<i], as: UTF8.self), String(decoding: after, as: UTF8.self))
        }
        return nil
    }

    /// The text that every path of the pattern starts with, when the first part is text.
    var firstText: String? {
        if case .text(let t) = parts.first { return t }
        return nil
    }

    /// The named parts of `path` (already split, each part plain), or nil when it is not of this pattern.
    func match(_ path: [Substring]) -> StoreFilePath.Parts? {
        var found = StoreFilePath.Parts()
        return match(parts[...], path[...], &found) ? found : nil
    }

    private func match(_ pattern: ArraySlice<Part>, _ path: ArraySlice<Substring>, _ found: inout StoreFilePath.Parts)
        -> Bool
    {
        guard let first = pattern.first else { return path.isEmpty }
        switch first {
        case .folders:
            if pattern.count == 1 {
                guard !path.isEmpty else { return false }
                found.copy = path.joined(separator: "/")
                return true
            }
            // Leading `**`: the rest of the pattern names the path's last parts.
            let tail = pattern.count - 1
            guard path.count >= tail else { return false }
            return match(pattern.dropFirst(), path.suffix(tail), &found)
        case .text(let t):
            guard let name = path.first, name == t else { return false }
        case .slot(let slot, let before, let after):
            guard let name = path.first, name.count > before.count + after.count, name.hasPrefix(before),
                name.hasSuffix(after)
            else { return false }
            let value = name.dropFirst(before.count).dropLast(after.count)
            guard Self.fill(slot, String(value), &found) else { return false }
        }
        return match(pattern.dropFirst(), path.dropFirst(), &found)
    }

    private static func fill(_ slot: Slot, _ value: String, _ found: inout StoreFilePath.Parts) -> Bool {
        switch slot {
        case .week:
            guard let week = ISOWeek.parseID(value), week.id == value else { return false }
            found.week = week
        case .month:
            let m = value.split(separator: "-", omittingEmptySubsequences: false)
            guard m.count == 2, m[0].count == 4, m[1].count == 2, m.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
            else { return false }
            found.month = value
        case .year:
            guard value.count == 4, value.allSatisfy(\.isASCIIDigit), let year = Int(value) else { return false }
            found.year = year
        case .person:
            guard (try? PersonName.checkFolder(value)) != nil else { return false }
            found.person = value
        case .shard:
            guard value.count == 1, "0123456789abcdef".contains(value) else { return false }
            found.shard = value
        case .journalPart:
            // Two numbers of at most 13 digits (a journal number is below 10^12).
            let n = value.split(separator: "-", omittingEmptySubsequences: false)
            guard n.count == 2, n.allSatisfy({ !$0.isEmpty && $0.count <= 13 && $0.allSatisfy(\.isASCIIDigit) })
            else { return false }
        case .any:
            break
        }
        return true
    }
}
