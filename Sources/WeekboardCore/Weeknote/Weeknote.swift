#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A week written up as Markdown for the team's weeknote: focus, goals and score, streak, board
/// changes, new reds, notable contact volumes, and the person's lists. Pure: a snapshot in, text out.
///
/// Stored text is escaped (`MarkdownText`): it reads as typed, controls made visible so the file can
/// be shown safely in a terminal, and it never becomes markup when the weeknote is published.
package enum Weeknote {
    /// `Weeknote 2026.48 — Sam Patel — w/c 23 November 2026`: whose weeknote it is, its name passed
    /// through `text` (escaped for the format).
    package static func title(
        _ week: ISOWeek, labelStyle: WeekLabelStyle, author: String? = nil, text: (String) -> String = Sanitize.text
    ) -> String {
        let whose = author.map { " — \(text($0))" } ?? ""
        return "Weeknote \(labelStyle.number(week))\(whose) — w/c \(week.monday.long)"
    }

    /// The whole weeknote, ending in a newline. `author`: the name its title gives (default: the person).
    package static func markdown(
        _ snapshot: WeekSnapshot, labelStyle: WeekLabelStyle = .dotted, author: String? = nil
    ) -> String {
        let name = title(
            snapshot.week, labelStyle: labelStyle, author: author ?? snapshot.personName, text: MarkdownText.escape)
        var blocks = ["# \(name)"]
        for section in sections(snapshot, text: MarkdownText.escape) {
            var block = ["## \(section.title)"]
            // A paragraph or item may start with stored text: `# x` or `1. x` there would be a heading or a list.
            block += section.paragraphs.map(MarkdownText.lineStart)
            if !section.items.isEmpty {
                block.append(section.items.map { "- \(MarkdownText.lineStart($0))" }.joined(separator: "\n"))
            }
            blocks.append(block.joined(separator: "\n\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The sections that have something to say, in reading order; stored text passed through `text`
    /// (made visible by default; escaped as well for Markdown).
    static func sections(_ s: WeekSnapshot, text: (String) -> String = Sanitize.text) -> [WeeknoteSection] {
        let projects = s.programmes.flatMap(\.projects)
        let reds = BoardChanges.newReds(in: s.week, projects: projects)
        let redNames = Set(reds.map(\.name))
        // A move to red is told once, under "New red items", with its owner and milestone.
        let moves = BoardChanges.moves(in: s.week, projects: projects).filter { !redNames.contains($0.project) }
        var out: [WeeknoteSection] = []
        if let focus = s.mine.focus, !focus.isEmpty {
            out.append(WeeknoteSection(title: "Focus", paragraphs: [text(focus)], items: []))
        }
        out.append(goals(s, text: text))
        out.append(
            WeeknoteSection(title: "Programme board changes", paragraphs: [], items: moves.map { $0.sentence(text) }))
        out.append(
            WeeknoteSection(
                title: "New red items", paragraphs: [], items: reds.map { redItem($0, week: s.week, text: text) }))
        out.append(contacts(s.contacts, text: text))
        for section in NoteSection.allCases {
            out.append(WeeknoteSection(title: section.title, paragraphs: [], items: s.mine.notes(section).map(text)))
        }
        return out.filter { !$0.isEmpty }
    }

    static func goals(_ s: WeekSnapshot, text: (String) -> String) -> WeeknoteSection {
        var summary = s.score.sentence
        if let streak = streakSentence(positive: s.score.positive, streak: s.streak) { summary += " " + streak }
        let items = s.mine.goals.compactMap { $0 }.map { "\(text($0.text)) — \(outcome($0.state))" }
        return WeeknoteSection(title: "Goals", paragraphs: [summary], items: items)
    }

    /// `Two positive weeks in a row.` when this week is positive; when it is not, the run that
    /// ended before it (the snapshot's streak then counts up to last week). Nil below two.
    package static func streakSentence(positive: Bool, streak: Int) -> String? {
        guard streak >= 2 else { return nil }
        if positive { return "\(NumberWords.capitalised(streak)) positive weeks in a row." }
        return "Before this week we had \(NumberWords.word(streak)) positive weeks in a row."
    }

    /// How a goal ended, in the words a weeknote uses.
    static func outcome(_ state: GoalState) -> String {
        switch state {
        case .done: return "done"
        case .nearly: return "nearly done"
        case .dropped: return "dropped"
        case .open: return "not done"
        }
    }

    /// `Stores and van stock moved from Amber to Red: audit slipped (Tom Okafor; milestone: Van stock audit,
    /// due 21 November 2026)`
    static func redItem(_ p: Project, week: ISOWeek, text stored: (String) -> String) -> String {
        let inWeek = p.history.filter { BoardChanges.contains(week, $0.date) }
        // Every move and note of the week; a project added red and never changed says just that.
        var text =
            BoardChanges.move(in: week, p)?.sentence(stored)
            ?? StatusMove(
                project: p.name, date: week.monday, start: p.history.last { $0.date < week.monday }?.status,
                path: [.red], notes: inWeek.compactMap(\.note).filter { !$0.isEmpty }.suffix(1)
            ).sentence(stored)
        var details: [String] = []
        if let owner = p.owner, !owner.isEmpty { details.append(stored(owner)) }
        if let m = p.milestone {
            details.append("milestone: \(stored(m.text))" + (m.due.map { ", due \($0.long)" } ?? ""))
        }
        if !details.isEmpty { text += " (\(details.joined(separator: "; ")))" }
        return text
    }

    static func contacts(_ rows: [ContactRow], text: (String) -> String) -> WeeknoteSection {
        var paragraphs = ContactParagraphs.paragraphs(rows, text: text)
        if paragraphs.isEmpty && rows.contains(where: { $0.delta != nil }) {
            paragraphs = [ContactParagraphs.allNormal]
        }
        return WeeknoteSection(title: contactsTitle, paragraphs: paragraphs, items: [])
    }

    /// The contact-centre section's title (the HTML weeknote draws its charts there).
    static let contactsTitle = "Contact centre"
}
