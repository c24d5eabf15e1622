/// Makes stored text safe to show: a control character (C0, DEL, C1) becomes visible caret
/// notation (`^[`, `^G`, `^?`, `<U+009B>`), so no escape sequence from the store ever reaches the
/// terminal. Bidi controls and marks, line and paragraph separators, the byte-order mark,
/// interlinear annotation marks and tag characters are shown too (`<U+200F>`), so a name cannot
/// reverse or hide the rest of a line. Tags inside an emoji tag sequence (a subdivision flag, 🏴
/// then tags then U+E007F) are the flag and are kept, as are ZWJ and combining marks.
package enum Sanitize {
    package static func text(_ s: String) -> String {
        // Printable ASCII needs nothing: checked on bytes, the common case costs a scan.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
        guard s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = String.UnicodeScalarView()
        var reading = Reading()
        for u in s.unicodeScalars {
            if reading.keeps(u) { out.append(u) } else { out.append(contentsOf: visible(u).unicodeScalars) }
        }
        return String(out)
    }

    /// `text` for a message that may run over several lines (CLI output and errors): each line
    /// sanitised, the line breaks kept.
    package static func message(_ s: String) -> String {
        if s.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) { return s }
        return s.split(separator: "\n", omittingEmptySubsequences: false).map { text(String($0)) }.joined(
            separator: "\n")
    }

    static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C || v == 0x2028
            || v == 0x2029 || v == 0xFEFF || (0xFFF9...0xFFFB).contains(v) || (0xE0000...0xE007F).contains(v)
    }

    static func visible(_ u: Unicode.Scalar) -> String {
        let v = u.value
        if v < 0x20 { return "^" + String(Character(Unicode.Scalar(v + 0x40)!)) }
        if v == 0x7F { return "^?" }
        return "<U+" + String(v, radix: 16, uppercase: true).leftPadded(4) + ">"
    }
}

extension String {
    func leftPadded(_ n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}
