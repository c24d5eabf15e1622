import Foundation
import Testing
import WeekboardTestSupport

/// `make install` lays weekboard out like any other tool, and `make uninstall` takes it away.
/// It builds the release binary, so it runs where that build exists (CI builds it first).
@Suite(
    "make install and uninstall",
    .enabled(
        if: ProcessInfo.processInfo.environment["WEEKBOARD_EXPECT_RELEASE"] == "1",
        "needs the release build (.ci/run makes it)"))
struct InstallTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func make(_ args: [String]) throws -> (code: Int32, out: String) {
        let p = Process()
        // `swift test` holds the build folder's lock for its whole run, so make's release build would
        // wait for it for ever (a CI run once hung so); that build is already up to date (.ci/run makes
        // it first) and only checked here. `timeout` ends make and its children if anything else hangs.
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments =
            ["timeout", "-k", "10", "900", "make", "-C", Self.package.path, "SWIFT_BUILD_FLAGS=--ignore-lock"] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The program header types of a 64-bit little-endian ELF file (1 PT_LOAD, 3 PT_INTERP).
    static func segmentTypes(_ elf: Data) throws -> [UInt32] {
        let b = [UInt8](elf.prefix(1 << 16))
        func int(_ at: Int, _ size: Int) -> Int { (0..<size).reduce(0) { $0 | Int(b[at + $1]) << (8 * $1) } }
        try #require(b.count > 64 && Array(b[0..<4]) == [0x7F, 0x45, 0x4C, 0x46] && b[4] == 2 && b[5] == 1)
        let offset = int(0x20, 8), size = int(0x36, 2), count = int(0x38, 2)
        try #require(offset + size * count <= b.count)
        return (0..<count).map { UInt32(int(offset + $0 * size, 4)) }
    }

    @Test func installsTheBinaryManPageAndCompletionsAndUninstallRemovesThem() throws {
        let dest = FileManager.default.temporaryDirectory.appendingPathComponent("wb-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dest) }
        let install = try make(["install", "DESTDIR=\(dest.path)", "PREFIX=/usr"])
        #expect(install.code == 0, "\(install.out)")
        // No warning of the build or the link names one of weekboard's own files (docs/performance.md lists
        // the toolchain's that remain).
        // Ours: under this package's Sources (a dependency's checkout under .build/ has a Sources folder too).
        let sources =
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources").path + "/"
        let ours = install.out.split(separator: "\n").filter {
            $0.contains("warning") && ($0.contains(sources) || $0.hasPrefix("Sources/"))
        }
        #expect(ours.isEmpty, "\(ours.joined(separator: "\n"))")
        let files = [
            "usr/bin/weekboard", "usr/share/man/man1/weekboard.1", "usr/share/bash-completion/completions/weekboard",
            "usr/share/zsh/site-functions/_weekboard", "usr/share/fish/vendor_completions.d/weekboard.fish",
        ]
        for f in files { #expect(FileManager.default.fileExists(atPath: dest.appendingPathComponent(f).path), "\(f)") }
        let binary = dest.appendingPathComponent("usr/bin/weekboard").path
        #expect(FileManager.default.isExecutableFile(atPath: binary))
        // The README's build: one static executable (no program interpreter, so no dynamic loading at
        // start-up), within issue 14's 25 MB once stripped (FoundationEssentials, no ICU).
        let elf = try Data(contentsOf: URL(fileURLWithPath: binary))
        #expect(elf.count <= 25_000_000, "\(elf.count) bytes")
        #expect(try Self.segmentTypes(elf).contains(1), "no loadable segment: not an ELF executable")
        #expect(try !Self.segmentTypes(elf).contains(3), "has a program interpreter: dynamically linked")
        // The man page renders, with the generated options and our keys and files.
        let man = Process()
        man.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        man.arguments = ["man", "-l", dest.appendingPathComponent("usr/share/man/man1/weekboard.1").path]
        man.environment = ["MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "100", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        man.standardOutput = pipe
        try man.run()
        let page = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        man.waitUntilExit()
        #expect(man.terminationStatus == 0)
        for section in [
            "SYNOPSIS", "GLOBAL OPTIONS", "DASHBOARD KEYS", "FILES", "ENVIRONMENT", "EXIT STATUS", "--store",
        ] {
            #expect(page.contains(section), "man page lacks \(section)")
        }
        // The keys come from the key map (u, Ctrl-R, L, H and a included); the environment names the
        // date and time pins; --store and --person are described once, not under every command.
        for text in [
            "undo your last change", "redo what undo took back", "log: who changed what", "highlight report for",
            "record this week's count", "WEEKBOARD_TODAY", "WEEKBOARD_NOW",
        ] {
            #expect(page.contains(text), "man page lacks \(text)")
        }
        #expect(page.components(separatedBy: "The store folder").count - 1 == 1, "--store described more than once")
        #expect(
            page.components(separatedBy: "Whose focus and goals").count - 1 == 1, "--person described more than once")
        let bash = try String(contentsOf: dest.appendingPathComponent(files[2]), encoding: .utf8)
        #expect(bash.contains("weekboard"))
        let uninstall = try make(["uninstall", "DESTDIR=\(dest.path)", "PREFIX=/usr"])
        #expect(uninstall.code == 0)
        for f in files { #expect(!FileManager.default.fileExists(atPath: dest.appendingPathComponent(f).path), "\(f)") }
    }
}
