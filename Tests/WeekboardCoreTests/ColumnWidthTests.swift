import Foundation
import Testing
@testable import WeekboardCore

/// Room goes to what columns hold (issue 24): names first, up to their longest, then milestone and
/// note; a cut name is shown whole under the list; only a stale project's badge is painted.
@Suite("Column widths by content")
struct ColumnWidthTests {
    @Test("ColumnFit: minimums first, then the names together (narrowest first), then the rest; no padding")
    func fit() {
        let cols: [ColumnFit.Column] = [
            .init(want: 40, minimum: 10), .init(want: 16, minimum: 6),
            .init(want: 30, minimum: 8),
        ]
        #expect(ColumnFit.widths(cols, room: 47, leading: 2) == [23, 16, 8])
        #expect(ColumnFit.widths(cols, room: 200, leading: 2) == [40, 16, 30])
        #expect(ColumnFit.widths(cols, room: 60, leading: 2) == [36, 16, 8])
        #expect(ColumnFit.widths(cols, room: 10, leading: 2).reduce(0, +) == 10)
    }

    func frameText(_ width: Int, _ height: Int) throws -> Frame {
        var s = try DashboardFixture.state(width: width, height: height)
        s.focused = .board
        return Dashboard.render(s, width: width, height: height)
    }

    @Test("the board gives project and owner names their whole width before the milestone, at every size")
    func boardNames() throws {
        let s = try DashboardFixture.state()
        let projects = s.projects
        for (w, h) in [(100, 30), (120, 40), (160, 48)] {
            let text = try frameText(w, h).text
            for p in projects.prefix(4) {
                #expect(text.contains(p.name), "\(w)x\(h): \(p.name) cut")
                if let owner = p.owner { #expect(text.contains(owner), "\(w)x\(h): \(owner) cut") }
            }
        }
    }

    @Test("at 80x24 a selected row that cuts its name shows the name and owner whole under the list")
    func cutNameWhole() throws {
        var s = try DashboardFixture.state(width: 80, height: 24)
        s.focused = .board
        let cols = BoardColumns(s.projects, today: s.today, width: 78, Glyphs(unicode: true))
        let cut = try #require(s.projects.first { cols.cuts($0) }, "a name the fixture cuts at 80 columns")
        s.selectedProject = cut.name
        let text = Dashboard.render(s, width: 80, height: 24).text
        #expect(text.contains("\(cut.name)\(cut.owner.map { " (\($0))" } ?? ""):"), "\(text)")
    }

    @Test("only a stale project's badge is painted: other rows leave the stale column plain")
    func staleBadgeOnly() throws {
        let frame = try frameText(160, 48)
        var badged: [Int] = []
        for y in 0..<frame.height {
            let cells = (0..<frame.width).filter { frame[$0, y].role == .badge }
            guard !cells.isEmpty else { continue }
            badged.append(y)
            let text = cells.map { frame[$0, y].text }.joined()
            #expect(text.hasPrefix("stale"), "row \(y) paints '\(text)' as a badge")
        }
        let s = try DashboardFixture.state()
        #expect(badged.count == s.projects.filter { $0.isStale(today: s.today) }.count)
    }

    /// Every way a terminal may show a theme colour: its xterm value, and for basic colours the VGA
    /// palette (yellow as olive) and, when bold, the bright colour many terminals draw instead.
    func shades(_ c: ThemeColor, bold: Bool) -> [(Int, Int, Int)] {
        switch c {
        case .terminalDefault: return []
        case .rgb(let r, let g, let b): return [(r, g, b)]
        case .indexed(let i):
            var out = [XtermPalette.rgb(ofIndex: i)].map { ($0.r, $0.g, $0.b) }
            let vga = [
                (0, 0, 0), (170, 0, 0), (0, 170, 0), (128, 128, 0), (0, 0, 170), (170, 0, 170), (0, 170, 170),
                (170, 170, 170),
            ]
            if i < 8 { out.append(vga[i]) }
            if bold, i < 8 { let b = XtermPalette.rgb(ofIndex: i + 8); out.append((b.r, b.g, b.b)) }
            return out
        }
    }

    func hex(_ c: (Int, Int, Int)) -> String {
        "#" + [c.0, c.1, c.2].map { String($0, radix: 16).leftPadded(2, with: "0") }.joined()
    }

    @Test("the badge has a contrast of at least 4.5:1 in every theme, however the terminal shows its colours")
    func badgeContrast() throws {
        for name in Theme.builtinNames {
            let style = try #require(Theme.builtin(name)).style(for: .badge)
            let fg = shades(style.fg, bold: style.bold), bg = shades(style.bg, bold: false)
            if style.reverse && fg.isEmpty && bg.isEmpty { continue }  // the terminal's own colours, swapped
            #expect(!fg.isEmpty && !bg.isEmpty, "\(name): the badge must name both colours")
            for f in fg {
                for b in bg {
                    let ratio = HTMLPalette.contrast(hex(f), hex(b))
                    #expect(ratio >= 4.5, "\(name): badge \(hex(f)) on \(hex(b)) is \(ratio):1")
                }
            }
        }
    }
}
