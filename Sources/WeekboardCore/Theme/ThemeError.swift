#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A theme that could not be found or read. Malformed files throw `StoreError.malformed`
/// naming the file and field, like every other JSON file weekboard reads.
enum ThemeError: Error, Equatable, CustomStringConvertible {
    case unknown(name: String, available: [String])
    case unreadable(path: String, reason: String)

    var description: String {
        switch self {
        case let .unknown(name, available):
            return
                """
                unknown theme '\(name)': use one of \(available.joined(separator: ", ")) or a path to a theme \
                .json file
                """
        case let .unreadable(path, reason):
            return "cannot read theme file \(path): \(reason)"
        }
    }
}
