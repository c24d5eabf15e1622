#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One version of a risk on a project: something that may happen, scored likelihood × impact.
public struct Risk: VersionedEntry {
    public var date: CalendarDay
    public var by: String?
    public var title: String
    /// 1 (rare) to 5 (almost certain).
    public var likelihood: Int
    /// 1 (minimal) to 5 (severe).
    public var impact: Int
    public var owner: String
    public var mitigation: String?
    /// When the owner next reviews it.
    public var review: CalendarDay?
    public var closed: Bool

    public init(
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
    public var score: Int { likelihood * impact }
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
