/// Unicode box-drawing characters the terminal's own line set can stand in for, so panel
/// borders still look like borders when the locale cannot show Unicode (e.g. `LANG=C` over SSH).
enum BoxDrawing {
    /// The shim's `wb_put_acs` index for a box-drawing grapheme (light, heavy, double or
    /// rounded), or nil.
    static func acsIndex(_ text: String) -> Int32? {
        guard text.unicodeScalars.count == 1, let u = text.unicodeScalars.first else { return nil }
        switch u {
        case "─", "━", "═", "╌", "┄": return 0
        case "│", "┃", "║", "╎", "┆": return 1
        case "┌", "┏", "╔", "╭": return 2
        case "┐", "┓", "╗", "╮": return 3
        case "└", "┗", "╚", "╰": return 4
        case "┘", "┛", "╝", "╯": return 5
        case "├", "┣", "╠": return 6
        case "┤", "┫", "╣": return 7
        case "┬", "┳", "╦": return 8
        case "┴", "┻", "╩": return 9
        case "┼", "╋", "╬": return 10
        default: return nil
        }
    }
}
