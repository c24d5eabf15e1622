#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `board-history/<YYYY>.json`: status updates dated in one calendar year that have left
/// board.json's recent window. Opening the current week never reads these; a past week,
/// `project list --json` and the weeknote of an old week do (see `Store.fullBoard()`).
package struct BoardHistoryYear: Codable, Equatable, Sendable {
    package static let schemaVersion = 1
    package var schemaVersion: Int
    package var year: Int
    /// Updates by exact project name, each list oldest first.
    package var projects: [String: [StatusUpdate]]

    /// An archive year, empty until updates move into it.
    package init(year: Int, projects: [String: [StatusUpdate]] = [:]) {
        self.schemaVersion = BoardHistoryYear.schemaVersion
        self.year = year
        self.projects = projects
    }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        year = try c.decode(Int.self, forKey: .year)
        projects = try c.decode([String: [StatusUpdate]].self, forKey: .projects)
        // An update filed under the wrong year would be merged in the wrong place: refuse the file.
        for (name, updates) in projects {
            if let wrong = updates.first(where: { $0.date.year != year }) {
                throw DecodingError.dataCorruptedError(
                    forKey: .projects, in: c,
                    debugDescription: "'\(Sanitize.text(name))' has an update dated \(wrong.date.iso), not in \(year)")
            }
        }
    }
}

extension BoardHistoryYear: JSONReadable {
    /// `init(from:)` without `JSONDecoder` (see `JSONReadable`).
    init(json: JSONNode) throws {
        let c = try json.object()
        schemaVersion = try c.read("schemaVersion")
        year = try c.read("year")
        projects = try c.required("projects").object().dictionary(of: [StatusUpdate].self)
        for (name, updates) in projects {
            if let wrong = updates.first(where: { $0.date.year != year }) {
                throw c.failure(
                    "projects", "'\(Sanitize.text(name))' has an update dated \(wrong.date.iso), not in \(year)")
            }
        }
    }
}
