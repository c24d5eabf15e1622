/// Plain-ASCII stand-ins for the typography the core uses everywhere (the `…` that ends cut
/// text, separators, quotes), for a locale that cannot show them. Better than `?`: a cut name
/// still reads as cut. Marks and arrows are the dashboard's business (it has ASCII sets).
enum AsciiFallback {
    static func character(for text: String) -> UInt8? {
        guard text.unicodeScalars.count == 1, let u = text.unicodeScalars.first else { return nil }
        switch u {
        case "…": return UInt8(ascii: ">")  // not ~, which is a goal "nearly done" in ASCII
        case "·", "•", "‧": return UInt8(ascii: "-")
        case "–", "—", "‒", "―", "−": return UInt8(ascii: "-")
        case "‘", "’", "‚", "′": return UInt8(ascii: "'")
        case "“", "”", "„", "″": return UInt8(ascii: "\"")
        case "\u{A0}", "\u{2007}", "\u{202F}": return UInt8(ascii: " ")
        case "×": return UInt8(ascii: "x")
        case "›", "»": return UInt8(ascii: ">")  // a field's path in a conflict: projects › Kitchens › owner
        case "‹", "«": return UInt8(ascii: "<")
        default: return nil
        }
    }
}
