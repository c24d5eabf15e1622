/// Text for an HTML page. Stored text is first made visible (`Sanitize.text`), then escaped, so a
/// project called `<script>alert(1)</script>` shows as those characters and never becomes markup,
/// in element content and in quoted attribute values alike.
enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as character references. The two noncharacters XML refuses
    /// (U+FFFE, U+FFFF) become U+FFFD, so the page also parses as XML.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Text from the store (or built from it): control characters made visible, then escaped.
    static func stored(_ s: String) -> String { escape(Sanitize.text(s)) }
}
