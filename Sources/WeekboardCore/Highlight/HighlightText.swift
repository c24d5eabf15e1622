/// Sentences every format of a highlight report shares (they hold no stored text).
enum HighlightText {
    /// `worse than at the start of the period (▲ A At risk)`, `the same as at the start of the period`,
    /// `new in this period`
    /// `tag` writes a status in the document's format.
    static func trend(_ p: HighlightProgramme, tag: (RAGStatus) -> String) -> String {
        guard let before = p.statusAtStart, let trend = p.trend else { return "new in this period" }
        switch trend {
        case .same: return "the same as at the start of the period"
        case .better, .worse: return "\(trend.word) than at the start of the period (\(tag(before)))"
        }
    }

    /// `12 projects: 2 Red, 1 Amber, 5 Green`
    static func counts(_ p: HighlightProgramme) -> String {
        let n = p.projects.count
        let each = p.counts.map { "\($0.count) \($0.status.name)" }.joined(separator: ", ")
        return "\(n == 1 ? "1 project" : "\(n) projects"): \(each)"
    }

    /// `Asked of Board, needed by 1 December 2026.`: the first letter capitalised, a full stop added.
    static func sentence(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst() + "."
    }

    /// ` (5 of 7 open risks shown)` when some were left out, else nothing.
    static func more(_ shown: Int, of all: Int, _ what: String) -> String {
        shown < all ? " (\(shown) of \(all) open \(what) shown)" : ""
    }
}
