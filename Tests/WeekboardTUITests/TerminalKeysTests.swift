import CNcurses
import Testing
@testable import WeekboardCore
@testable import WeekboardTUI

@Suite struct TerminalKeysTests {
    func char(_ code: UInt32) -> Key? { TerminalKeys.key(status: OK, code: code) }
    func function(_ code: Int32) -> Key? { TerminalKeys.key(status: KEY_CODE_YES, code: UInt32(code)) }

    @Test func printableCharactersIncludingUTF8() {
        #expect(char(0x71) == .char("q"))
        #expect(char(0x20) == .char(" "))
        #expect(char(0xE9) == .char("é"))
        #expect(char(0x65E5) == .char("日"))
        #expect(char(0x1F389) == .char("🎉"))
    }

    @Test func enterTabEscapeBackspace() {
        #expect(char(10) == .enter)
        #expect(char(13) == .enter)
        #expect(function(KEY_ENTER) == .enter)
        #expect(char(9) == .tab)
        #expect(function(KEY_BTAB) == .backTab)
        #expect(char(27) == .escape)
        #expect(char(127) == .backspace)
        #expect(char(8) == .backspace)
        #expect(function(KEY_BACKSPACE) == .backspace)
        #expect(function(KEY_DC) == .delete)
    }

    @Test func controlKeysBecomeCtrlLetters() {
        #expect(char(1) == .ctrl("a"))
        #expect(char(3) == .ctrl("c"))  // raw mode: Ctrl-C is a key, not a signal
        #expect(char(12) == .ctrl("l"))
        #expect(char(21) == .ctrl("u"))
        #expect(char(23) == .ctrl("w"))
        #expect(char(26) == .ctrl("z"))
        #expect(char(0) == nil)
        #expect(char(28) == nil)
        #expect(char(0x9B) == nil)  // C1 CSI is never text
    }

    @Test func navigationKeysAndTheirVariants() {
        #expect(function(KEY_UP) == .up)
        #expect(function(KEY_DOWN) == .down)
        #expect(function(KEY_LEFT) == .left)
        #expect(function(KEY_RIGHT) == .right)
        for home in [KEY_HOME, KEY_FIND, KEY_A1] { #expect(function(home) == .home) }
        for end in [KEY_END, KEY_SELECT, KEY_C1, KEY_LL] { #expect(function(end) == .end) }
        #expect(function(KEY_PPAGE) == .pageUp)
        #expect(function(KEY_NPAGE) == .pageDown)
        #expect(function(KEY_RESIZE) == nil)  // not a key: the input loop sends the new size
        #expect(function(KEY_F0 + 1) == .function(1))  // F1: help
        #expect(function(KEY_F0 + 13) == nil)
    }

    @Test func extraSequencesAreEscapeSequences() {
        for (sequence, _) in TerminalKeys.extraSequences {
            #expect(sequence.hasPrefix("\u{1B}"))
            #expect(sequence.count >= 3)
        }
    }

    @Test func boxDrawingHasALineSetStandIn() {
        #expect(BoxDrawing.acsIndex("─") == 0)
        #expect(BoxDrawing.acsIndex("║") == 1)
        #expect(BoxDrawing.acsIndex("╭") == 2)
        #expect(BoxDrawing.acsIndex("┘") == 5)
        #expect(BoxDrawing.acsIndex("┼") == 10)
        #expect(BoxDrawing.acsIndex("x") == nil)
        #expect(BoxDrawing.acsIndex("─\u{301}") == nil)
    }
}
