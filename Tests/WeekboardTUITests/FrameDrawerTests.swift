import CNcurses
import Foundation
import Testing
@testable import WeekboardCore
@testable import WeekboardTUI

/// What the front end actually sends to a terminal, read from a pseudo-terminal.
@Suite(.serialized) struct FrameDrawerTests {
    static func board(width: Int, height: Int, counter: Int) -> Frame {
        var f = Frame(width: width, height: height)
        f.fill(x: 0, y: 0, width: width, role: .header)
        f.put(" Week 2026.48", x: 0, y: 0, role: .header)
        for y in 1..<height {
            f.put(
                String(repeating: "Lorem ipsum dolor sit amet ", count: 8), x: 0, y: y,
                role: y % 2 == 0 ? .muted : .text)
        }
        f.put("Goals met \(counter) of 3", x: 2, y: height / 2, role: .goalDone)
        return f
    }

    @Test func changingOneCellWritesAFewBytesNotAScreenful() throws {
        let pty = try PseudoTerminal(width: 120, height: 40)
        let first = pty.draw(Self.board(width: 120, height: 40, counter: 1))
        #expect(first.count > 120 * 39)  // the first frame is a full paint
        let second = pty.draw(Self.board(width: 120, height: 40, counter: 2))
        #expect(second.count > 0 && second.count < 40, "wrote \(second.count) bytes: \(second.text.debugDescription)")
        #expect(second.text.contains("2"))
        #expect(pty.draw(Self.board(width: 120, height: 40, counter: 2)).isEmpty)  // nothing changed, nothing sent
    }

    @Test func fullRedrawRepaintsEverything() throws {
        let pty = try PseudoTerminal(width: 60, height: 10)
        let frame = Self.board(width: 60, height: 10, counter: 1)
        _ = pty.draw(frame)
        let full = pty.draw(frame, full: true)
        #expect(full.count > 60 * 9)
        #expect(full.text.contains("Week 2026.48"))
    }

    @Test func controlCharactersInCellsNeverReachTheTerminal() throws {
        let pty = try PseudoTerminal(width: 20, height: 3)
        _ = pty.draw(Frame(width: 20, height: 3))
        var f = Frame(width: 20, height: 3)
        f[2, 1] = Cell("\u{07}")  // BEL, bypassing Frame.put's sanitising
        f[3, 1] = Cell("\u{9B}")  // C1 CSI
        f[4, 1] = Cell("a\u{1B}")
        let out = pty.draw(f)
        #expect(!out.contains(0x07))
        #expect(!out.text.unicodeScalars.contains("\u{9B}"))
        #expect(out.text.contains("???"))
    }

    @Test func wideCharactersKeepTheColumnsAligned() throws {
        let pty = try PseudoTerminal(width: 20, height: 2)
        _ = pty.draw(Frame(width: 20, height: 2))
        var f = Frame(width: 20, height: 2)
        f.put("日本|🎉|e\u{301}|x", x: 0, y: 0)
        f.put("|", x: 19, y: 0)
        let out = pty.draw(f)
        #expect(out.text.contains("日本|🎉|é|x"))
        // ncurses tracked the same columns: the last cell lands in column 20 (1-based).
        var cell = cchar_t()
        #expect(mvwin_wch(wb_stdscr(), 0, 19, &cell) == OK)
        var chars = [wchar_t](repeating: 0, count: 8)
        var attrs: attr_t = 0
        var pair: Int16 = 0
        _ = getcchar(&cell, &chars, &attrs, &pair, nil)
        #expect(chars[0] == wchar_t(UInt8(ascii: "|")))
    }

    @Test func aPlainASCIILocaleGetsStandInsThatKeepTheColumns() throws {
        let pty = try PseudoTerminal(width: 20, height: 3, locale: "C")
        defer { setlocale(LC_CTYPE, "C.UTF-8") }
        _ = pty.draw(Frame(width: 20, height: 3))
        var f = Frame(width: 20, height: 3)
        f.put("┌──┐", x: 0, y: 0)
        f.put("Damp and mould triage", x: 0, y: 1, maxWidth: 10)
        f.put("日本|x · y", x: 0, y: 2)
        let out = pty.draw(f).text
        #expect(out.contains("Damp and >"))  // the cut mark survives as > (~ is a goal nearly done)
        #expect(out.contains("? ? |x - y"))  // wide characters keep their two columns
        #expect(out.contains("lqqk"))  // borders from the terminal's line set
        #expect(!out.contains("┌"))
        // A conflict's field and values, as the conflicts view shows them.
        var g = Frame(width: 20, height: 3)
        g.put("a › b: “x” ‹y»", x: 0, y: 0)
        #expect(pty.draw(g).text.contains("a > b: \"x\" <y>"))
    }

    @Test func theSmallestScreensDrawWithoutTrouble() throws {
        for (w, h) in [(1, 1), (2, 1), (1, 2), (3, 2)] {
            let pty = try PseudoTerminal(width: w, height: h)
            var f = Frame(width: w, height: h)
            f.put("日本語 and more", x: 0, y: h - 1)
            let out = pty.draw(f)
            #expect(!out.isEmpty)
        }
    }

    @Test func noColourUsesAttributesOnly() throws {
        let pty = try PseudoTerminal(width: 30, height: 2, noColor: true)
        _ = pty.draw(Frame(width: 30, height: 2))
        var f = Frame(width: 30, height: 2)
        f.put("Off track", x: 0, y: 0, role: .statusRed)
        f.fill(x: 0, y: 1, width: 30, role: .selection)
        let params = Self.sgrParameters(pty.draw(f).text)
        let colours = params.filter { (30...49).contains($0) || (90...107).contains($0) }
        #expect(colours.isEmpty, "colour parameters sent: \(colours)")
        #expect(params.contains(1))  // bold kept
        #expect(params.contains(7))  // selection reversed
    }

    /// Every parameter of every SGR (`ESC [ … m`) sequence in `text`.
    static func sgrParameters(_ text: String) -> [Int] {
        var out: [Int] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            let body = rest.prefix { $0.isNumber || $0 == ";" }
            if rest.dropFirst(body.count).first == "m" {
                out += body.split(separator: ";").compactMap { Int($0) }
            }
        }
        return out
    }

    @Test func colourThemesSendTheThemeColours() throws {
        let pty = try PseudoTerminal(width: 30, height: 2)
        _ = pty.draw(Frame(width: 30, height: 2))
        var f = Frame(width: 30, height: 2)
        f.put("At risk", x: 0, y: 0, role: .statusAmber)  // default theme: #af8700 = 136
        let out = pty.draw(f).text
        #expect(out.contains("38;5;136"))
        #expect(Self.sgrParameters(out).contains(1))  // and bold, as the theme says
    }
}
