import CNcurses
import WeekboardCore

/// Render, draw, wait for a key (or a second of quiet), hand it to the driver; repeat.
/// Blocking in `wget_wch` with a timeout keeps an idle dashboard at ~0% CPU.
struct InputLoop {
    let driver: ScreenDriver
    let window: UnsafeMutablePointer<WINDOW>
    let drawer: FrameDrawer
    let idle: Duration

    /// Fast failing reads in a row before the terminal counts as gone (a hung-up terminal
    /// returns at once instead of waiting for the timeout).
    private static let maxFastErrors = 20

    func run() -> TerminalExit {
        let clock = ContinuousClock()
        var needsDraw = true
        var forceFull = true
        var fastErrors = 0
        var lastTick = clock.now
        while true {
            if let sig = QuitSignals.received { return .signal(sig) }
            if needsDraw {
                draw(full: forceFull)
                needsDraw = false
                forceFull = false
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
                if driver.tick() { needsDraw = true }
                continue
            }
            fastErrors = 0
            let key = status == KEY_CODE_YES && Int32(bitPattern: code) == KEY_MOUSE
                ? TerminalKeys.mouse()
                : TerminalKeys.key(status: status, code: code)
            guard let key else { continue }
            if key == .resize { forceFull = true }
            if !driver.handle(key) { return .quit }
            needsDraw = true
            // Keys arriving without a pause must not starve the reload check.
            if lastTick.duration(to: clock.now) > idle {
                lastTick = clock.now
                _ = driver.tick()
            }
        }
    }

    /// Renders at the terminal's current size and draws the difference.
    private func draw(full: Bool) {
        let width = max(0, Int(wb_cols()))
        let height = max(0, Int(wb_lines()))
        let frame = driver.render(width: width, height: height)
        let wantsFull = driver.wantsFullRedraw
        if wantsFull { driver.wantsFullRedraw = false }
        drawer.draw(frame, full: full || wantsFull)
    }
}
