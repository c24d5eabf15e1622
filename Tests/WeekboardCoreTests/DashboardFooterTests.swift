import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

/// The footer always shows `w`, `?` and `q`, and never a key's hint cut in two, in every panel, the
/// team view and the OKRs, at every width from the smallest the dashboard draws to a wide terminal.
@Suite("Dashboard footer")
struct DashboardFooterTests {
    let temp = TempStore("dash")
    @Test(
        "w, ? and q always show and every hint is whole, in each panel, at 60 to 200 columns",
        arguments: [60, 72, 79, 80, 81, 100, 120, 160, 200], [true, false])
    func pinnedAndWhole(width: Int, unicode: Bool) throws {
        let c = DashboardFixture.runtime(try DashboardFixture.makeStore(in: temp), unicode: unicode)
        _ = c.resize(width: width, height: 24)
        // Each panel in turn (Tab), then the team view, then the board's OKRs.
        for step in 0..<8 {
            check(c, width: width, "panel \(step), \(c.state.focused)")
            _ = c.handle(.tab)
        }
        _ = c.handle(.char("T"))
        check(c, width: width, "team view")
        _ = c.handle(.escape)
        for _ in 0..<8 where c.state.focused != .board { _ = c.handle(.tab) }
        #expect(c.state.focused == .board)
        _ = c.handle(.char("o"))
        check(c, width: width, "OKRs")
    }

    func check(_ c: DashboardRuntime, width: Int, _ label: String) {
        let footer = c.render(width: width, height: 24).line(23)
        for pinned in ["w weeknote", "? help", "q quit"] {
            #expect(footer.contains(pinned), "\(width) columns, \(label): \(footer)")
        }
        // Hints are separated by two spaces: each one shown is a whole hint of the key map.
        let glyphs = Glyphs(unicode: c.state.settings.unicode)
        let whole = Set(FooterView.items(c.state, glyphs).map { "\($0.keys) \($0.word)" })
        let shown = footer.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        for hint in shown { #expect(whole.contains(hint), "\(width) columns, \(label): '\(hint)' in \(footer)") }
        #expect(TextWidth.of(footer) <= width)
    }
}
