#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One version of a project's dimension ratings (each optional, on the same five-point scale as its
/// status) and its tolerances, as text (`±2 weeks, ±10% budget`).
///
/// A dimension rated Red is forecast outside tolerance: the board's exception (PRINCE2: a forecast to
/// exceed tolerance is escalated), flagged wherever the ratings are shown.
package struct DimensionRatings: VersionedEntry {
    package var date: CalendarDay
    package var by: String?
    package var time: RAGStatus?
    package var cost: RAGStatus?
    package var scope: RAGStatus?
    package var quality: RAGStatus?
    package var benefits: RAGStatus?
    package var tolerance: String?

    package init(date: CalendarDay, by: String? = nil, tolerance: String? = nil) {
        self.date = date
        self.by = by
        self.tolerance = tolerance
    }

    package subscript(_ d: Dimension) -> RAGStatus? {
        get {
            switch d {
            case .time: return time
            case .cost: return cost
            case .scope: return scope
            case .quality: return quality
            case .benefits: return benefits
            }
        }
        set {
            switch d {
            case .time: time = newValue
            case .cost: cost = newValue
            case .scope: scope = newValue
            case .quality: quality = newValue
            case .benefits: benefits = newValue
            }
        }
    }

    /// The dimensions rated, in the standard order.
    package var rated: [(dimension: Dimension, status: RAGStatus)] {
        Dimension.allCases.compactMap { d in self[d].map { (d, $0) } }
    }

    /// The dimensions forecast outside tolerance (rated Red).
    package var outsideTolerance: [Dimension] { rated.filter { $0.status == .red }.map(\.dimension) }

    /// Nothing rated and no tolerance.
    package var isEmpty: Bool { rated.isEmpty && tolerance == nil }
}

extension DimensionRatings: JSONReadable {
    init(json: JSONNode) throws {
        let c = try json.object()
        date = try c.read("date")
        by = try c.readIfPresent("by")
        time = try c.readIfPresent("time")
        cost = try c.readIfPresent("cost")
        scope = try c.readIfPresent("scope")
        quality = try c.readIfPresent("quality")
        benefits = try c.readIfPresent("benefits")
        tolerance = try c.readIfPresent("tolerance")
    }
}
