import ArgumentParser
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
import WeekboardDemo
import WeekboardTUI

/// Options of the bare `weekboard` command, which opens the dashboard.
struct DashboardOptionsGroup: ParsableArguments {
    @Flag(help: "Open the dashboard on a throwaway demo store (your own store is never touched).")
    var demo = false

    @Option(
        help: ArgumentHelp(
            "A theme name (default, light, high-contrast, monochrome, colour-blind) or a theme file.",
            valueName: "name|path"))
    var theme: String?

    // Mouse reporting takes over the terminal's own text selection, so it is opt-in.
    @Flag(
        name: .customLong("mouse"), inversion: .prefixedNo,
        help:
            """
            Capture the mouse: click a panel to focus it, a goal's box to tick it, wheel to scroll (default: \
            off, so text selection keeps working).
            """
    )
    var mouse = false

    @OptionGroup var weekOption: WeekOption
}
