/// The xterm palette and nearest-colour searches. Distances are plain squared RGB
/// differences: good enough to pick between palette entries that are far apart.
enum XtermPalette {
    /// xterm's default values for the 16 basic colours.
    static let basic: [(r: Int, g: Int, b: Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]
    /// The six levels of each channel in the 6×6×6 cube (indices 16–231).
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func rgb(ofIndex i: Int) -> (r: Int, g: Int, b: Int) {
        switch i {
        case 0..<16: return basic[i]
        case 16..<232:
            let n = i - 16
            return (cubeLevels[n / 36], cubeLevels[(n / 6) % 6], cubeLevels[n % 6])
        default:
            let v = 8 + 10 * (i - 232)
            return (v, v, v)
        }
    }

    static func distance(_ a: (r: Int, g: Int, b: Int), _ b: (r: Int, g: Int, b: Int)) -> Int {
        let dr = a.r - b.r, dg = a.g - b.g, db = a.b - b.b
        return dr * dr + dg * dg + db * db
    }

    /// Nearest entry of the cube or the grey ramp (16–255). The basic 16 are skipped on purpose:
    /// users often redefine them, while 16–255 are the same in nearly every terminal.
    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        func level(_ v: Int) -> Int {
            var best = 0
            for (i, l) in cubeLevels.enumerated() where abs(l - v) < abs(cubeLevels[best] - v) { best = i }
            return best
        }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let avg = (r + g + b) / 3
        let greyStep = max(0, min(23, (avg - 3) / 10))
        let grey = 232 + greyStep
        let target = (r: r, g: g, b: b)
        return distance(rgb(ofIndex: grey), target) < distance(rgb(ofIndex: cube), target) ? grey : cube
    }

    static func nearestBasic(_ r: Int, _ g: Int, _ b: Int) -> Int {
        var best = 0
        for i in 1..<16 where distance(basic[i], (r, g, b)) < distance(basic[best], (r, g, b)) { best = i }
        return best
    }

    /// 8-colour terminals: a bright colour becomes its plain colour drawn bold (many terminals
    /// then show it bright). Bright black (grey) becomes the default colour, dimmed, because
    /// black would vanish on a dark background and white on a light one.
    static func eightColourFallback(_ i: Int) -> TerminalColor {
        switch i {
        case 8: return TerminalColor(index: -1, dim: true)
        case 9..<16: return TerminalColor(index: i - 8, bold: true)
        default: return TerminalColor(index: i)
        }
    }
}
