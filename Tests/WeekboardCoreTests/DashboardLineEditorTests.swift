import Testing
@testable import WeekboardCore

@Suite("Dashboard line editor")
struct DashboardLineEditorTests {
    func typed(_ text: String, into editor: inout LineEditor) {
        for ch in text { _ = editor.handle(.char(ch)) }
    }

    @Test func typingMovingAndDeleting() {
        var e = LineEditor("")
        typed("helo", into: &e)
        _ = e.handle(.left)
        typed("l", into: &e)
        #expect(e.text == "hello")
        _ = e.handle(.home)
        typed(">", into: &e)
        _ = e.handle(.end)
        typed("!", into: &e)
        #expect(e.text == ">hello!")
        _ = e.handle(.backspace)
        _ = e.handle(.home)
        _ = e.handle(.delete)
        #expect(e.text == "hello")
        #expect(e.cursor == 0)
    }

    @Test func controlKeysKillToStartEndAndWord() {
        var e = LineEditor("fix the boiler today")
        _ = e.handle(.ctrl("w"))
        #expect(e.text == "fix the boiler ")
        _ = e.handle(.ctrl("w"))
        #expect(e.text == "fix the ")
        _ = e.handle(.ctrl("a"))
        _ = e.handle(.right)
        _ = e.handle(.right)
        _ = e.handle(.right)
        _ = e.handle(.ctrl("k"))
        #expect(e.text == "fix")
        _ = e.handle(.ctrl("e"))
        _ = e.handle(.left)
        _ = e.handle(.ctrl("u"))
        #expect(e.text == "x")
        #expect(e.cursor == 0)
    }

    @Test func enterCommitsAndEscOrCtrlCCancels() {
        var e = LineEditor("done")
        #expect(e.handle(.enter) == .commit("done"))
        #expect(e.handle(.escape) == .cancel)
        #expect(e.handle(.ctrl("c")) == .cancel)
        #expect(e.handle(.char("q")) == .edited)  // q is just a letter while editing
        #expect(e.text == "doneq")
    }

    @Test func utf8AndWideCharactersMoveAsOneCharacter() {
        var e = LineEditor("")
        typed("café 日本 👍🏽", into: &e)
        #expect(e.text == "café 日本 👍🏽")
        _ = e.handle(.backspace)  // the emoji with its skin-tone modifier is one character
        #expect(e.text == "café 日本 ")
        _ = e.handle(.left)
        _ = e.handle(.backspace)
        #expect(e.text == "café 日 ")
        let v = e.view(width: 20)
        #expect(v.text == "café 日 ")
        #expect(v.cursorColumn == 7)  // c a f é space 日(2) → column 7
    }

    @Test func controlCharactersAreNotInserted() {
        var e = LineEditor("a")
        #expect(e.handle(.char("\u{1B}")) == .ignored)
        #expect(e.handle(.char("\u{7}")) == .ignored)
        #expect(e.handle(.char("\u{202E}")) == .ignored)
        #expect(e.text == "a")
    }

    @Test func maxLengthIsRespected() {
        var e = LineEditor("", maxLength: 3)
        typed("abcd", into: &e)
        #expect(e.text == "abc")
    }

    @Test func longTextScrollsHorizontallyKeepingTheCursorInView() {
        var e = LineEditor("", maxLength: 200)
        let text = "the quick brown fox jumps over the lazy dog"
        typed(text, into: &e)
        e.keepVisible(width: 12)
        var v = e.view(width: 12)
        #expect(v.text == "…e lazy dog")
        #expect(v.cursorColumn == 11)
        for _ in 0..<text.count { _ = e.handle(.left); e.keepVisible(width: 12) }
        v = e.view(width: 12)
        #expect(v.text == "the quick b…")
        #expect(v.cursorColumn == 0)
        // Moving right inside the window does not scroll it.
        for _ in 0..<5 { _ = e.handle(.right); e.keepVisible(width: 12) }
        #expect(e.view(width: 12).text == "the quick b…")
        #expect(e.view(width: 12).cursorColumn == 5)
    }

    @Test func wideCharactersAreNeverSplitAtTheFieldEdge() {
        var e = LineEditor("日本語のテキスト")
        _ = e.handle(.home)
        e.keepVisible(width: 6)
        let v = e.view(width: 6)
        #expect(v.text == "日本…")
        #expect(TextWidth.of(v.text) <= 6)
    }
}

/// Typed and pasted text follow the rule output follows (`Sanitize`), issue 26: what `status` would show
/// as `<U+…>` never gets in, what it keeps as it is (a subdivision flag, ZWJ emoji, marks) does, either way.
@Suite("Dashboard line editor: typed and pasted alike, as output shows them")
struct DashboardLineEditorFormatCharacterTests {
    /// A terminal sends one scalar a key.
    func typedByScalar(_ text: String, into editor: inout LineEditor) {
        for u in text.unicodeScalars { _ = editor.handle(.char(Character(u))) }
    }

    func pasted(_ text: String, into editor: inout LineEditor) {
        for c in LineEditor.pasteable(text) { _ = editor.insert(c) }
    }

    static let scotland = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
    static let coder = "\u{1F469}\u{200D}\u{1F4BB}"

    @Test("a subdivision flag, typed key by key or pasted, is kept whole, as output shows it")
    func flag() {
        var typed = LineEditor("")
        typedByScalar("Go " + Self.scotland + "!", into: &typed)
        var paste = LineEditor("")
        pasted("Go " + Self.scotland + "!", into: &paste)
        #expect(typed.text == "Go " + Self.scotland + "!")
        #expect(paste.text == typed.text)
        #expect(Sanitize.text(typed.text) == typed.text)
        // One character to move over and to delete.
        _ = typed.handle(.left)
        _ = typed.handle(.backspace)
        #expect(typed.text == "Go !")
    }

    @Test("a ZWJ emoji and a combining mark typed key by key join their character")
    func joiners() {
        var e = LineEditor("")
        typedByScalar(Self.coder + "e\u{301}", into: &e)
        #expect(e.text == Self.coder + "e\u{301}")
        _ = e.handle(.backspace)
        #expect(e.text == Self.coder)
        _ = e.handle(.backspace)
        #expect(e.text.isEmpty)
    }

    @Test(
        "format characters output makes visible are left out, typed or pasted, and the rest of the text kept",
        arguments: [
            "\u{200E}", "\u{200F}", "\u{061C}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFF9}", "\u{FFFB}",
            "\u{E0041}", "\u{E0001}", "\u{E007F}", "\u{202E}", "\u{2067}",
        ])
    func formatCharacters(_ bad: String) {
        var typed = LineEditor("")
        typedByScalar("a\(bad)b", into: &typed)
        var paste = LineEditor("")
        pasted("a\(bad)b", into: &paste)
        #expect(typed.text == "ab")
        #expect(paste.text == "ab")
        // A tag attached to a letter in one key (a terminal that groups them) is taken out too, the letter kept.
        if ("x" + bad).count == 1 {
            var grouped = LineEditor("")
            _ = grouped.insert(Character("x\(bad)"))
            #expect(grouped.text == "x")
        }
    }

    @Test("a tag after a flag's cancel tag is a stray tag again")
    func afterFlag() {
        var e = LineEditor("")
        typedByScalar(Self.scotland + "\u{E0067}", into: &e)
        #expect(e.text == Self.scotland)
    }
}
