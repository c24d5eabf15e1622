import Foundation
import Testing
import WeekboardTestSupport

@Suite("Fault: a theme file's errors quote its bad keys and values through the sanitiser")
struct HostileThemeTests {
    /// Runs the dashboard in a pseudo-terminal (`script`), where a theme is read, and returns what it wrote.
    func dashboard(_ cli: CLIRunner, theme: URL) throws -> (code: Int32, bytes: Data) {
        let log = theme.deletingPathExtension().appendingPathExtension("log")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = "'\(CLIRunner.binary.path)' --store '\(cli.store.path)' --theme '\(theme.path)'"
        p.arguments = ["-q", "-e", "-c", command, log.path]
        var env = cli.env
        env["TERM"] = "xterm-256color"
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        // The first line is script's own header; a pseudo-terminal ends lines with CR LF.
        let text = String(decoding: try Data(contentsOf: log), as: UTF8.self)
        let body = text.split(separator: "\n", maxSplits: 1).dropFirst().joined().replacingOccurrences(
            of: "\r\n", with: "\n")
        return (p.terminationStatus, Data(body.utf8))
    }

    @Test("an unknown hostile key and a hostile colour value: the error shows them visibly, never raw")
    func hostileTheme() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("init").code == 0)
        let dir = URL(fileURLWithPath: cli.store.path + "-themes")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let escape = { (s: String) in String(decoding: try! JSONEncoder().encode(s), as: UTF8.self) }
        let files = [
            "key": "{\"name\": \"t\", \"roles\": {}, \(escape(TerminalBytes.line)): 1}",
            "role": "{\"name\": \"t\", \"roles\": {\(escape("\u{1B}]52;c;aGk=\u{07}")): {\"fg\": \"red\"}}}",
            "value": "{\"name\": \"t\", \"roles\": {\"text\": {\"fg\": \(escape("\u{1B}[31m\u{9B}red\u{202E}"))}}}",
        ]
        for (label, json) in files {
            let theme = dir.appendingPathComponent("\(label).json")
            try Data(json.utf8).write(to: theme)
            let r = try dashboard(cli, theme: theme)
            let text = String(decoding: r.bytes, as: UTF8.self)
            #expect(r.code == 2, "\(label): exit \(r.code): \(text)")
            #expect(text.contains("weekboard: error: theme"), "\(label): \(text)")
            let raw = TerminalBytes.rawControls(in: r.bytes, allowSGR: false)
            #expect(raw.isEmpty, "\(label): raw controls \(raw.prefix(5)) in \(text)")
            #expect(text.contains("^["), "\(label): the escape is not shown visibly: \(text)")
        }
    }
}
