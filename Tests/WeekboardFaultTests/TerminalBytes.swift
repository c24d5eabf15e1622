import Foundation

/// Checks on bytes bound for a terminal: which raw control sequences they contain.
enum TerminalBytes {
    static let hostile: [(name: String, text: String)] = [
        ("title OSC", "\u{1B}]0;pwned title\u{07}"),
        ("clear screen", "\u{1B}[2J\u{1B}[H"),
        ("OSC 52 clipboard write", "\u{1B}]52;c;cm0gLXJmIH4K\u{07}"),
        ("BEL", "ding\u{07}dong"),
        ("C1 CSI", "c1\u{9B}31mred"),
        ("C1 OSC and ST", "\u{9D}0;title\u{9C}"),
        ("C1 NEL", "next\u{85}line"),
        ("right-to-left override", "abc\u{202E}fed"),
        ("isolate", "x\u{2066}y\u{2069}z"),
        ("DEL and backspace", "back\u{08}\u{7F}space"),
        ("carriage return", "over\rwrite"),
    ]

    /// All the hostile strings in one line (short enough for a goal).
    static var line: String { hostile.map(\.text).joined(separator: " ") }

    /// What is raw and must not be: every C0 control but newline, DEL, C1 (as UTF-8), bidi
    /// controls, and ESC except in SGR colour sequences when `allowSGR` is set.
    static func rawControls(in data: Data, allowSGR: Bool) -> [String] {
        var found: [String] = []
        let b = [UInt8](data)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 0x1B, allowSGR, let end = sgrEnd(b, i) { i = end; continue }
            if (c < 0x20 && c != 0x0A) || c == 0x7F { found.append(String(format: "0x%02X at %d", c, i)) }
            if c == 0xC2, i + 1 < b.count, (0x80...0x9F).contains(b[i + 1]) {
                found.append(String(format: "U+00%02X at %d", b[i + 1], i))
            }
            if c == 0xE2, i + 2 < b.count,
                (b[i + 1] == 0x80 && (0xAA...0xAE).contains(b[i + 2]))
                    || (b[i + 1] == 0x81 && (0xA6...0xA9).contains(b[i + 2]))
            {
                found.append(String(format: "bidi control E2 %02X %02X at %d", b[i + 1], b[i + 2], i))
            }
            i += 1
        }
        return found
    }

    /// The index just past `ESC [ digits ; … m` starting at `i`, or nil if it is not one.
    private static func sgrEnd(_ b: [UInt8], _ i: Int) -> Int? {
        guard i + 2 < b.count, b[i + 1] == UInt8(ascii: "[") else { return nil }
        var j = i + 2
        while j < b.count, (0x30...0x39).contains(b[j]) || b[j] == UInt8(ascii: ";") { j += 1 }
        return j < b.count && b[j] == UInt8(ascii: "m") ? j + 1 : nil
    }
}

extension TerminalBytes {
    /// In a full-screen program's output, escapes are its own (cursor moves, colours); what must
    /// never appear is what only stored text could bring: OSC sequences (titles, clipboard), BEL,
    /// C1 controls and bidi overrides.
    static func hostileInTerminalStream(_ data: Data) -> [String] {
        var found: [String] = []
        let b = [UInt8](data)
        for i in b.indices {
            if b[i] == 0x1B, i + 1 < b.count, b[i + 1] == UInt8(ascii: "]") { found.append("OSC at \(i)") }
            if b[i] == 0x07 { found.append("BEL at \(i)") }
        }
        // C1 and bidi are the same checks as for plain output.
        return found + rawControls(in: data, allowSGR: true).filter { $0.hasPrefix("U+") || $0.hasPrefix("bidi") }
    }
}
