#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One version of a risk on a project: something that may happen, scored likelihood × impact.
package struct Risk: VersionedEntry {
    package var date: CalendarDay
    package var by: String?
    package var title: String
    /// 1 (rare) to 5 (almost certain).
    package var likelihood: Int
    /// 1 (minimal) to 5 (severe).
    package var impact: Int
    package var owner: String
    package var mitigation: String?
    /// When the owner next reviews it.
    package var review: CalendarDay?
    package var closed: Bool

    package init(
        date: CalendarDay, by: String? = nil, title: String, likelihood: Int, impact: Int, owner: String,
        mitigation: String? = nil, review: CalendarDay? = nil, closed: Bool = false
    ) {
        self.date = date
        self.by = by
        self.title = title
        self.likelihood = likelihood
        self.impact = impact
        self.owner = owner
        self.mitigation = mitigation
        self.review = review
        self.closed = closed
    }

    /// Likelihood × impact, 1 to 25.
    package var score: Int { likelihood * impact }
}

extension Risk: JSONReadable {
    init(json: JSONNode) throws {
        let c = try json.object()
        date = try c.read("date")
        by = try c.readIfPresent("by")
        title = try c.read("title")
        likelihood = try c.read("likelihood")
        impact = try c.read("impact")
        owner = try c.read("owner")
        mitigation = try c.readIfPresent("mitigation")
        review = try c.readIfPresent("review")
        closed = try c.required("closed").bool()
    }
}
