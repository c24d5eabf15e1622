// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "weekboard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "weekboard", targets: ["weekboard"]),
        .library(name: "WeekboardCore", targets: ["WeekboardCore"]),
    ],
    dependencies: [
        // CLI parsing: subcommands, --help everywhere, validation errors.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // HMAC-SHA256 for pseudonymous caller tokens (never hand-rolled crypto). 4.x builds on
        // FoundationEssentials; 3.x imported full Foundation, and with it ICU (docs/performance.md).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // ncursesw (linked by the module map); the shim exposes macros and globals Swift cannot import.
        // No pkgConfig: its -D_DEFAULT_SOURCE/-D_XOPEN_SOURCE flags are dropped by SwiftPM with a
        // warning on every build; the shim defines what it needs itself.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Model, store, computations and rendering into frames. FoundationEssentials only (no ICU).
        .target(name: "WeekboardCore"),
        // Demo and benchmark data (`--demo`, `init --demo`, `generate`): kept out of the core library.
        .target(name: "WeekboardDemo", dependencies: ["WeekboardCore"]),
        // CSV import and caller pseudonymisation (needs swift-crypto).
        .target(
            name: "WeekboardImport",
            dependencies: [
                "WeekboardCore",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The thin ncurses front end: terminal set-up, keys, colour pairs, drawing frames.
        // Signal state in one C file (quit flag, crash guard), so there is one copy of it in every build.
        .target(name: "CTerminalSignals"),
        .target(name: "WeekboardTUI", dependencies: ["WeekboardCore", "CNcurses", "CTerminalSignals"]),
        .executableTarget(
            name: "weekboard",
            dependencies: [
                "WeekboardCore",
                "WeekboardDemo",
                "WeekboardImport",
                "WeekboardTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Unit and golden tests; published pages are checked with real parsers (WeekboardTestSupport).
        .testTarget(
            name: "WeekboardCoreTests", dependencies: ["WeekboardCore", "WeekboardDemo", "WeekboardTestSupport"],
            exclude: ["Golden"]),
        // Front-end tests: key mapping, and drawing through a pseudo-terminal (bytes written).
        .testTarget(name: "WeekboardTUITests", dependencies: ["WeekboardTUI", "WeekboardCore", "CNcurses"]),
        .testTarget(
            name: "WeekboardImportTests", dependencies: ["WeekboardImport", "WeekboardCore", "WeekboardTestSupport"]),
        // Shared by the test targets: running the binary against a temp store, driving it in tmux,
        // and the fault tests' plan of changes (which the fault helper performs).
        .target(name: "WeekboardTestSupport", dependencies: ["WeekboardCore"], path: "Tests/WeekboardTestSupport"),
        // Runs the built `weekboard` binary as a user would; depending on it makes `swift test` build it.
        .testTarget(name: "WeekboardCLITests", dependencies: ["WeekboardCore", "WeekboardTestSupport", "weekboard"]),
        // A test-only executable that performs many actions in one process (each its own transaction),
        // so fault tests can kill it mid-save and race it without spawning a process per change.
        .executableTarget(
            name: "weekboard-fault-helper",
            dependencies: ["WeekboardCore", "WeekboardImport", "WeekboardTestSupport"],
            path: "Tests/WeekboardFaultHelper"
        ),
        // Crash, concurrency, malformed-store and hostile-text tests against the real binaries.
        .testTarget(
            name: "WeekboardFaultTests",
            dependencies: [
                "WeekboardCore", "WeekboardDemo", "WeekboardImport", "WeekboardTestSupport", "weekboard",
                "weekboard-fault-helper",
            ]
        ),
        // The real binary in a real terminal (tmux), driven by keys as a person would.
        .testTarget(name: "WeekboardE2ETests", dependencies: ["WeekboardTestSupport", "weekboard"]),
    ]
)
