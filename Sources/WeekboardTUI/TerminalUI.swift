import CNcurses
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import WeekboardCore

/// The full-screen ncurses front end. It draws what the driver renders and reports keys; it
/// decides nothing about the domain.
package enum TerminalUI {
    /// Applies the environment's locale (`setlocale(LC_ALL, "")`) and says whether its codeset
    /// is UTF-8, so the caller can choose Unicode or ASCII marks before rendering.
    package static func localeIsUTF8() -> Bool {
        wb_setlocale_from_environment()
        return wb_locale_is_utf8() != 0
    }

    /// Runs the full-screen loop until the driver says quit, a quit signal arrives (SIGINT,
    /// SIGTERM, SIGHUP) or the terminal goes away. The terminal is restored on every path.
    /// Throws `TerminalError` before touching the terminal when it cannot be used.
    @discardableResult
    package static func run(_ driver: ScreenDriver, options: TerminalOptions) throws -> TerminalExit {
        wb_setlocale_from_environment()
        QuitSignals.install()
        defer { QuitSignals.restore() }
        CrashGuard.install()
        defer { CrashGuard.uninstall() }
        let session = try TerminalSession(options: options)
        defer { session.restore() }
        CrashGuard.armRestoreSequence(mouse: options.mouse)
        let drawer = FrameDrawer(
            window: session.window, attributes: RoleAttributes(theme: options.theme, noColor: options.noColor))
        return InputLoop(
            driver: driver, window: session.window, drawer: drawer,
            idle: .milliseconds(Int(options.idleTimeoutMilliseconds)), suspend: session.suspend,
            sessionIdleLimit: options.sessionIdleLimit
        ).run()
    }
}
