/// Text for a Markdown document. Stored text is made visible (`Sanitize.text`) and every character
/// that could start inline markup in CommonMark or GitHub Markdown is backslash-escaped, so a name
/// reads as typed and cannot become a link, an image, HTML, emphasis, code or a table cell break.
/// Our own documents only ever put stored text mid-line (after `- ` or `| `), so the characters
/// that start blocks (`#`, `-`, `1.`) need no escape there.
enum MarkdownText {
    /// Backslash, backtick, emphasis (`*` `_` `~`), links and images (`[` `]`), HTML and autolinks
    /// (`<` `>`), entities (`&`), table cells (`|`) and maths (`$`).
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "~", "[", "]", "<", ">", "&", "|", "$"]

    static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in Sanitize.text(s).unicodeScalars {
            if special.contains(u) { out.append("\\") }
            out.append(u)
        }
        return String(out)
    }

    /// A line that may start with stored text (a weeknote's paragraph, or a list item's text after
    /// `- `): a leading `#`, `-`, `+`, `=` or `>` (a heading, list or quote) or `1.` / `1)` (a
    /// numbered list) is escaped. Apply after `escape`.
    static func lineStart(_ s: String) -> String {
        guard let first = s.first else { return s }
        if "#-+=>".contains(first) { return "\\" + s }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = s.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + s.dropFirst(digits.count)
        }
        return s
    }
}
