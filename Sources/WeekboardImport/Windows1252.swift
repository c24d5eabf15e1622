#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Windows-1252, as Excel saves CSV on Windows (FoundationEssentials cannot decode it): Latin-1 but
/// for 0x80–0x9F, five of which are unassigned and make the text not Windows-1252 at all (nil),
/// as full Foundation decided.
enum Windows1252 {
    /// 0x80–0x9F; 0 where unassigned.
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]

    static func decode(_ bytes: Data) -> String? {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(bytes.count)
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            guard value != 0 || b == 0, let scalar = Unicode.Scalar(value) else { return nil }
            out.append(scalar)
        }
        return String(out)
    }
}
