#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Conflicts in words, for `sync status`, `sync resolve`, `log` and the dashboard: each value short,
/// with who set it and when; sanitised (the values came from another machine).
package enum ConflictText {
    /// `3fa2c1d0  board.json: projects › Voids › owner: “Lee” (sam, 18 Nov 10:20) shows;
    /// “Pat” (alex, 18 Nov 10:10)` (one line)
    package static func line(_ c: SyncConflict, width: Int) -> String {
        let text = "\(c.id)  \(place(c)): \(side(c.shown)) shows; \(side(c.other)) replaced"
        return Frame.fit(Sanitize.text(text), to: width)
    }

    package static func lines(_ conflicts: [SyncConflict], width: Int) -> [String] {
        conflicts.map { line($0, width: width) }
    }

    /// One conflict laid out as the dashboard's `P` lists it, three lines that each fit `width` with
    /// both values and who set each and when in view (a value is cut inside its quotes first):
    /// `3fa2c1d0  Voids: owner`, `    shown  “Lee”  by sam, 18 Nov 10:20`, `    other  “Pat”  by alex, …`.
    package static func block(_ c: SyncConflict, width: Int) -> [String] {
        let head = Frame.fit(Sanitize.text("\(c.id)  \(place(c))"), to: width)
        return [head, sideLine("shown", c.shown, width: width), sideLine("other", c.other, width: width)]
    }

    /// Each conflict's `block`, a blank line between them.
    package static func blocks(_ conflicts: [SyncConflict], width: Int) -> [String] {
        conflicts.enumerated().flatMap { i, c in (i == 0 ? [] : [""]) + block(c, width: width) }
    }

    /// `    shown  “Lee”  by sam, 18 Nov 10:20`: the value cut so who and when stay in view.
    static func sideLine(_ label: String, _ s: SyncConflict.Side, width: Int) -> String {
        let lead = "    \(label)  "
        let who = who(s)
        let by = who.isEmpty ? "" : "  by \(who)"
        let room = max(8, width - TextWidth.of(lead) - TextWidth.of(by))
        return Frame.fit(lead + Frame.fit(shortValue(s, width: room), to: room) + by, to: width)
    }

    /// `1 conflict`, `3 conflicts`: the header's, `sync status`'s and `log`'s count.
    package static func count(_ n: Int) -> String { n == 1 ? "1 conflict" : "\(n) conflicts" }

    /// What `sync resolve` and the dashboard say when nothing is left to pick.
    package static let none = "No conflicts: every field two machines changed is settled."

    /// How to pick one from the command line.
    package static let howToPick = "Pick one with: weekboard sync resolve ID --keep shown|other|PERSON"

    /// `“Lee” (sam, 18 Nov 10:20)`; a removal is `removed`.
    static func side(_ s: SyncConflict.Side) -> String {
        let who = who(s)
        return Sanitize.text(value(s.value) + (who.isEmpty ? "" : " (\(who))"))
    }

    /// Who made a side's change and when, `sam, 18 Nov 10:20`, as far as the journal says (else empty).
    static func who(_ s: SyncConflict.Side) -> String {
        var who: [String] = []
        if let p = s.author { who.append(p) }
        if let at = s.at { who.append(JournalText.when(at)) }
        return Sanitize.text(who.joined(separator: ", "))
    }

    /// A side's value in a few words, sanitised: `“Lee”`, `removed`; text cut inside its quotes to
    /// `width` cells at most.
    static func shortValue(_ s: SyncConflict.Side, width: Int = 62) -> String {
        Sanitize.text(value(s.value, fit: max(1, width - 2)))
    }

    /// A value in a few words: text quoted (cut to `fit`), a number as it is, a project or item by its
    /// name or title.
    static func value(_ v: JSONValue?, fit: Int = 60) -> String {
        switch v {
        case nil: return "removed"
        case .null?: return "empty"
        case .bool(let b)?: return b ? "yes" : "no"
        case .int(let i)?: return "\(i)"
        case .double(let d)?: return "\(d)"
        case .string(let s)?: return "“\(Frame.fit(Sanitize.text(s), to: fit))”"
        case .array(let a)?: return "\(a.count) item\(a.count == 1 ? "" : "s")"
        case .object(let o)?:
            if let name = (o["name"] ?? o["title"])?.stringValue {
                return "“\(Frame.fit(Sanitize.text(name), to: fit))” (whole)"
            }
            return "a whole entry"
        }
    }
}
