#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The team's programme board: one file, projects grouped by programme at display time.
package struct Board: Codable, Equatable, Sendable {
    package static let schemaVersion = 1
    package var schemaVersion: Int
    package var projects: [Project]
    /// Set once older updates have moved to `board-history/`: board.json holds every update from
    /// this day on (see `BoardWindow`). Absent: board.json holds each project's whole history.
    package var recentFrom: CalendarDay?

    package init(projects: [Project] = [], recentFrom: CalendarDay? = nil) {
        self.schemaVersion = Board.schemaVersion
        self.projects = projects
        self.recentFrom = recentFrom
    }

    /// Case-insensitive lookup by name.
    package func index(of name: String) -> Int? {
        let key = name.lowercased()
        return projects.firstIndex { $0.name.lowercased() == key }
    }

    /// Programme names in order of first appearance (of projects not archived).
    package var programmes: [String] {
        var seen = Set<String>()
        return projects.compactMap { !$0.isArchived && seen.insert($0.programme).inserted ? $0.programme : nil }
    }

    /// The board without its archived projects: what the board, roll-ups and reports show.
    package var active: Board {
        var b = self
        b.projects.removeAll(where: \.isArchived)
        return b
    }
}

extension Board: JSONReadable {
    init(json: JSONNode) throws {
        let c = try json.object()
        schemaVersion = try c.read("schemaVersion")
        projects = try c.required("projects").array(of: Project.self)
        recentFrom = try c.readIfPresent("recentFrom")
    }
}
