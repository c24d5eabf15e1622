#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A risk's fields as typed: all needed to add one (but mitigation and review), any to edit one.
/// An empty mitigation clears it.
package struct RiskFields: Equatable, Sendable {
    package var title: String?
    package var likelihood: Int?
    package var impact: Int?
    package var owner: String?
    package var mitigation: String?
    package var review: CalendarDay?

    package init(
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
