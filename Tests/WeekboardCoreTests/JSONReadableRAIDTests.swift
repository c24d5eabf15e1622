import Foundation
import Testing
@testable import WeekboardCore

/// The RAID log, dimension ratings and period lines read both ways (see `JSONReadableTests`): present,
/// absent (a board written before them), and each way of being wrong.
extension JSONReadableTests {
    static func project(_ rest: String) -> String {
        board("{\"name\": \"P\", \"programme\": \"X\", \"history\": [\(update)], \(rest)}")
    }

    static let risk =
        "{\"date\": \"2026-11-20\", \"by\": \"alex\", \"title\": \"Late parts\", \"likelihood\": 4, \"impact\": 5,"
        + " \"owner\": \"Kim\", \"mitigation\": \"Second supplier\", \"review\": \"2026-12-01\", \"closed\": false}"

    @Test(
        "RAID items, ratings and period lines",
        arguments: [
            project("\"risks\": [{\"history\": [\(risk)]}]"),
            project("\"risks\": [{\"history\": [\(risk), \(risk.replacing("false", with: "true"))]}]"),
            project("\"risks\": []"),
            project("\"risks\": null"),
            project("\"risks\": [{\"history\": []}]"),
            project("\"risks\": [{}]"),
            project("\"risks\": [{\"history\": [\(risk.replacing(", \"closed\": false", with: ""))]}]"),
            project(
                "\"risks\": [{\"history\": [\(risk.replacing("\"likelihood\": 4", with: "\"likelihood\": \"4\""))]}]"),
            project(
                "\"issues\": [{\"history\": [{\"date\": \"2026-11-20\", \"title\": \"Leak\", \"severity\": 3,"
                    + " \"owner\": \"Pat\", \"action\": \"Fix\", \"due\": \"2026-11-27\", \"closed\": true}]}]"),
            project("\"issues\": [{\"history\": [{\"date\": \"2026-11-20\", \"title\": \"Leak\", \"closed\": true}]}]"),
            project(
                "\"decisions\": [{\"history\": [{\"date\": \"2026-11-20\", \"question\": \"Extend?\","
                    + " \"options\": \"A; B\", \"decider\": \"Board\", \"deadline\": \"2026-12-01\"},"
                    + " {\"date\": \"2026-11-24\", \"question\": \"Extend?\", \"outcome\": \"A\","
                    + " \"decidedOn\": \"2026-11-24\", \"decidedBy\": \"Board\"}]}]"),
            project("\"decisions\": [{\"history\": [{\"date\": \"2026-11-20\"}]}]"),
            project(
                "\"actions\": [{\"history\": [{\"date\": \"2026-11-20\", \"what\": \"Write\", \"owner\": \"Kim\","
                    + " \"done\": false}]}]"),
            project(
                "\"actions\": [{\"history\": [{\"date\": \"2026-11-20\", \"what\": \"Write\", \"owner\": \"Kim\"}]}]"),
            project(
                "\"actions\": [{\"history\": [{\"date\": \"2026-11-20\", \"what\": \"Write\", \"owner\": \"Kim\","
                    + " \"done\": 1}]}]"
            ),
            project(
                "\"ratings\": {\"history\": [{\"date\": \"2026-11-20\", \"time\": \"red\", \"cost\": \"amber-green\","
                    + " \"tolerance\": \"±2 weeks\"}]}"),
            project("\"ratings\": {\"history\": [{\"date\": \"2026-11-20\", \"scope\": \"purple\"}]}"),
            project("\"ratings\": {\"history\": []}"),
            project("\"ratings\": null"),
            board(
                "{\"name\": \"P\", \"programme\": \"X\", \"history\": [{\"date\": \"2026-11-20\", \"status\": \"red\","
                    + " \"done\": [\"Survey\", \"Order\"], \"next\": [\"Fit\"]}]}"),
            board(
                "{\"name\": \"P\", \"programme\": \"X\", \"history\": [{\"date\": \"2026-11-20\", \"status\": \"red\","
                    + " \"done\": \"Survey\"}]}"),
        ])
    func raid(_ text: String) {
        expectSame(text, as: Board.self)
    }

    @Test("a board written before the RAID log reads with empty lists, and is written back byte for byte")
    func olderBoard() throws {
        let text = Self.board("{\"name\": \"P\", \"programme\": \"X\", \"history\": [\(Self.update)]}")
        let b = try JSONCoding.read(from: Data(text.utf8), file: "f.json", supportedSchema: 9) { try Board(json: $0) }
        let p = try #require(b.projects.first)
        #expect(p.risks.isEmpty && p.issues.isEmpty && p.decisions.isEmpty && p.actions.isEmpty && p.ratings == nil)
        let written = String(decoding: try JSONCoding.encode(b), as: UTF8.self)
        #expect(!written.contains("risks") && !written.contains("ratings") && !written.contains("done"))
        #expect(try JSONCoding.decode(Board.self, from: Data(written.utf8), file: "f.json", supportedSchema: 9) == b)
    }
}
