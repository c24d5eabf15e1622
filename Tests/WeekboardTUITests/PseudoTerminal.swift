import CNcurses
import Foundation
@testable import WeekboardCore
@testable import WeekboardTUI

/// An ncurses screen on a pseudo-terminal of a fixed size, so tests can read exactly the bytes
/// the front end sends to a terminal. ncurses is not thread-safe: suites using this are serialized.
final class PseudoTerminal {
    let master: Int32
    let slave: Int32
    let screen: OpaquePointer
    let drawer: FrameDrawer

    init(
        width: Int, height: Int, term: String = "xterm-256color", theme: Theme = Theme.builtin("default")!,
        noColor: Bool = false, locale: String = "C.UTF-8"
    ) throws {
        setlocale(LC_CTYPE, locale)
        var path = [CChar](repeating: 0, count: 128)
        master = wb_open_pty(&path, path.count)
        guard master >= 0 else { throw PtyError.open }
        slave = open(
            String(decoding: path.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw PtyError.open }
        // ncurses takes the size from LINES/COLUMNS when set, before asking the terminal.
        setenv("LINES", String(height), 1)
        setenv("COLUMNS", String(width), 1)
        defer { unsetenv("LINES"); unsetenv("COLUMNS") }
        guard let screen = wb_newterm_fds(term, dup(slave), dup(slave)) else { throw PtyError.newterm }
        self.screen = screen
        set_term(screen)
        let window = wb_stdscr()!
        drawer = FrameDrawer(window: window, attributes: RoleAttributes(theme: theme, noColor: noColor))
    }

    /// Draws `frame` and returns every byte the terminal received for it.
    func draw(_ frame: Frame, full: Bool = false) -> [UInt8] {
        drawer.draw(frame, full: full)
        return drain()
    }

    /// Reads whatever is waiting on the master side.
    func drain() -> [UInt8] {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&fds, 1, 200) > 0 else { break }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return out
    }

    deinit {
        endwin()
        delscreen(screen)
        close(slave)
        close(master)
    }

    enum PtyError: Error { case open, newterm }
}

extension Array where Element == UInt8 {
    var text: String { String(decoding: self, as: UTF8.self) }
}
