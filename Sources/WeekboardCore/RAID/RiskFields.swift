#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A risk's fields as typed: all needed to add one (but mitigation and review), any to edit one.
/// An empty mitigation clears it.
public struct RiskFields: Equatable, Sendable {
    public var title: String?
    public var likelihood: Int?
    public var impact: Int?
    public var owner: String?
    public var mitigation: String?
    public var review: CalendarDay?

    public init(
        title: String? = nil, likelihood: Int? = nil, impact: Int? = nil, owner: String? = nil,
        mitigation: String? = nil, review: CalendarDay? = nil
    ) {
        self.title = title
        self.likelihood = likelihood
        self.impact = impact
        self.owner = owner
        self.mitigation = mitigation
        self.review = review
    }
}
