import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

@Suite struct WeeknoteGoldenTests {
    let temp = TempStore("weeknote")
    /// The demo store's weeknote at 2026-11-24, byte for byte. The golden file was read and checked
    /// by eye; after a deliberate change, regenerate with `weekboard export weeknote` on a demo store.
    @Test func demoWeeknoteMatchesGolden() throws {
        let store = try WeeknoteFixture.demoStore(in: temp)
        let snapshot = try WeekSnapshot.load(
            store: store, person: "me", week: WeeknoteFixture.week, today: WeeknoteFixture.today
        )
        let text = Weeknote.markdown(snapshot, labelStyle: .dotted)
        let golden = try String(contentsOf: WeeknoteFixture.goldenURL("weeknote-demo-2026-W48.md"), encoding: .utf8)
        #expect(text == golden)
    }

    @Test func titleFollowsTheConfiguredLabelStyle() {
        let w = WeeknoteFixture.week
        #expect(Weeknote.title(w, labelStyle: .dotted) == "Weeknote 2026.48 — w/c 23 November 2026")
        #expect(Weeknote.title(w, labelStyle: .iso) == "Weeknote 2026-W48 — w/c 23 November 2026")
        #expect(Weeknote.title(w, labelStyle: .weekFirst) == "Weeknote 48.2026 — w/c 23 November 2026")
    }
}
