import Foundation

/// Every file under a store folder (hidden ones too, the lock file aside), path → bytes: to prove
/// what a command or a key did or did not write.
package enum StoreSnapshot {
    package static func files(_ root: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return out }
        while let rel = walker.nextObject() as? String {
            let url = root.appendingPathComponent(rel)
            var isDir: ObjCBool = false
            if rel != ".lock", FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = try? Data(contentsOf: url)
            }
        }
        return out
    }
}
