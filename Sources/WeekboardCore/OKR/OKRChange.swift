#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Every change to the team's OKRs, from the CLI or the dashboard. Objectives and key results
/// are referred to by number (`2`; a key result by its number within the objective) or by title,
/// case-insensitively.
package enum OKRChange: Equatable, Sendable {
    case addObjective(title: String)
    case addKeyResult(
        objective: String, title: String, baseline: Double, target: Double,
        current: Double?, confidence: Double?, unit: String?)
    case updateKeyResult(objective: String, keyResult: String, current: Double?, confidence: Double?)
}

/// Pure changes to the OKR set. Each validates first and throws `InputError` on bad input,
/// leaving the set as it was.
package extension OKRSet {
    mutating func apply(_ change: OKRChange, now: Date) throws -> String {
        switch change {
        case .addObjective(let raw):
            let title = try TextRules.line(raw, what: "objective", max: 200)
            guard !objectives.contains(where: { $0.title.lowercased() == title.lowercased() }) else {
                throw InputError("an objective called '\(Sanitize.text(title))' already exists")
            }
            objectives.append(Objective(title: title))
            return "Added objective \(objectives.count): \(Sanitize.text(title))."

        case let .addKeyResult(ref, raw, baseline, target, current, confidence, rawUnit):
            let o = try objectiveIndex(ref)
            let title = try TextRules.line(raw, what: "key result", max: 200)
            guard !objectives[o].keyResults.contains(where: { $0.title.lowercased() == title.lowercased() }) else {
                throw InputError(
                    "'\(Sanitize.text(objectives[o].title))' already has a key result called '\(Sanitize.text(title))'")
            }
            let b = try OKRRules.number(baseline, what: "baseline")
            let t = try OKRRules.number(target, what: "target")
            guard b != t else {
                throw InputError(
                    "target must differ from baseline (both \(OKRFormat.number(b))): a key result measures a change")
            }
            let c = try OKRRules.number(current ?? b, what: "current value")
            let conf = try confidence.map(OKRRules.confidence)
            let unit = try rawUnit.map { try TextRules.line($0, what: "unit", max: 16) }
            let kr = KeyResult(
                title: title, baseline: b, target: t, current: c, confidence: conf, unit: unit, updatedAt: now)
            objectives[o].keyResults.append(kr)
            return "Added key result \(o + 1).\(objectives[o].keyResults.count): \(Sanitize.text(title)), "
                + """
                \(OKRFormat.value(b, unit: unit)) → \(OKRFormat.value(t, unit: unit)) \
                (\(OKRFormat.percent(kr.progress)) of the way).
                """

        case let .updateKeyResult(ref, krRef, current, confidence):
            guard current != nil || confidence != nil else { throw InputError("give --current, --confidence or both") }
            let o = try objectiveIndex(ref)
            let k = try keyResultIndex(krRef, in: o)
            let c = try current.map { try OKRRules.number($0, what: "current value") }
            let conf = try confidence.map(OKRRules.confidence)
            var kr = objectives[o].keyResults[k]
            if let c { kr.current = c }
            if let conf { kr.confidence = conf }
            kr.updatedAt = now
            objectives[o].keyResults[k] = kr
            let score = objectives[o].score ?? 0
            return
                """
                \(Sanitize.text(kr.title)) now \(OKRFormat.value(kr.current, unit: kr.unit)) \
                (\(OKRFormat.percent(kr.progress)) of the way); 
                """
                    + """
                    \(Sanitize.text(objectives[o].title)) \(OKRFormat.percent(score)), \
                    \(OKRBand(score).word.lowercased()).
                    """
        }
    }

    /// An objective by number (1-based) or case-insensitive title.
    func objectiveIndex(_ ref: String) throws -> Int {
        if let i = OKRRules.resolve(ref, titles: objectives.map(\.title)) { return i }
        let list = objectives.enumerated().prefix(6).map { "\($0.offset + 1) \(Sanitize.text($0.element.title))" }
            .joined(separator: "; ")
        throw InputError(
            "no objective '\(Sanitize.text(ref))'"
                + (list.isEmpty ? " (there are none yet: okr add-objective TITLE)" : " (objectives: \(list))"))
    }

    func keyResultIndex(_ ref: String, in o: Int) throws -> Int {
        let krs = objectives[o].keyResults
        if let i = OKRRules.resolve(ref, titles: krs.map(\.title)) { return i }
        let list = krs.enumerated().prefix(6).map { "\($0.offset + 1) \(Sanitize.text($0.element.title))" }.joined(
            separator: "; ")
        throw InputError(
            "'\(Sanitize.text(objectives[o].title))' has no key result '\(Sanitize.text(ref))'"
                + (list.isEmpty ? " (none yet: okr add-kr)" : " (key results: \(list))"))
    }
}
