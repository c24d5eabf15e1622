import CNcurses
import WeekboardCore

/// Turns what `wget_wch` returned into a `Key`, or nil for input the dashboard ignores.
enum TerminalKeys {
    /// `status` is wget_wch's result (OK or KEY_CODE_YES), `code` the character or key code.
    static func key(status: Int32, code: UInt32) -> Key? {
        status == KEY_CODE_YES ? functionKey(Int32(bitPattern: code)) : character(code)
    }

    /// A character: Enter, Tab, Esc, Backspace and control keys arrive as plain codes.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0..<32, 0x80..<0xA0: return nil  // other controls: nothing to do with them
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A key code from keypad mode (KEY_RESIZE is not a key: the input loop sends the new size). Home/End come in
    /// several spellings depending on the
    /// terminal and tmux (`KEY_FIND`/`KEY_SELECT`, keypad `KEY_A1`/`KEY_C1`).
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_FIND, KEY_A1: return .home
        case KEY_END, KEY_SELECT, KEY_C1, KEY_LL: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
        case KEY_BTAB: return .backTab
        default: return nil
        }
    }

    /// Escape sequences some terminals send for Home, End and Shift-Tab that their terminfo
    /// entry may not list (xterm normal mode, rxvt, tmux with a generic TERM). Defined only
    /// when the sequence is free, so a terminal's own entries win. Shift-Tab also comes as
    /// xterm's modifyOtherKeys (`ESC [27;2;9~`) and the CSI u form (`ESC [9;2u`), which tmux sends
    /// with extended keys on: read as anything else, its letters would run as keys.
    static let extraSequences: [(String, Int32)] = [
        ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME), ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME),
        ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END), ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END),
        ("\u{1B}[Z", KEY_BTAB), ("\u{1B}[27;2;9~", KEY_BTAB), ("\u{1B}[9;2u", KEY_BTAB), ("\u{1B}[3~", KEY_DC),
        ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
    ]

    /// Teaches ncurses the extra sequences (after `keypad`).
    static func defineExtraSequences() {
        for (sequence, code) in extraSequences where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
    }

    /// The mouse event behind a KEY_MOUSE, if it is one the dashboard uses.
    static func mouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let kind: MouseEvent
        if state & wb_button4_pressed() != 0 {
            kind = .wheelUp
        } else if wb_button5_pressed() != 0, state & wb_button5_pressed() != 0 {
            kind = .wheelDown
        } else if state & (wb_button1_pressed() | wb_button1_clicked()) != 0 {
            kind = .press
        } else {
            return nil
        }
        return .mouse(x: Int(event.x), y: Int(event.y), event: kind)
    }

    /// The events asked for: presses only (no click detection delay, no motion reports).
    static var mouseMask: mmask_t { wb_button1_pressed() | wb_button4_pressed() | wb_button5_pressed() }
}
