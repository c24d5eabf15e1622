#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Steps of a commit, in order, for the fault tests' observer.
package enum CommitStep: Equatable, Sendable {
    /// Every new file's content is in a durable temp file; nothing is changed yet.
    case staged
    /// The redo record is durable: from here the change will be completed, now or by the next writer.
    case recorded
    /// The `n`th file (from 0) was renamed into place or removed.
    case moved(Int)
    case journalled
    case finished
}
