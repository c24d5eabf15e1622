/// Where everything goes at a given terminal size. Pure, so the renderer and the mouse
/// hit-testing in the reducer always agree.
struct DashboardLayout: Equatable, Sendable {
    enum Mode: Equatable, Sendable {
        /// Below `minWidth`×`minHeight`: only the "too small" screen.
        case tooSmall
        /// One column, panels stacked with title rules (80×24).
        case compact
        /// Boxed panels: focus, goals and contacts side by side, the board full width below
        /// (from `wideWidth` columns and `wideHeight` rows).
        case wide
    }

    static let minWidth = 60
    static let minHeight = 16
    static let wideWidth = 120
    static let wideHeight = 24

    let mode: Mode
    let header: Rect
    /// Outer rectangles of the four panels (empty in the team view and when too small).
    let panels: [Panel: Rect]
    /// The team list: the whole panel area in the team view, or a strip under the contact
    /// centre when the wide layout has rows to spare.
    let team: Rect?
    let message: Rect
    let footer: Rect

    var boxed: Bool { mode == .wide }

    func rect(_ panel: Panel) -> Rect { panels[panel] ?? .zero }

    /// True when the notes have no rectangle of their own and show in the board's while focused.
    var notesShareBoard: Bool { rect(.notes) == rect(.board) }

    /// `services` is how many contact rows there are, so the contact centre gets just the rows it
    /// needs; `detailLines` gives it more for the selected service's detail under the table (its channels,
    /// its repeat callers).
    static func make(
        width: Int, height: Int, teamView: Bool = false, services: Int = 4, people: Int = 1,
        detailLines: Int = 0, notes: Int = 3
    ) -> DashboardLayout {
        let w = max(0, width), h = max(0, height)
        if w < minWidth || h < minHeight {
            return DashboardLayout(
                mode: .tooSmall, header: .zero, panels: [:], team: nil, message: .zero, footer: .zero)
        }
        let mode: Mode = (w >= wideWidth && h >= wideHeight) ? .wide : .compact
        let header = Rect(x: 0, y: 0, width: w, height: 1)
        let message = Rect(x: 0, y: h - 2, width: w, height: 1)
        let footer = Rect(x: 0, y: h - 1, width: w, height: 1)
        let area = Rect(x: 0, y: 1, width: w, height: h - 3)
        if teamView {
            return DashboardLayout(
                mode: mode, header: header, panels: [:], team: area, message: message, footer: footer)
        }
        let rows = max(1, services) + detailLines
        var (panels, team) =
            mode == .wide ? wide(area, services: rows, people: people, notes: notes) : compact(area, services: rows)
        if panels[.notes] == nil { panels[.notes] = panels[.board] }
        return DashboardLayout(mode: mode, header: header, panels: panels, team: team, message: message, footer: footer)
    }

    /// Focus (title + 1), goals (title + 3), the board takes what is left, contacts what they need
    /// (`services`: their content rows below the column titles).
    private static func compact(_ a: Rect, services: Int) -> ([Panel: Rect], Rect?) {
        let focusH = 2, goalsH = 4, boardMin = 4
        let contactsH = min(2 + max(1, services), max(2, a.height - focusH - goalsH - boardMin))
        let boardH = a.height - focusH - goalsH - contactsH
        var y = a.y
        func next(_ height: Int) -> Rect {
            defer { y += height }
            return Rect(x: a.x, y: y, width: a.width, height: height)
        }
        return ([.focus: next(focusH), .goals: next(goalsH), .board: next(boardH), .contacts: next(contactsH)], nil)
    }

    /// A band of two columns on top (focus and goals | contact centre, and the team when rows
    /// are spare), the board across the full width below: the board has the most columns to show.
    /// The notes (`notes`: their rows, headings included) go under the goals on a tall screen, when
    /// the band can grow for them and leave the board at least half the rows.
    private static func wide(_ a: Rect, services: Int, people: Int, notes: Int) -> ([Panel: Rect], Rect?) {
        let half = a.width / 2
        let contactsH = 3 + max(1, services)
        let teamH = 2 + max(1, people)
        let withTeam = a.height - contactsH - teamH >= 16
        let goalsH = 5, notesMin = 6
        let plainBand = min(a.height - 8, max(8, contactsH + (withTeam ? teamH : 0)))
        let notesBand = max(plainBand, min(a.height - max(8, a.height / 2), 3 + goalsH + 2 + notes))
        // Below 36 rows the board needs them all; the notes then show in its place when focused.
        let withNotes = a.height >= 36 && notesBand - 3 - goalsH >= notesMin
        let bandH = withNotes ? notesBand : plainBand
        let focus = Rect(x: a.x, y: a.y, width: half, height: 3)
        let goals = Rect(x: a.x, y: focus.maxY, width: half, height: withNotes ? goalsH : bandH - 3)
        let contacts = Rect(x: a.x + half, y: a.y, width: a.width - half, height: withTeam ? contactsH : bandH)
        let team =
            withTeam ? Rect(x: a.x + half, y: contacts.maxY, width: a.width - half, height: bandH - contactsH) : nil
        let board = Rect(x: a.x, y: a.y + bandH, width: a.width, height: a.height - bandH)
        var panels: [Panel: Rect] = [.focus: focus, .goals: goals, .contacts: contacts, .board: board]
        if withNotes { panels[.notes] = Rect(x: a.x, y: goals.maxY, width: half, height: bandH - 3 - goalsH) }
        return (panels, team)
    }
}
