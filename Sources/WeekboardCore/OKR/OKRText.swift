#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `okr list` and the dashboard's OKR view: one line per objective (score, band) and one per
/// key result (baseline → target, now, progress, confidence), fitted to `width` columns.
package enum OKRText {
    package static func lines(_ set: OKRSet, unicode: Bool = true, width: Int = 80) -> [StyledLine] {
        let width = max(40, width)
        var title = LineBuilder(limit: width, unicode: unicode)
        title.add("OKRS", .title)
        if set.objectives.isEmpty {
            title.add("  (none yet: weekboard okr add-objective TITLE)", .muted)
            return [title.line]
        }
        title.add(
            """
              \(set.objectives.count) objective\(set.objectives.count == 1 ? "" : "s") · score = mean progress \
            of key results
            """
            .replacing("·", with: unicode ? "·" : "-"), .muted)
        var lines = [title.line]
        let report = OKRReport(set)
        let arrow = unicode ? "→" : "->"
        // Key-result columns line up across the whole list; only titles give way to the width.
        let krs = report.objectives.flatMap(\.keyResults)
        let ranges = krs.map {
            "\(OKRFormat.value($0.baseline, unit: $0.unit)) \(arrow) \(OKRFormat.value($0.target, unit: $0.unit))"
        }
        let nows = krs.map { "now \(OKRFormat.value($0.current, unit: $0.unit))" }
        let rangeW = (ranges.map(TextWidth.of).max() ?? 0) + 2
        let nowW = (nows.map(TextWidth.of).max() ?? 0) + 2
        let numberW = (krs.map { $0.number.count }.max() ?? 3) + 3
        let confW = krs.contains { $0.confidence != nil } ? 10 : 0
        let krTitleW = max(12, width - numberW - rangeW - nowW - 7 - confW)
        var k = 0
        for o in report.objectives {
            lines.append([])
            var l = LineBuilder(limit: width, unicode: unicode)
            l.add("\(o.number) ", .muted)
            let tail =
                o.band.map { "  \(OKRFormat.percent(o.score ?? 0))  \($0.tag(unicode: unicode))" }
                ?? "  no key results yet"
            l.add(o.title, .header, width: max(10, width - l.used - TextWidth.of(tail)))
            if let band = o.band {
                l.add("  \(OKRFormat.percent(o.score ?? 0))  ", .text)
                l.add(band.tag(unicode: unicode), band.role)
            } else {
                l.add(tail, .muted)
            }
            lines.append(l.line)
            for kr in o.keyResults {
                var r = LineBuilder(limit: width, unicode: unicode)
                r.add("  \(kr.number)", .muted, width: numberW)
                r.add(kr.title, .text, width: krTitleW)
                r.add(ranges[k], .muted, width: rangeW)
                r.add(nows[k], .text, width: nowW)
                r.add(OKRFormat.percent(kr.progress).leftPadded(4, with: " ") + " ")
                r.add(kr.band.rag.shape(unicode: unicode), kr.band.role)
                if let c = kr.confidence { r.add("  conf \(OKRFormat.number(c))", .muted) }
                lines.append(r.line)
                k += 1
            }
        }
        lines.append([])
        lines.append([
            Span(
                """
                Bands: \(OKRBand.onTrack.tag(unicode: unicode)) ≥ 70%, \(OKRBand.atRisk.tag(unicode: unicode)) \
                40–70%, \(OKRBand.offTrack.tag(unicode: unicode)) < 40%
                """
                .replacing("≥", with: unicode ? "≥" : ">=").replacing("–", with: unicode ? "–" : "-"), .muted)
        ])
        return lines
    }
}
