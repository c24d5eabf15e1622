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

/// The colours of a published page, GOV.UK-style: dark text on a light tint for each status tag,
/// as GOV.UK Frontend's tags do. Every pair has a contrast ratio of at least 4.5:1 (WCAG AA; a test
/// computes it), and the tag always shows the status's shape, letter and word, so colour is never
/// the only signal and a page printed in black and white loses nothing.
enum HTMLPalette {
    /// Body text and background.
    static let text = "#0b0c0c"
    static let background = "#ffffff"
    /// Secondary text (the period line, captions).
    static let secondary = "#505a5f"
    /// Table rules (decoration only, never the only sign of anything).
    static let rule = "#b1b4b6"

    /// (text, background) of a status's tag.
    static func tag(_ status: RAGStatus) -> (text: String, background: String) {
        switch status {
        case .red: return ("#2a0b06", "#f4cdc6")
        case .amberRed: return ("#6e3619", "#fcd6c3")
        case .amber: return ("#594d00", "#fff7bf")
        case .amberGreen: return ("#3b4a00", "#e8f0c2")
        case .green: return ("#005a30", "#cce2d8")
        case .blue: return ("#0c2d4a", "#bbd4ea")
        }
    }

    /// `tag-red`, `tag-amber-red`…: the class a tag of this status carries.
    static func tagClass(_ status: RAGStatus) -> String { "tag-" + status.rawValue }

    /// WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21).
    static func contrast(_ a: String, _ b: String) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func luminance(_ hex: String) -> Double {
        let v = Int(hex.dropFirst(), radix: 16) ?? 0
        func channel(_ shift: Int) -> Double {
            let c = Double((v >> shift) & 0xFF) / 255
            return c <= 0.040_45 ? c / 12.92 : ((c + 0.055) / 1.055).pow(2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }
}

private extension Double {
    #if canImport(Glibc)
        func pow(_ e: Double) -> Double { Glibc.pow(self, e) }
    #else
        func pow(_ e: Double) -> Double { Darwin.pow(self, e) }
    #endif
}
