import Foundation
import Testing
import WeekboardTestSupport

@Suite("CLI: a failed write names the file being changed, not its temporary file")
struct CLIWriteErrorTests {
    @Test("a write cut short (file size limit: EFBIG) names people/alex/2026-W48.json and leaves no temp file")
    func namesTheRealFile() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run("focus", "set", "Small").code == 0)
        // A 1 KiB file-size limit, with SIGXFSZ ignored so the write fails with EFBIG instead.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = [
            "-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"", CLIRunner.binary.path,
            "focus", "set", String(repeating: "水", count: 290),
        ]
        p.environment = cli.env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1, "exit \(p.terminationStatus): \(text)")
        let file = cli.store.appendingPathComponent("people/alex/2026-W48.json").path
        #expect(text.hasPrefix("weekboard: error: \(file): write failed"), "\(text)")
        #expect(!text.contains(".tmp-"), "\(text)")
        let left = try FileManager.default.contentsOfDirectory(atPath: cli.store.path + "/people/alex")
        // (person.json: the name kept by the first change.)
        #expect(Set(left) == ["2026-W48.json", "person.json"])
        #expect(try cli.statusJSON()["focus"] as? String == "Small")
    }
}
