import Testing
@testable import WeekboardCore

/// `TextWidth.of` skips grapheme breaking for plain ASCII and for text whose every scalar stands
/// alone; those shortcuts must give what measuring cluster by cluster gives.
@Suite("Text width: the shortcuts agree with measuring cluster by cluster")
struct TextWidthFastPathTests {
    static let samples = [
        "", "Void repairs turnaround", "■ R Off track", "▲ AR At risk", "↑", "→ ↓ ↗", "Café crème",
        "naïve – “quoted” …",
        "e\u{301}", "→\u{20D7}", "漢字のテスト", "👍🏽 ok", "❤️", "🇬🇧",
        "\u{1100}\u{1161}\u{11A8}", "tab\there", "bell\u{7}",
        "│ box ─ drawing ┼", "½ × ÷ ± °", "\u{2028}", "α β γ", "a\u{300}b",
    ]

    @Test("every sample", arguments: samples)
    func agrees(_ s: String) {
        let byCluster = s.reduce(0) { $0 + TextWidth.of($1) }
        #expect(TextWidth.of(s) == byCluster, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test("fit returns the width it measured")
    func measuredFit() {
        for s in Self.samples {
            for w in 1...8 {
                let (t, width) = Frame.measuredFit(s, to: w)
                #expect(width == TextWidth.of(t))
                #expect(width <= w)
            }
        }
    }

    @Test("printable ASCII is cut by bytes to what cutting Character by Character gives")
    func asciiCut() {
        for s in ["Void repairs turnaround", "ab", "Milestone: go live (phase 2)"] {
            for w in 1...30 {
                var kept = ""
                for ch in s where TextWidth.of(kept) + 1 <= w - 1 { kept.append(ch) }
                let fits = s.count <= w
                for ellipsis in ["…", ">"] {
                    let expected = fits ? (s, s.count) : (kept + ellipsis, kept.count + 1)
                    let (t, width) = Frame.measuredFit(s, to: w, ellipsis: ellipsis)
                    #expect(t == expected.0 && width == expected.1, "\(s) in \(w)")
                }
            }
        }
    }
}
