#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An action agreed: what, who does it and optionally by when.
package struct ActionFields: Equatable, Sendable {
    package var what: String
    package var owner: String
    package var due: CalendarDay?

    package init(what: String, owner: String, due: CalendarDay? = nil) {
        self.what = what
        self.owner = owner
        self.due = due
    }
}
