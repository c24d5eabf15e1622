#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The one size rule for store files, applied to what is written as well as to what is read:
/// a write that would make a file the reader refuses is refused instead, before anything is written.
enum StoreFileSize {
    /// Larger files are refused by the reader before parsing (see `JSONCoding.decode`).
    static let limit = JSONCoding.maxFileSize

    /// Throws when `data`, about to be written to `path`, is over the limit.
    static func check(_ data: Data, path: String) throws {
        guard data.count > limit else { return }
        throw StoreError.io(
            path: path,
            reason: "this change would make the file \(data.count) bytes, over the "
                + "\(limit / 1_048_576) MiB a store file may be, so nothing was written. Shorten or remove some "
                + "of its text (see docs/store-format.md, \"Size limits\")")
    }
}
