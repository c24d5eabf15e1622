#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One RAID item as it stands, of whichever kind, with its number within its project: what lists,
/// reports, the dashboard and the board meeting show.
package struct RAIDRow: Equatable, Sendable {
    package enum Entry: Equatable, Sendable {
        case risk(Risk)
        case issue(RAIDIssue)
        case decision(Decision)
        case action(ActionItem)
    }

    package let project: String
    /// From 1, in the order added, within its project and kind.
    package let number: Int
    /// The day it was first recorded.
    package let raised: CalendarDay
    package let entry: Entry

    package var kind: RAIDKind {
        switch entry {
        case .risk: return .risk
        case .issue: return .issue
        case .decision: return .decision
        case .action: return .action
        }
    }

    /// The risk's or issue's title, the decision's question, what the action is.
    package var title: String {
        switch entry {
        case .risk(let r): return r.title
        case .issue(let x): return x.title
        case .decision(let d): return d.question
        case .action(let a): return a.what
        }
    }

    /// Who owns it; for a decision, who is asked to decide.
    package var owner: String? {
        switch entry {
        case .risk(let r): return r.owner
        case .issue(let x): return x.owner
        case .decision(let d): return d.decider
        case .action(let a): return a.owner
        }
    }

    /// A risk's likelihood × impact, an issue's severity; nil for decisions and actions.
    package var score: Int? {
        switch entry {
        case .risk(let r): return r.score
        case .issue(let x): return x.severity
        case .decision, .action: return nil
        }
    }

    /// The order "highest first" uses across kinds: a risk's score (1 to 25); an issue, which has
    /// already happened, weighs as a certain risk of its severity (severity × 5); decisions and
    /// actions come after.
    package var rank: Int {
        switch entry {
        case .risk(let r): return r.score
        case .issue(let x): return x.severity * 5
        case .decision, .action: return 0
        }
    }

    package var isOpen: Bool {
        switch entry {
        case .risk(let r): return !r.closed
        case .issue(let x): return !x.closed
        case .decision(let d): return d.isOpen
        case .action(let a): return !a.done
        }
    }

    /// A risk's review date, an issue's or action's due date, the date a decision is needed by.
    package var due: CalendarDay? {
        switch entry {
        case .risk(let r): return r.review
        case .issue(let x): return x.due
        case .decision(let d): return d.deadline
        case .action(let a): return a.due
        }
    }

    /// What is being done or was decided: mitigation, action, options (or the outcome once decided).
    package var detail: String? {
        switch entry {
        case .risk(let r): return r.mitigation.map { "Mitigation: \($0)" }
        case .issue(let x): return x.action.map { "Action: \($0)" }
        case .decision(let d): return d.outcome.map { "Decided: \($0)" } ?? d.options.map { "Options: \($0)" }
        case .action: return nil
        }
    }

    /// `risk 2`, `decision 1`
    package var label: String { "\(kind.word) \(number)" }

    /// One line for a terminal list: state and score, title, owner and date. Stored text is sanitised.
    package func line(today: CalendarDay) -> String {
        var parts: [String] = []
        switch entry {
        case .risk(let r): parts.append("score \(r.score) (L\(r.likelihood) × I\(r.impact))")
        case .issue(let x): parts.append("severity \(x.severity)")
        case .decision, .action: break
        }
        if !isOpen { parts.append(kind == .action ? "done" : kind == .decision ? "decided" : "closed") }
        var text = (parts.isEmpty ? "" : "[" + parts.joined(separator: ", ") + "]  ") + Sanitize.text(title)
        if let owner { text += "  (\(Sanitize.text(owner)))" }
        if let due {
            let word = kind == .risk ? "review" : kind == .decision ? "by" : "due"
            let late = isOpen && due < today ? ", overdue" : ""
            text += "  \(word) \(due.iso)\(late)"
        }
        return text
    }
}
