import CNcurses
import WeekboardCore

/// Render, draw, wait for a key (or a second of quiet), hand it to the driver; repeat. The
/// terminal's size reaches the driver as an event before the first frame and after each change.
/// Blocking in `wget_wch` with a timeout keeps an idle dashboard at ~0% CPU.
struct InputLoop {
    let driver: ScreenDriver
    let window: UnsafeMutablePointer<WINDOW>
    let drawer: FrameDrawer
    let idle: Duration
    /// Ctrl-Z: hand the terminal back to the shell until `fg`.
    let suspend: () -> Void
    /// No key for this long ends the loop (`TerminalExit.idle`); nil: never.
    var sessionIdleLimit: Duration?

    /// Fast failing reads in a row before the terminal counts as gone (a hung-up terminal
    /// returns at once instead of waiting for the timeout).
    private static let maxFastErrors = 20

    func run() -> TerminalExit {
        let clock = ContinuousClock()
        var needsDraw = true
        var forceFull = true
        var fastErrors = 0
        var lastTick = clock.now
        var lastKey = clock.now
        var size = (width: -1, height: -1)
        while true {
            if let sig = QuitSignals.received { return .signal(sig) }
            let now = (width: max(0, Int(wb_cols())), height: max(0, Int(wb_lines())))
            if now != size {
                size = now
                if driver.resize(width: now.width, height: now.height) == .redraw { forceFull = true }
                needsDraw = true
            }
            if needsDraw {
                draw(size, full: forceFull)
                needsDraw = false
                forceFull = false
                // A change drawn before it is written is written now; if that changes the screen, draw again.
                switch driver.settle() {
                case .quit: return .quit
                case .redraw:
                    forceFull = true
                    needsDraw = true
                    continue
                case .draw:
                    needsDraw = true
                    continue
                case .none: break
                }
            }
            var code: wint_t = 0
            let started = clock.now
            let status = wget_wch(window, &code)
            if let sig = QuitSignals.received { return .signal(sig) }
            if status == ERR {
                if started.duration(to: clock.now) < idle / 2 {
                    fastErrors += 1
                    if fastErrors >= Self.maxFastErrors { return .inputClosed }
                } else {
                    fastErrors = 0
                }
                lastTick = clock.now
                if let limit = sessionIdleLimit, lastKey.duration(to: clock.now) >= limit { return .idle }
                if driver.tick() != .none { needsDraw = true }
                continue
            }
            fastErrors = 0
            lastKey = clock.now
            // The new size is read at the top of the loop and sent to the driver there.
            if status == KEY_CODE_YES && Int32(bitPattern: code) == KEY_RESIZE { continue }
            if status == KEY_CODE_YES && Int32(bitPattern: code) == BracketedPaste.startCode {
                if driver.paste(BracketedPaste.read(window)) == .quit { return .quit }
                needsDraw = true
                continue
            }
            if status == OK && code == 26 {  // Ctrl-Z (raw mode delivers it as a character)
                suspend()
                forceFull = true
                needsDraw = true
                continue
            }
            let key =
                status == KEY_CODE_YES && Int32(bitPattern: code) == KEY_MOUSE
                ? TerminalKeys.mouse()
                : TerminalKeys.key(status: status, code: code)
            guard let key else { continue }
            switch driver.handle(key) {
            case .quit: return .quit
            case .redraw: forceFull = true
            case .draw, .none: break
            }
            needsDraw = true
            // Keys arriving without a pause must not starve the reload check.
            if lastTick.duration(to: clock.now) > idle {
                lastTick = clock.now
                _ = driver.tick()
            }
        }
    }

    /// Renders at the terminal's size and draws the difference (everything with `full`).
    private func draw(_ size: (width: Int, height: Int), full: Bool) {
        drawer.draw(driver.render(width: size.width, height: size.height), full: full)
    }
}
