/// A single-line text editor as a value: the text, a cursor, and how far it is scrolled.
/// Works on grapheme clusters, so a wide character or an emoji with modifiers moves as one.
struct LineEditor: Equatable, Sendable {
    private(set) var chars: [Character]
    /// Index into `chars`; `chars.count` is after the last character.
    private(set) var cursor: Int
    /// First character shown when the text is wider than its field; a hint kept between keys
    /// so the view only scrolls when the cursor would leave it.
    private(set) var scroll = 0
    let maxLength: Int

    init(_ text: String = "", maxLength: Int = TextRules.maxLine) {
        self.chars = Array(text.prefix(maxLength))
        self.cursor = chars.count
        self.maxLength = maxLength
    }

    var text: String { String(chars) }

    /// What a key did to the line.
    enum Outcome: Equatable, Sendable {
        case edited
        case commit(String)
        case cancel
        /// Not an editing key; nothing changed.
        case ignored
    }

    /// The editing commands, one per key.
    enum Command: Equatable, Sendable {
        case left, right, home, end, backspace, delete, killToStart, killToEnd, killWord, save, cancel
    }

    /// The key table the editor runs on, and that the help overlay prints.
    static let bindings: [(keys: [Key], command: Command, summary: String)] = [
        ([.left], .left, "cursor left"),
        ([.right], .right, "cursor right"),
        ([.home, .ctrl("a")], .home, "start of the line"),
        ([.end, .ctrl("e")], .end, "end of the line"),
        ([.backspace], .backspace, "delete before the cursor"),
        ([.delete], .delete, "delete under the cursor"),
        ([.ctrl("u")], .killToStart, "delete to the start"),
        ([.ctrl("k")], .killToEnd, "delete to the end"),
        ([.ctrl("w")], .killWord, "delete the word before the cursor"),
        ([.enter], .save, "save"),
        ([.escape, .ctrl("c")], .cancel, "cancel (nothing is saved)"),
    ]

    static func command(for key: Key) -> Command? {
        return bindings.first { $0.keys.contains(key) }?.command
    }

    mutating func handle(_ key: Key) -> Outcome {
        if case .char(let c) = key { return insert(c) ? .edited : .ignored }
        guard let command = LineEditor.command(for: key) else { return .ignored }
        switch command {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = chars.count
        case .backspace:
            guard cursor > 0 else { return .edited }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < chars.count else { return .edited }
            chars.remove(at: cursor)
        case .killToStart:
            chars.removeSubrange(0..<cursor)
            cursor = 0
        case .killToEnd:
            chars.removeSubrange(cursor..<chars.count)
        case .killWord:
            var start = cursor
            while start > 0, chars[start - 1].isWhitespace { start -= 1 }
            while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
            chars.removeSubrange(start..<cursor)
            cursor = start
        case .save: return .commit(text)
        case .cancel: return .cancel
        }
        scroll = min(scroll, cursor)
        return .edited
    }

    /// Pasted text as one line: line breaks and tabs become spaces; what output would show escaped goes
    /// (`Sanitize.withoutEscapes`: a flag's tags stay, as typing them keeps them).
    static func pasteable(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for u in text.unicodeScalars {
            let isBreak = u == "\n" || u == "\r" || u == "\t"
            if isBreak {
                if !(lastWasCR && u == "\n") { out.append(" ") }  // CR LF is one break
            } else {
                out.append(u)
            }
            lastWasCR = u == "\r"
        }
        return Sanitize.withoutEscapes(String(out))
    }

    /// Inserts a typed character (a terminal sends one scalar a key), by the rule output follows: what
    /// `Sanitize.text` would show escaped (controls, bidi marks, a stray tag character) is refused, what it
    /// keeps is taken, a flag's tags and ZWJ included. A scalar that continues the character before the
    /// cursor (a mark, ZWJ, a flag's tag) joins it, so the line still moves by what is seen. Refused past
    /// `maxLength`.
    mutating func insert(_ c: Character) -> Bool {
        let previous = cursor > 0 ? String(chars[cursor - 1]) : ""
        // The previous character gives the context (a tag is kept only after 🏴 and the flag's other tags).
        let kept = String(
            Sanitize.withoutEscapes(previous + String(c)).unicodeScalars.dropFirst(previous.unicodeScalars.count))
        guard !kept.isEmpty else { return false }
        if !previous.isEmpty, (previous + kept).count == 1 {
            chars[cursor - 1] = Character(previous + kept)
            return true
        }
        let room = maxLength - chars.count
        guard room > 0 else { return false }
        let taken = Array(kept.prefix(room))
        chars.insert(contentsOf: taken, at: cursor)
        cursor += taken.count
        return true
    }

    /// Remembers the window a field of `width` cells shows, so the next key scrolls from there.
    mutating func keepVisible(width: Int) {
        scroll = view(width: width).start
    }

    /// What a field `width` cells wide shows: the visible text (with `…` where the line goes on
    /// beyond either edge), the cursor's column in it, and the first character shown.
    func view(width: Int) -> (text: String, cursorColumn: Int, start: Int) {
        guard width > 0 else { return ("", 0, 0) }
        var start = min(max(0, scroll), cursor)
        while start < cursor, !fits(start: start, width: width) { start += 1 }
        let w = LineEditor.widths(chars)
        var out = start > 0 ? "…" : ""
        var used = start > 0 ? 1 : 0
        var cursorColumn = used
        var i = start
        while i < chars.count {
            let rest = w[i...].reduce(0, +)
            let room = used + rest <= width ? width - used : width - used - 1  // keep a cell for "…"
            if w[i] > room { out += "…"; break }
            if i == cursor { cursorColumn = used }
            out.append(chars[i])
            used += w[i]
            i += 1
        }
        if cursor >= i { cursorColumn = min(used, width - 1) }
        return (out, cursorColumn, start)
    }

    /// True when, showing from `start`, the cursor lands inside the field and not on a `…`.
    private func fits(start: Int, width: Int) -> Bool {
        let w = LineEditor.widths(chars)
        let lead = start > 0 ? 1 : 0
        let before = w[start..<cursor].reduce(0, +)
        let atCursor = cursor < chars.count ? w[cursor] : 1
        let trailing = cursor + 1 < chars.count ? 1 : 0  // a "…" after the cursor's character
        return lead + before + atCursor + trailing <= width
    }

    static func widths(_ chars: [Character]) -> [Int] { chars.map { max(1, TextWidth.of($0)) } }
}
