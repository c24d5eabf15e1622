#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Pure changes to a project's RAID log and dimension ratings. Each new version is dated `today` and
/// signed `author`, so the journal, `log` and a past week's board all read it.
package extension Board {
    mutating func apply(
        _ change: RAIDChange, project raw: String, today: CalendarDay, by author: String?
    ) throws -> String {
        let i = try find(raw)
        var p = projects[i]
        let name = p.name
        let m: String
        switch change {
        case .addRisk(let f):
            let r = try Self.risk(f, onto: nil, today: today, by: author)
            p.risks.append(Versioned(r))
            m = "Risk \(p.risks.count) on \(name): \(r.title) (score \(r.score))."
        case .editRisk(let n, let f):
            let k = try Self.index(n, .risk, count: p.risks.count, project: name)
            let old = p.risks[k].current
            let r = try Self.risk(f, onto: old, today: today, by: author)
            m = try Self.edited(.risk, n, name, Self.changedFields(old, r))
            p.risks[k].record(r)
        case .addIssue(let f):
            let x = try Self.issue(f, onto: nil, today: today, by: author)
            p.issues.append(Versioned(x))
            m = "Issue \(p.issues.count) on \(name): \(x.title) (severity \(x.severity))."
        case .editIssue(let n, let f):
            let k = try Self.index(n, .issue, count: p.issues.count, project: name)
            let old = p.issues[k].current
            let x = try Self.issue(f, onto: old, today: today, by: author)
            m = try Self.edited(.issue, n, name, Self.changedFields(old, x))
            p.issues[k].record(x)
        case .addDecision(let f):
            let d = Decision(
                date: today, by: author, question: try TextRules.line(f.question, what: "question"),
                options: try Self.optional(f.options, "options"), decider: try Self.person(f.decider, "decider"),
                deadline: f.deadline)
            p.decisions.append(Versioned(d))
            m = "Decision \(p.decisions.count) on \(name) asked: \(d.question)."
        case .decide(let n, let outcome, let who):
            let k = try Self.index(n, .decision, count: p.decisions.count, project: name)
            var d = p.decisions[k].current
            if let said = d.outcome {
                throw InputError("decision \(n) on \(Sanitize.text(name)) was already decided: \(Sanitize.text(said))")
            }
            d.date = today
            d.by = author
            d.outcome = try TextRules.line(outcome, what: "outcome")
            d.decidedOn = today
            d.decidedBy = try Self.person(who, "--by-whom") ?? author
            p.decisions[k].record(d)
            m = "Decision \(n) on \(name) recorded: \(d.outcome!)."
        case .addAction(let f):
            let a = ActionItem(
                date: today, by: author, what: try TextRules.line(f.what, what: "action"),
                owner: try TextRules.line(f.owner, what: "owner", max: 120), due: f.due)
            p.actions.append(Versioned(a))
            m = "Action \(p.actions.count) on \(name): \(a.what) (\(a.owner))."
        case .close(let kind, let n):
            m = try Self.close(kind, n, in: &p, today: today, by: author)
        }
        projects[i] = p
        return m
    }

    /// Sets the dimension ratings given and the tolerances text ("" clears it), as a new version.
    mutating func rate(
        _ raw: String, _ ratings: [Dimension: RAGStatus], tolerance: String?, today: CalendarDay, by author: String?
    ) throws -> String {
        let i = try find(raw)
        var r = projects[i].ratings?.current ?? DimensionRatings(date: today)
        let old = projects[i].ratings?.current
        r.date = today
        r.by = author
        for (d, s) in ratings { r[d] = s }
        if let tolerance { r.tolerance = try Self.optional(tolerance, "tolerance") }
        var changed = Dimension.allCases.filter { old?[$0] != r[$0] }.map(\.rawValue)
        if old?.tolerance != r.tolerance { changed.append("tolerance") }
        let name = projects[i].name
        guard !changed.isEmpty else { return "\(name) unchanged." }
        if projects[i].ratings == nil {
            projects[i].ratings = Versioned(r)
        } else {
            projects[i].ratings!.record(r)
        }
        let outside = r.outsideTolerance.map(\.rawValue)
        return "\(name): \(changed.joined(separator: ", ")) changed"
            + (outside.isEmpty ? "." : "; forecast outside tolerance: \(outside.joined(separator: ", ")).")
    }

    private static func close(
        _ kind: RAIDKind, _ n: Int, in p: inout Project, today: CalendarDay, by author: String?
    ) throws -> String {
        let name = p.name
        switch kind {
        case .risk: return try close(&p.risks, kind, n, name, \.closed, \.title, today: today, by: author)
        case .issue: return try close(&p.issues, kind, n, name, \.closed, \.title, today: today, by: author)
        case .action: return try close(&p.actions, kind, n, name, \.done, \.what, today: today, by: author)
        case .decision:
            throw InputError("a decision is closed by recording it: weekboard decision decide PROJECT N OUTCOME")
        }
    }

    /// Closes item `n` of `items` as a new version dated `today`; an action is "done", the others "closed".
    private static func close<Item: VersionedEntry>(
        _ items: inout [Versioned<Item>], _ kind: RAIDKind, _ n: Int, _ project: String,
        _ closed: WritableKeyPath<Item, Bool>, _ title: KeyPath<Item, String>, today: CalendarDay, by author: String?
    ) throws -> String {
        let word = kind == .action ? "done" : "closed"
        let k = try index(n, kind, count: items.count, project: project)
        var item = items[k].current
        guard !item[keyPath: closed] else {
            throw InputError("\(kind.word) \(n) on \(Sanitize.text(project)) is already \(word)")
        }
        item.date = today
        item.by = author
        item[keyPath: closed] = true
        items[k].record(item)
        return "\(kind.title) \(n) on \(project) \(word): \(item[keyPath: title])."
    }

    private static func risk(_ f: RiskFields, onto old: Risk?, today: CalendarDay, by author: String?) throws -> Risk {
        func need<T>(_ what: String) throws -> T { throw InputError("a new risk needs \(what)") }
        var r = Risk(
            date: today, by: author,
            title: try TextRules.line(try f.title ?? old?.title ?? need("a title"), what: "title"),
            likelihood: try score(try f.likelihood ?? old?.likelihood ?? need("--likelihood"), "likelihood"),
            impact: try score(try f.impact ?? old?.impact ?? need("--impact"), "impact"),
            owner: try TextRules.line(try f.owner ?? old?.owner ?? need("--owner"), what: "owner", max: 120),
            mitigation: old?.mitigation, review: f.review ?? old?.review, closed: old?.closed ?? false)
        if let m = f.mitigation { r.mitigation = try optional(m, "mitigation") }
        return r
    }

    private static func issue(
        _ f: IssueFields, onto old: RAIDIssue?, today: CalendarDay, by author: String?
    ) throws -> RAIDIssue {
        func need<T>(_ what: String) throws -> T { throw InputError("a new issue needs \(what)") }
        var x = RAIDIssue(
            date: today, by: author,
            title: try TextRules.line(try f.title ?? old?.title ?? need("a title"), what: "title"),
            severity: try score(try f.severity ?? old?.severity ?? need("--severity"), "severity"),
            owner: try TextRules.line(try f.owner ?? old?.owner ?? need("--owner"), what: "owner", max: 120),
            action: old?.action, due: f.due ?? old?.due, closed: old?.closed ?? false)
        if let a = f.action { x.action = try optional(a, "action") }
        return x
    }

    /// A 1 to 5 score (likelihood, impact, severity), or an error naming it.
    static func score(_ n: Int, _ what: String) throws -> Int {
        guard (1...5).contains(n) else { throw InputError("\(what) must be 1 to 5, not \(n)") }
        return n
    }

    /// The index of item `n` (from 1) of a kind, or an error naming the project and the numbers there are.
    static func index(_ n: Int, _ kind: RAIDKind, count: Int, project: String) throws -> Int {
        let shown = Sanitize.text(project)
        guard count > 0 else { throw InputError("\(shown) has no \(kind.plural) yet") }
        guard (1...count).contains(n) else {
            let range = count == 1 ? "number 1" : "numbers 1 to \(count)"
            throw InputError(
                "\(shown) has \(count) \(count == 1 ? kind.word : kind.plural) (\(range)): "
                    + "\(n) is not one of them (see 'weekboard \(kind.word) list --all')")
        }
        return n - 1
    }

    private static func edited(_ kind: RAIDKind, _ n: Int, _ name: String, _ fields: [String]) throws -> String {
        guard !fields.isEmpty else {
            throw InputError("nothing to change on \(kind.word) \(n) of \(Sanitize.text(name)): give a new value")
        }
        return "\(kind.title) \(n) on \(name): \(fields.joined(separator: ", ")) changed."
    }

    /// The fields (but date and author) that differ between two versions, by their JSON names.
    private static func changedFields<E: VersionedEntry>(_ a: E, _ b: E) -> [String] {
        guard let x = try? JSONValue.parse(JSONCoding.encode(a)), let y = try? JSONValue.parse(JSONCoding.encode(b)),
            case .object(let ox) = x, case .object(let oy) = y
        else { return [] }
        return Set(ox.keys).union(oy.keys).subtracting(["date", "by"]).sorted().filter { ox[$0] != oy[$0] }
    }

    /// Text that may be cleared with "": nil when empty.
    private static func optional(_ raw: String?, _ what: String) throws -> String? {
        guard let t = raw?.trimmed(.whitespaces), !t.isEmpty else { return nil }
        return try TextRules.line(t, what: what)
    }

    private static func person(_ raw: String?, _ what: String) throws -> String? {
        guard let raw else { return nil }
        return try TextRules.line(raw, what: what, max: 120)
    }
}
