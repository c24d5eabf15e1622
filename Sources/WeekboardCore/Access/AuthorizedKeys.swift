#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The weekboard block of an `authorized_keys` file: one line per granted key, each forcing
/// `weekboard gate --as NAME` with OpenSSH's `restrict` (no forwarding of any kind) and `pty` back on
/// for the dashboard. Everything outside the block is the admin's and is kept byte for byte.
enum AuthorizedKeys {
    static let begin = "# weekboard: begin"
    static let end = "# weekboard: end"
    static let note = "# Written by 'weekboard access sync' from the store's access list: edit with 'weekboard access'."

    /// The block's lines (markers included) for `entries`, each running `weekboard` at `executable`
    /// on the store at `store`. Both paths must be absolute and are single-quoted for the shell sshd
    /// runs the command with; a path that cannot be quoted safely is refused, never emitted.
    static func block(_ entries: [AccessEntry], executable: String, store: String) throws -> [String] {
        let exe = try quoted(executable, what: "the weekboard executable")
        let root = try quoted(store, what: "the store")
        var lines = [begin, note]
        for e in entries {
            guard let key = e.publicKey else { continue }
            let name = try AccessList.checkName(e.name)
            lines.append("command=\"\(exe) --store \(root) gate --as \(name)\",restrict,pty \(key.line)")
        }
        lines.append(end)
        return lines
    }

    /// `'path'` for the shell, inside `command="…"`. Quotes, backslashes and control characters are
    /// refused: inside the option OpenSSH gives `\"` a meaning, and inside single quotes the shell gives
    /// `'` one, so no escaping is attempted at all.
    static func quoted(_ path: String, what: String) throws -> String {
        guard path.hasPrefix("/") else { throw InputError("\(what) path '\(Sanitize.text(path))' is not absolute") }
        if let bad = path.unicodeScalars.first(where: {
            $0 == "'" || $0 == "\"" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F
        }) {
            let name = bad.value < 0x20 || bad.value == 0x7F ? "a control character or newline" : "the character \(bad)"
            throw InputError(
                """
                \(what) path '\(Sanitize.text(path))' holds \(name), which cannot go safely into authorized_keys: \
                move it to a path without one
                """)
        }
        return "'\(path)'"
    }

    /// `existing` (nil: no file yet) with its weekboard block replaced by `block`, or the block added at
    /// the end. Lines are compared as bytes, so a file that is not UTF-8 keeps every byte outside the block.
    static func merge(_ existing: Data?, block: [String], file: String) throws -> Data {
        let blockData = Data(block.map { $0 + "\n" }.joined().utf8)
        guard let existing, !existing.isEmpty else { return blockData }
        var lines = existing.split(separator: 0x0A, omittingEmptySubsequences: false)
        // A final newline leaves an empty last piece: not a line of its own.
        let endsWithNewline = lines.last?.isEmpty == true
        if endsWithNewline { lines.removeLast() }
        func isMarker(_ line: Data, _ marker: String) -> Bool {
            var l = line
            if l.last == 0x0D { l.removeLast() }
            return l == Data(marker.utf8)
        }
        let begins = lines.indices.filter { isMarker(lines[$0], begin) }
        let ends = lines.indices.filter { isMarker(lines[$0], end) }
        var out = Data()
        func append(_ range: Range<Int>) {
            for i in range {
                out.append(lines[i])
                out.append(0x0A)
            }
        }
        switch (begins.count, ends.count) {
        case (0, 0):
            out = existing
            if !endsWithNewline { out.append(0x0A) }
            out.append(blockData)
            return out
        case (1, 1) where begins[0] < ends[0]:
            append(0..<begins[0])
            out.append(blockData)
            append((ends[0] + 1)..<lines.count)
            if !endsWithNewline, ends[0] + 1 < lines.count { out.removeLast() }
            return out
        default:
            throw InputError(
                """
                \(file) has \(begins.count) '\(begin)' and \(ends.count) '\(end)' lines (lines \
                \((begins + ends).sorted().map { String($0 + 1) }.joined(separator: ", "))): \
                leave exactly one pair, in that order, and run 'weekboard access sync' again
                """)
        }
    }
}
