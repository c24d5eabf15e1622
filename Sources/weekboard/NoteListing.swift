import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// `note list --json`.
struct NoteListing: Encodable {
    let week: String
    let watch: [String]
    let learning: [String]
    let next: [String]
}
