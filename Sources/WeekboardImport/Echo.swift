#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Field values quoted in messages: cleaned of control characters and kept short.
/// Rows of a per-contact file are never quoted at all (see `RowParser`).
enum Echo {
    static func clip(_ s: String, max: Int = 40) -> String {
        let clean = String(
            s.unicodeScalars.map {
                $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) ? "?" : Character($0)
            })
        return clean.count > max ? String(clean.prefix(max - 1)) + "…" : clean
    }
}
