extension StoreFileKind {
    /// The kind of the file at `path` (store-relative), or nil when no kind describes it or the path is
    /// not plain (absolute, or with an empty, `.` or `..` part).
    static func describing(_ path: String) -> StoreFileKind? { match(path)?.kind }

    /// The kinds whose pattern starts with a given text, so a lookup tries two or three patterns, not all.
    private static let byFirstPart: [String: [StoreFileKind]] = Dictionary(
        grouping: all.filter { $0.pattern.firstText != nil }, by: { $0.pattern.firstText! })
    /// The kinds found in any folder (temp files), tried first.
    private static let anywhere = all.filter { $0.pattern.firstText == nil }

    static func match(_ path: String) -> (kind: StoreFileKind, parts: StoreFilePath.Parts)? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") })
        else { return nil }
        for kind in anywhere { if let found = kind.pattern.match(parts) { return (kind, found) } }
        for kind in byFirstPart[String(parts[0])] ?? [] {
            if let found = kind.pattern.match(parts) { return (kind, found) }
        }
        return nil
    }

    /// Every kind whose pattern `path` matches (a test checks each store file has exactly one).
    static func allMatching(_ path: String) -> [StoreFileKind] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return all.filter { $0.pattern.match(parts) != nil }
    }
}
