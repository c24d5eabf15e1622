import Testing
@testable import WeekboardCore

@Suite struct ThemeColorTests {
    @Test func parsesEverySpelling() {
        #expect(ThemeColor(parsing: "default") == .terminalDefault)
        #expect(ThemeColor(parsing: "red") == .indexed(1))
        #expect(ThemeColor(parsing: "Bright-Blue") == .indexed(12))
        #expect(ThemeColor(parsing: "grey") == .indexed(8))
        #expect(ThemeColor(parsing: "208") == .indexed(208))
        #expect(ThemeColor(parsing: "0") == .indexed(0))
        #expect(ThemeColor(parsing: "#D4351c") == .rgb(red: 0xD4, green: 0x35, blue: 0x1C))
    }

    @Test(arguments: ["256", "-1", "+5", "#12345", "#1234567", "#gggggg", "purple", "", "bright-", "0x10"])
    func rejectsNonColours(_ s: String) {
        #expect(ThemeColor(parsing: s) == nil)
    }

    @Test func spellsBackTheSameColour() {
        for s in ["default", "red", "bright-white", "208", "#0072b2"] {
            #expect(ThemeColor(parsing: s)?.spelling == s)
        }
    }

    @Test func rgbMapsToNearestCubeOrGrey() {
        func at256(_ hex: String) -> Int { ThemeColor(parsing: hex)!.resolve(for: .full256).index }
        #expect(at256("#d70000") == 160)  // exact cube entry
        #expect(at256("#ffaf00") == 214)
        #expect(at256("#5f87af") == 67)
        #expect(at256("#d4351c") == 166)  // between levels: nearest per channel
        #expect(at256("#808080") == 244)  // grey ramp beats the cube for greys
        #expect(at256("#eeeeee") == 255)
        #expect(at256("#000000") == 16)
        #expect(at256("#ffffff") == 231)
    }

    @Test func indexedColoursPassThroughAt256() {
        #expect(ThemeColor.indexed(9).resolve(for: .full256) == TerminalColor(index: 9))
        #expect(ThemeColor.indexed(242).resolve(for: .full256) == TerminalColor(index: 242))
        #expect(ThemeColor.terminalDefault.resolve(for: .full256) == .terminalDefault)
    }

    @Test func sixteenColoursPickTheNearestBasic() {
        func at16(_ c: ThemeColor) -> Int { c.resolve(for: .sixteen).index }
        #expect(at16(.indexed(12)) == 12)
        #expect(at16(.indexed(196)) == 9)  // #ff0000 is bright red
        #expect(at16(.indexed(160)) == 1)  // #d70000 is nearer xterm's red
        #expect(at16(.rgb(red: 0, green: 135, blue: 0)) == 2)
        #expect(at16(.indexed(244)) == 8)  // mid grey
        #expect(at16(.rgb(red: 250, green: 250, blue: 250)) == 15)
    }

    @Test func eightColoursFoldBrightIntoBold() {
        #expect(ThemeColor.indexed(9).resolve(for: .eight) == TerminalColor(index: 1, bold: true))
        #expect(ThemeColor.indexed(15).resolve(for: .eight) == TerminalColor(index: 7, bold: true))
        #expect(ThemeColor.indexed(3).resolve(for: .eight) == TerminalColor(index: 3))
        // Grey must not become black (invisible on dark) or white (invisible on light).
        #expect(ThemeColor.indexed(8).resolve(for: .eight) == TerminalColor(index: -1, dim: true))
        #expect(ThemeColor.indexed(196).resolve(for: .eight) == TerminalColor(index: 1, bold: true))
        #expect(ThemeColor.rgb(red: 0, green: 0, blue: 200).resolve(for: .eight).index == 4)
    }

    @Test func noColourMeansTerminalDefault() {
        #expect(ThemeColor.indexed(1).resolve(for: .none) == .terminalDefault)
        #expect(ThemeColor.rgb(red: 1, green: 2, blue: 3).resolve(for: .none) == .terminalDefault)
    }

    @Test func depthFollowsTheTerminalsColourCount() {
        #expect(ColorDepth(colors: 256) == .full256)
        #expect(ColorDepth(colors: 16_777_216) == .full256)
        #expect(ColorDepth(colors: 88) == .sixteen)
        #expect(ColorDepth(colors: 16) == .sixteen)
        #expect(ColorDepth(colors: 8) == .eight)
        #expect(ColorDepth(colors: 2) == .none)
        #expect(ColorDepth(colors: -1) == .none)
    }

    @Test func styleWithoutColourKeepsAttributesAndStaysVisible() {
        let bar = ThemeStyle(fg: .indexed(0), bg: .indexed(11), bold: true)
        let bright = ThemeStyle(fg: .indexed(9), underline: true)
        let theme = Theme(name: "t", styles: [.selection: bar, .title: bright])
        #expect(theme.resolved(.selection, for: .none) == ResolvedStyle(bold: true, reverse: true))
        #expect(theme.resolved(.selection, for: .full256) == ResolvedStyle(fg: 0, bg: 11, bold: true))
        #expect(theme.resolved(.title, for: .eight) == ResolvedStyle(fg: 1, bold: true, underline: true))
        #expect(theme.resolved(.title, for: .none) == ResolvedStyle(underline: true))
        // A background shared by every role is not a bar: nothing is reversed without colour.
        let dark = Theme(
            name: "d", styles: [.text: ThemeStyle(bg: .indexed(0)), .title: ThemeStyle(bg: .indexed(0), bold: true)])
        #expect(dark.resolved(.title, for: .none) == ResolvedStyle(bold: true))
    }
}
