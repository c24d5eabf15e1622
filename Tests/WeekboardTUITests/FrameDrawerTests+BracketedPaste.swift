import CNcurses
import Foundation
import Testing
@testable import WeekboardTUI

/// The bytes a terminal sends for a paste, through ncurses on a pseudo-terminal: the markers
/// become our key codes and the text between them is read as text. In the frame drawer's suite,
/// which is serialized: ncurses is not thread-safe.
extension FrameDrawerTests {
    @Test func bracketedPasteIsTextBetweenTheMarkersAndKeysAfterThem() throws {
        let pty = try PseudoTerminal(width: 80, height: 24)
        let window = wb_stdscr()!
        raw()  // as the dashboard runs: Enter arrives as CR, not translated
        noecho()
        nonl()
        keypad(window, true)
        wtimeout(window, 500)
        BracketedPaste.defineMarkers()
        let bytes = Array("\u{1B}[200~Shortlist agreed\r3 Café\u{1B}[201~q".utf8)
        _ = bytes.withUnsafeBytes { write(pty.master, $0.baseAddress, $0.count) }
        var code: wint_t = 0
        #expect(wget_wch(window, &code) == KEY_CODE_YES)
        #expect(Int32(bitPattern: code) == BracketedPaste.startCode)
        #expect(BracketedPaste.read(window) == "Shortlist agreed\r3 Café")
        #expect(wget_wch(window, &code) == OK)
        #expect(code == UInt32(UInt8(ascii: "q")))  // after the paste, keys are keys again
    }
}
