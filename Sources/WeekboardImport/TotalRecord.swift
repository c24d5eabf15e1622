#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// One figure from a weekly-totals export.
public struct TotalRecord: Equatable, Sendable {
    public let line: Int
    public let week: ISOWeek
    public let service: String
    /// nil: the service's total for the week, not one channel's.
    public let channel: Channel?
    public let count: Int
}
