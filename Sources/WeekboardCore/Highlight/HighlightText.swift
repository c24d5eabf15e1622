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
}
