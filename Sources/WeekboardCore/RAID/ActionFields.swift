#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An action agreed: what, who does it and optionally by when.
public struct ActionFields: Equatable, Sendable {
    public var what: String
    public var owner: String
    public var due: CalendarDay?

    public init(what: String, owner: String, due: CalendarDay? = nil) {
        self.what = what
        self.owner = owner
        self.due = due
    }
}
