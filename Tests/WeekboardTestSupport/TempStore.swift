import Foundation
import WeekboardCore

/// A test's temporary folders and stores, removed when the fixture goes: make it a stored property of
/// the suite (`let temp = TempStore("journal")`), and each test, which gets its own suite value, cleans up
/// after itself without a `defer` in every test.
package final class TempStore: @unchecked Sendable {
    private let tag: String
    private let lock = NSLock()
    private var made: [URL] = []

    /// `tag` goes in the folders' names (`wb-<tag>-<uuid>`), to tell whose a leftover is.
    package init(_ tag: String) { self.tag = tag }

    deinit {
        for url in made { try? FileManager.default.removeItem(at: url) }
    }

    /// A fresh path in the temporary folder (not yet created), removed with the fixture.
    package func folder(_ name: String? = nil) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "wb-\(name ?? tag)-\(UUID().uuidString)")
        lock.withLock { made.append(url) }
        return url
    }

    /// A fresh folder in the temporary folder, created, removed with the fixture.
    package func directory(_ name: String? = nil) throws -> URL {
        let url = folder(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A store (not yet created) in a fresh folder, removed with the fixture.
    package func store(_ name: String? = nil) -> Store { Store(root: folder(name)) }
}
