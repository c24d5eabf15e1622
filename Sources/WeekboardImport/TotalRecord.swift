#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// One figure from a weekly-totals export.
struct TotalRecord: Equatable, Sendable {
    let line: Int
    let week: ISOWeek
    let service: String
    /// nil: the service's total for the week, not one channel's.
    let channel: Channel?
    let count: Int
}
