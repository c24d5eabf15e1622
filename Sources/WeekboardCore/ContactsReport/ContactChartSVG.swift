/// One service's weeks as an inline SVG chart: contacts each week (a solid line), normal for the
/// time of year (a dashed line) and next week's forecast (a range bar with its expected figure).
/// Styles and labels, not colours, tell the lines apart, so it reads in print and without colour;
/// `title` and `desc` say the same in words to a screen reader. No script, nothing fetched; no
/// `xmlns` either: inline in HTML the element is SVG already, and the page stays one namespace for XML checks.
enum ContactChartSVG {
    static let width = 640.0
    static let height = 220.0
    static let left = 56.0
    static let right = 96.0
    static let top = 16.0
    static let bottom = 40.0

    /// The chart as an `<svg>` element; `id` makes its title and description unique in the page.
    static func render(_ s: ContactSeries, id: String, labelStyle: WeekLabelStyle) -> String {
        let plotW = width - left - right
        let plotH = height - top - bottom
        // A band under the weeks for the calling-again share, when some week has one.
        let band = s.hasCallingAgain ? 56.0 : 0
        let fullHeight = height + band
        let slots = Double(s.points.count + 1)  // one more for next week
        let peak = niceCeiling(s.peak)
        func x(_ i: Int) -> Double { left + (Double(i) + 0.5) * plotW / slots }
        func y(_ v: Double) -> Double { top + plotH - (peak > 0 ? v / peak * plotH : 0) }

        var out = [
            "<svg class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(fullHeight))\""
                + " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">",
            "<title id=\"\(id)-title\">\(h(s.service)): contacts each week against normal</title>",
            "<desc id=\"\(id)-desc\">\(h(description(s, labelStyle: labelStyle)))</desc>",
        ]
        // Grid and y labels: nought, half and the top.
        for v in [0, peak / 2, peak] {
            out.append(
                "<line x1=\"\(n(left))\" y1=\"\(n(y(v)))\" x2=\"\(n(width - right))\" y2=\"\(n(y(v)))\""
                    + " stroke=\"#b1b4b6\" stroke-width=\"1\"/>")
            out.append(
                "<text x=\"\(n(left - 6))\" y=\"\(n(y(v) + 4))\" text-anchor=\"end\" font-size=\"11\">"
                    + "\(Marks.thousands(Int(v)))</text>")
        }
        // Week labels: the first, the middle and the last.
        let count = s.points.count
        for i in Set([0, count / 2, count - 1]).sorted() where i >= 0 && i < count {
            out.append(
                "<text x=\"\(n(x(i)))\" y=\"\(n(height - bottom + 16))\" text-anchor=\"middle\" font-size=\"11\">"
                    + "\(h(labelStyle.number(s.points[i].week)))</text>")
        }
        let normal = runs(s.points.map(\.normal)).map { run in
            "<polyline fill=\"none\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\""
                + run.map { "\(n(x($0.0))),\(n(y($0.1)))" }.joined(separator: " ") + "\"/>"
        }
        let contacts = runs(s.points.map { $0.count.map(Double.init) }).map { run in
            "<polyline fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"2.5\" points=\""
                + run.map { "\(n(x($0.0))),\(n(y($0.1)))" }.joined(separator: " ") + "\"/>"
        }
        // A dot on every week with a figure: a week alone between gaps is still seen.
        let dots = s.points.enumerated().compactMap { i, p in
            p.count.map { "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(Double($0))))\" r=\"2\" fill=\"#0b0c0c\"/>" }
        }
        out += normal + contacts + dots
        if let f = s.forecast {
            let fx = x(count)
            out.append(
                "<rect x=\"\(n(fx - 6))\" y=\"\(n(y(Double(f.high))))\" width=\"12\""
                    + " height=\"\(n(max(1, y(Double(f.low)) - y(Double(f.high)))))\""
                    + " fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>")
            out.append("<circle cx=\"\(n(fx))\" cy=\"\(n(y(Double(f.count))))\" r=\"3.5\" fill=\"#0b0c0c\"/>")
            out.append(
                "<text x=\"\(n(fx + 10))\" y=\"\(n(y(Double(f.count)) + 4))\" font-size=\"11\">"
                    + "next week \(Marks.thousands(f.count))</text>")
        }
        if band > 0 { out += callingAgain(s, x: x, top: height - 12, height: 36) }
        // The key, in words beside a sample of each mark.
        let ky = fullHeight - 8
        out += [
            "<line x1=\"\(n(left))\" y1=\"\(n(ky - 4))\" x2=\"\(n(left + 24))\" y2=\"\(n(ky - 4))\""
                + " stroke=\"#0b0c0c\" stroke-width=\"2.5\"/>",
            "<text x=\"\(n(left + 30))\" y=\"\(n(ky))\" font-size=\"11\">contacts</text>",
            "<line x1=\"\(n(left + 100))\" y1=\"\(n(ky - 4))\" x2=\"\(n(left + 124))\" y2=\"\(n(ky - 4))\""
                + " stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
            "<text x=\"\(n(left + 130))\" y=\"\(n(ky))\" font-size=\"11\">normal for the time of year</text>",
            "<rect x=\"\(n(left + 300))\" y=\"\(n(ky - 10))\" width=\"8\" height=\"12\" fill=\"none\""
                + " stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>",
            "<text x=\"\(n(left + 314))\" y=\"\(n(ky))\" font-size=\"11\">expected next week (range)</text>",
        ]
        if band > 0 {
            out += [
                "<line x1=\"\(n(left + 470))\" y1=\"\(n(ky - 4))\" x2=\"\(n(left + 494))\" y2=\"\(n(ky - 4))\""
                    + " stroke=\"#0b0c0c\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/>",
                "<text x=\"\(n(left + 500))\" y=\"\(n(ky))\" font-size=\"11\">calling again</text>",
            ]
        }
        out += [
            "</svg>"
        ]
        return out.joined(separator: "\n")
    }

    /// The calling-again share each week as a dotted line on its own scale (nought to the top share,
    /// at least 50%), labelled in words at both ends.
    static func callingAgain(_ s: ContactSeries, x: (Int) -> Double, top: Double, height: Double) -> [String] {
        let most = max(50, niceCeiling(s.points.compactMap(\.callingAgain).max() ?? 0))
        func y(_ p: Double) -> Double { top + height - p / most * height }
        var out = [
            "<line x1=\"\(n(left))\" y1=\"\(n(top + height))\" x2=\"\(n(width - right))\" y2=\"\(n(top + height))\""
                + " stroke=\"#b1b4b6\" stroke-width=\"1\"/>",
            "<text x=\"\(n(left - 6))\" y=\"\(n(top + height / 2 - 2))\" text-anchor=\"end\""
                + " font-size=\"11\">calling</text>",
            "<text x=\"\(n(left - 6))\" y=\"\(n(top + height / 2 + 10))\" text-anchor=\"end\""
                + " font-size=\"11\">again</text>",
        ]
        out += runs(s.points.map(\.callingAgain)).map { run in
            "<polyline fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"2\" stroke-dasharray=\"2 3\" points=\""
                + run.map { "\(n(x($0.0))),\(n(y($0.1)))" }.joined(separator: " ") + "\"/>"
        }
        if let i = s.points.lastIndex(where: { $0.callingAgain != nil }), let last = s.points[i].callingAgain {
            out.append(
                "<text x=\"\(n(x(s.points.count) + 10))\" y=\"\(n(y(last) + 4))\" font-size=\"11\">"
                    + "\(ContactMeasures.percent(last)) again</text>")
        }
        return out
    }

    /// What the chart shows, in a sentence or two.
    static func description(_ s: ContactSeries, labelStyle: WeekLabelStyle) -> String {
        guard let first = s.points.first, let last = s.points.last else { return "No weeks." }
        var text = "\(s.points.count) weeks, \(labelStyle.number(first.week)) to \(labelStyle.number(last.week))."
        if let c = last.count {
            text += " This week \(Marks.thousands(c))"
            if let normal = last.normal { text += ", normal \(Marks.thousands(Int(normal.rounded())))" }
            text += "."
        }
        if let f = s.forecast { text += " \(f.sentence.prefix(1).uppercased())\(f.sentence.dropFirst())." }
        if let again = s.points.last?.callingAgain {
            text += " \(ContactMeasures.percent(again)) of this week's contacts were from people calling again."
        }
        return text
    }

    /// Unbroken runs of present values, each as (index, value): a missing week breaks the line.
    static func runs(_ values: [Double?]) -> [[(Int, Double)]] {
        var out: [[(Int, Double)]] = []
        var current: [(Int, Double)] = []
        for (i, v) in values.enumerated() {
            if let v {
                current.append((i, v))
            } else if !current.isEmpty {
                out.append(current)
                current = []
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// A round top for the axis at or above `v` (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten), so
    /// the line fills most of the chart's height.
    static func niceCeiling(_ v: Double) -> Double {
        guard v > 0 else { return 10 }
        var step = 1.0
        while step * 10 <= v { step *= 10 }
        for m in [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] where m * step >= v { return m * step }
        return 10 * step
    }

    /// A coordinate with at most one decimal, written the same on every machine.
    static func n(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return a % 10 == 0 ? "\(sign)\(a / 10)" : "\(sign)\(a / 10).\(a % 10)"
    }

    static func h(_ s: String) -> String { HTMLText.stored(s) }
}
