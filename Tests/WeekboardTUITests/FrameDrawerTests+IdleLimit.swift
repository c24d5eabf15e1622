import CNcurses
import Foundation
import Testing
@testable import WeekboardCore
@testable import WeekboardTUI

/// A dashboard over SSH ends after `sshIdleMinutes` without a key: the loop returns `.idle` (the CLI then
/// restores the terminal and says so). In the frame drawer's suite, which is serialized: ncurses is not
/// thread-safe.
extension FrameDrawerTests {
    final class CountingDriver: ScreenDriver {
        var keys = 0
        var ticks = 0
        func render(width: Int, height: Int) -> Frame { Frame(width: width, height: height) }
        func handle(_ key: Key) -> ScreenUpdate {
            keys += 1
            return .draw
        }
        func paste(_ text: String) -> ScreenUpdate { .none }
        func resize(width: Int, height: Int) -> ScreenUpdate { .none }
        func tick() -> ScreenUpdate {
            ticks += 1
            return .none
        }
    }

    @Test func withAnIdleLimitTheLoopEndsOnceNoKeyHasComeForThatLong() throws {
        let pty = try PseudoTerminal(width: 40, height: 10)
        let window = wb_stdscr()!
        wtimeout(window, 20)
        // A key typed before the loop starts is handled; then nothing more comes.
        _ = "x".withCString { write(pty.master, $0, 1) }
        let driver = CountingDriver()
        let loop = InputLoop(
            driver: driver, window: window, drawer: pty.drawer, idle: .milliseconds(20), suspend: {},
            sessionIdleLimit: .milliseconds(200))
        #expect(loop.run() == .idle)
        #expect(driver.keys == 1)
        #expect(driver.ticks >= 1)
    }
}
