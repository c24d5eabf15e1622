#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Everything that can go wrong reading or writing the store, each naming where.
package enum StoreError: Error, Equatable, CustomStringConvertible {
    /// A file could not be understood; `location` is a line/column or a field path.
    case malformed(file: String, location: String, reason: String)
    /// The file was written by a newer weekboard.
    case newerSchema(file: String, found: Int, supported: Int)
    case io(path: String, reason: String)
    case notAStore(path: String)
    case readOnly(path: String)
    /// `store.json` says an earlier format, and the store cannot (or may not) be upgraded now.
    case olderFormat(path: String, found: Int)
    case invalid(String)
    case notFound(String)
    /// A symbolic link inside the store, where a folder or file should be: never followed.
    case symlink(path: String)

    package var description: String {
        switch self {
        case let .malformed(file, location, reason):
            return location.isEmpty ? "\(file): \(reason)" : "\(file): \(location): \(reason)"
        case let .newerSchema(file, found, supported):
            return
                """
                \(file): written by a newer weekboard (schemaVersion \(found); this one reads up to \
                \(supported)). Nothing was changed.
                """
        case let .io(path, reason):
            return "\(path): \(reason)"
        case let .notAStore(path):
            return "\(path) is not a weekboard store (no store.json). Run 'weekboard init' or pass --store."
        case let .readOnly(path):
            return "the store at \(path) is read-only: nothing was written"
        case let .olderFormat(path, found):
            return
                """
                the store at \(path) was written by an earlier weekboard (format \(found); this one uses \
                \(StoreInfo.schemaVersion)). Run any weekboard command with write access to the store, without \
                --read-only, to upgrade it. Nothing was changed.
                """
        case let .invalid(message):
            return message
        case let .notFound(message):
            return message
        case let .symlink(path):
            return
                "\(path): is a symbolic link; weekboard does not follow links inside a store "
                + "(replace it with a folder or file)"
        }
    }
}
