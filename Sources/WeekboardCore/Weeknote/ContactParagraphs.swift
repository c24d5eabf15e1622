#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The contact-centre part of a weeknote: a sentence for each service far enough from normal
/// to be worth a reader's attention.
enum ContactParagraphs {
    /// A service is notable when its whole-percent difference from the baseline is 10 or more
    /// either way. Comparing the rounded figure keeps the rule and the printed number in step.
    static let thresholdPercent = 10

    static func isNotable(_ row: ContactRow) -> Bool {
        guard let d = row.delta else { return false }
        return abs(percent(d)) >= thresholdPercent
    }

    /// One paragraph per notable service, in the rows' order, with what its measures say; a service
    /// near normal has one too when its contacts were imported one by one (handled time, calling again).
    static func paragraphs(_ rows: [ContactRow], text: (String) -> String = Sanitize.text) -> [String] {
        rows.compactMap { row in
            let measures = measureSentences(row)
            if isNotable(row), let volume = paragraph(row, text: text) {
                return ([volume] + measures).joined(separator: " ")
            }
            guard row.measures.handledSeconds != nil || row.measures.callingAgainPercent != nil,
                let count = row.count
            else { return nil }
            let times = count == 1 ? "once" : "\(Marks.thousands(count)) times"
            return (["\(text(row.service)) was contacted \(times), close to normal."] + measures)
                .joined(separator: " ")
        }
    }

    /// `31% of contacts were from people calling again within a week (normally 35%).`
    /// `Conversations took a median of 6 min 10 s, 40 s shorter than normal.`
    /// `3.8% of contacts were abandoned before an answer (normally 6.6%).` Each only where the week has it;
    /// the comparison only where the normal is known.
    static func measureSentences(_ row: ContactRow) -> [String] {
        let m = row.measures, normal = row.measuresNormal
        func normally(_ p: Double?) -> String { p.map { " (normally \(ContactMeasures.percent($0)))" } ?? "" }
        var out: [String] = []
        if let again = m.callingAgainPercent {
            out.append(
                "\(ContactMeasures.percent(again)) of contacts were from people calling again within a week"
                    + "\(normally(normal?.callingAgainPercent)).")
        }
        if let handled = m.handledSeconds {
            var s = "Conversations took a median of \(ContactMeasures.duration(handled))"
            if let usual = normal?.handledSeconds {
                let diff = (handled - usual).rounded()
                s +=
                    diff == 0
                    ? ", as long as normal"
                    : ", \(ContactMeasures.duration(abs(diff))) "
                        + (diff < 0 ? "shorter" : "longer") + " than normal"
            }
            out.append(s + ".")
        }
        // Abandonment only beside the other measures: a total recorded by hand with its answered and
        // abandoned counts says nothing more than it did.
        if let abandoned = m.abandonedPercent, m.handledSeconds != nil || m.callingAgainPercent != nil {
            out.append(
                "\(ContactMeasures.percent(abandoned)) of contacts were abandoned before an answer"
                    + "\(normally(normal?.abandonedPercent)).")
        }
        return out
    }

    /// `Repairs was contacted 5,500 times, 47% more than normal for this time of year
    /// (3,750 on average in the same week of the previous 3 years).`
    static func paragraph(_ row: ContactRow, text: (String) -> String = Sanitize.text) -> String? {
        guard let count = row.count, let delta = row.delta, let normal = row.baseline.value else { return nil }
        let p = percent(delta)
        let direction = p >= 0 ? "more" : "fewer"
        let times = count == 1 ? "once" : "\(Marks.thousands(count)) times"
        let normalText = Marks.thousands(Int(normal.rounded()))
        let comparison: String
        switch row.baseline.basis {
        case .sameWeek(let years):
            let span = years == 1 ? "the previous year" : "the previous \(years) years"
            comparison = "than normal for this time of year (\(normalText) on average in the same week of \(span))"
        case .recentWeeks(let weeks):
            comparison = "than the average of the previous \(weeks == 1 ? "week" : "\(weeks) weeks") (\(normalText))"
        case .none:
            return nil
        }
        return "\(text(row.service)) was contacted \(times), \(abs(p))% \(direction) \(comparison)."
    }

    /// Said when there are figures but none is notable, so the section is never empty or silent.
    static let allNormal = "Contacts for every service were within 10% of normal for this time of year."

    static func percent(_ delta: Double) -> Int { Baseline.wholePercent(delta) }
}
