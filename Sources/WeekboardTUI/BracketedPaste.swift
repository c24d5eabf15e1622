import CNcurses
import WeekboardCore

/// Bracketed paste (xterm mode 2004): the terminal wraps pasted text in `ESC [200~` … `ESC [201~`,
/// so a paste reaches the dashboard as text, never as keys. ncurses is taught the two markers as
/// key codes of our own; what comes between them is read as characters.
enum BracketedPaste {
    static let on = "\u{1B}[?2004h"
    static let off = "\u{1B}[?2004l"
    /// Key codes above ncurses' own (`define_key` allows them).
    static let startCode = KEY_MAX + 1
    static let endCode = KEY_MAX + 2

    /// Teaches ncurses the markers (after `keypad`).
    static func defineMarkers() {
        _ = define_key("\u{1B}[200~", startCode)
        _ = define_key("\u{1B}[201~", endCode)
    }

    /// Reads the pasted text after the start marker, up to the end marker. A terminal that stops
    /// sending without the end marker ends the paste at the first quiet read.
    static func read(_ window: UnsafeMutablePointer<WINDOW>) -> String {
        var scalars = String.UnicodeScalarView()
        while true {
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                if Int32(bitPattern: code) == endCode { break }
                continue  // a key sequence inside a paste is not text
            }
            if let scalar = Unicode.Scalar(code) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
