import Foundation
import Testing
import WeekboardTestSupport

/// `init --demo` on a disk too small for it writes no data file and can simply be run again.
@Suite("CLI: init --demo on a full disk is all-or-nothing", .serialized)
struct DemoFullDiskTests {
    func mount(_ args: String...) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/mount")
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }

    @Test("a 300 KiB disk: the demo fails, leaves no data, and runs again once there is room")
    func fullDisk() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-tmpfs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // A small tmpfs needs root (CI runs as root); elsewhere say so rather than pass silently.
        guard mount("-t", "tmpfs", "-o", "size=300k", "tmpfs", dir.path) == 0 else {
            print("SKIPPED: cannot mount a small tmpfs here (not root?), so the full-disk demo was not tried")
            return
        }
        defer { umount(dir) }
        var cli = CLIRunner()
        let store = dir.appendingPathComponent("store")
        cli.env["WEEKBOARD_STORE"] = store.path
        let failed = try cli.run("init", "--demo")
        #expect(failed.code == 1)
        #expect(failed.err.contains("No space left on device"), "\(failed.err)")
        let files = FileManager.default.enumerator(atPath: store.path)?.compactMap { $0 as? String } ?? []
        let data = files.filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") || $0.contains(".tmp-") }
        #expect(data.isEmpty, "a failed demo left \(data)")
        #expect(mount("-t", "tmpfs", "-o", "remount,size=8m", "tmpfs", dir.path) == 0)
        #expect(try cli.run("init", "--demo").code == 0, "run again once there is room")
        #expect(try cli.statusJSON()["focus"] as? String != nil)
    }

    func umount(_ dir: URL) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/umount")
        p.arguments = [dir.path]
        try? p.run()
        p.waitUntilExit()
    }
}
