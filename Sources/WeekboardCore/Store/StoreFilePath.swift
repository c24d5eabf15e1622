/// A store-relative path read back into its kind and the parts its pattern names
/// (`people/alex/2026-W48.json`: a person's week, person `alex`, week 2026-W48).
struct StoreFilePath: Sendable {
    /// What the placeholders of a pattern matched.
    struct Parts: Sendable, Equatable {
        var person: String?
        var week: ISOWeek?
        var year: Int?
        /// `YYYY-MM`, of a journal month file.
        var month: String?
        /// One hex digit, of a caller shard.
        var shard: String?
        /// What a trailing `**` matched: the store path of a copy `repair` set aside.
        var copy: String?
    }

    let path: String
    let kind: StoreFileKind
    let parts: Parts

    /// The path's kind and parts; nil for a path that is not absolute-free and plain (no empty, `.` or
    /// `..` part) or that no kind describes.
    init?(_ path: String) {
        guard let (kind, parts) = StoreFileKind.match(path) else { return nil }
        self.path = path
        self.kind = kind
        self.parts = parts
    }
}
