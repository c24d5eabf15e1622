import Foundation
import Testing
@testable import WeekboardCore

@Suite struct WeeknoteExportFileTests {
    /// These files are written outside any store.
    let noStore = URL(fileURLWithPath: "/nonexistent/wb-store")

    func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("wb-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    @Test func writesANewFileAndLeavesNoTempFiles() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("note.md")
        try ExportFile.write("# Hello\n", to: url, overwrite: false, store: noStore)
        #expect(try String(contentsOf: url, encoding: .utf8) == "# Hello\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["note.md"])
    }

    @Test func refusesToOverwriteUnlessForced() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("note.md")
        try Data("mine\n".utf8).write(to: url)
        #expect(throws: StoreError.self) { try ExportFile.write("new\n", to: url, overwrite: false, store: noStore) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "mine\n")
        try ExportFile.write("new\n", to: url, overwrite: true, store: noStore)
        #expect(try String(contentsOf: url, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["note.md"])
    }

    @Test func refusesAFolderOrAMissingFolder() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: StoreError.self) { try ExportFile.write("x", to: dir, overwrite: true, store: noStore) }
        #expect(throws: StoreError.self) {
            try ExportFile.write("x", to: dir.appendingPathComponent("no/such.md"), overwrite: false, store: noStore)
        }
    }
}
