#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// This copy's own random id (`sync/origin`), made once and never synced: it tells one machine's
/// changes from another's (the merge reads it to give journal entries an identity that never collides).
enum SyncOrigin {
    static let path = "sync/origin"

    /// The id, made on first use: 16 lowercase hex digits.
    static func of(_ store: Store) throws -> String {
        let url = store.url(path)
        if let data = try? Data(contentsOf: url) {
            let text = String(decoding: data, as: UTF8.self).trimmed()
            if text.count == 16, text.allSatisfy { $0.isHexDigit } { return text }
        }
        let id = (0..<16).map { _ in String(UInt8.random(in: 0..<16), radix: 16) }.joined()
        _ = try Directories.make(store.url(StoreLayout.syncFolder), under: store.root)
        try AtomicFile.write(Data((id + "\n").utf8), to: url, root: store.root)
        return id
    }
}
