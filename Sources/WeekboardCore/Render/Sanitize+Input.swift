/// One rule for what text shows as it is and what it shows escaped, whether it is being printed
/// (`Sanitize.text`) or typed and pasted into the dashboard's line editor (`Sanitize.withoutEscapes`):
/// what output would make visible as `<U+200F>` or `^[` is never taken in, and what output keeps (a
/// subdivision flag's tag characters, ZWJ, combining marks) is taken in whether typed or pasted.
extension Sanitize {
    /// Reads text scalar by scalar and says whether each is kept as it is: all but those `needsEscape`
    /// names, except the tag characters after 🏴 up to the cancel tag, which spell a flag.
    struct Reading {
        private var inFlag = false

        mutating func keeps(_ u: Unicode.Scalar) -> Bool {
            let tag = (0xE0000...0xE007F).contains(u.value)
            let flagTag = inFlag && tag && u.value != 0xE0000 && u.value != 0xE0001
            inFlag = u.value == 0x1F3F4 || (flagTag && u.value != 0xE007F)
            return flagTag || !needsEscape(u)
        }
    }

    /// `s` without the scalars `text` would show escaped.
    static func withoutEscapes(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var reading = Reading()
        for u in s.unicodeScalars where reading.keeps(u) { out.append(u) }
        return String(out)
    }
}
