/// Word wrapping by display width, for notes shown in full inside a panel.
enum TextWrap {
    /// Sanitised lines of at most `width` cells; a word longer than a line is broken.
    static func lines(_ raw: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        let text = Sanitize.text(raw)
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var w = TextWidth.of(word)
            if used > 0, used + 1 + w <= width {
                line += " " + word
                used += 1 + w
                continue
            }
            if used > 0 { lines.append(line); line = ""; used = 0 }
            while w > width {  // break a word that cannot fit on any line
                var head = ""
                var hw = 0
                for ch in word {
                    let cw = TextWidth.of(ch)
                    if hw + cw > width { break }
                    head.append(ch)
                    hw += cw
                }
                if head.isEmpty { return lines }  // a single character wider than the line
                lines.append(head)
                word = String(word.dropFirst(head.count))
                w = TextWidth.of(word)
            }
            line = word
            used = w
        }
        if used > 0 { lines.append(line) }
        return lines
    }

    /// At most `max` lines; when cut, the last one ends with `…`.
    static func lines(_ raw: String, width: Int, max: Int) -> [String] {
        var all = lines(raw, width: width)
        guard all.count > max, max > 0 else { return all }
        all = Array(all.prefix(max))
        all[max - 1] = Frame.fit(all[max - 1] + " …", to: width)
        if !all[max - 1].hasSuffix("…") { all[max - 1] = Frame.fit(all[max - 1], to: width - 1) + "…" }
        return all
    }
}
