import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

@Suite struct OKRChangeTests {
    let temp = TempStore("okr")
    let now = Date(timeIntervalSince1970: 1_795_514_400)

    func sample() throws -> OKRSet {
        var s = OKRSet()
        _ = try s.apply(.addObjective(title: "Cut avoidable contact"), now: now)
        _ = try s.apply(
            .addKeyResult(
                objective: "1", title: "Abandoned calls", baseline: 12, target: 5, current: nil,
                confidence: 0.5, unit: "%"), now: now)
        return s
    }

    @Test func addAndUpdateByNumberOrTitleInAnyCase() throws {
        var s = try sample()
        #expect(s.objectives[0].keyResults[0].current == 12)  // current defaults to the baseline
        let m = try s.apply(
            .updateKeyResult(
                objective: "CUT AVOIDABLE contact", keyResult: "abandoned calls", current: 9, confidence: 0.7), now: now
        )
        #expect(m == "Abandoned calls now 9% (43% of the way); Cut avoidable contact 43%, at risk.")
        _ = try s.apply(.updateKeyResult(objective: "1", keyResult: "1", current: 5, confidence: nil), now: now)
        #expect(s.objectives[0].keyResults[0].current == 5)
        #expect(s.objectives[0].keyResults[0].confidence == 0.7)
    }

    @Test func badValuesAreRefusedAndChangeNothing() throws {
        let before = try sample()
        let bad: [(OKRChange, String)] = [
            (.addObjective(title: "   "), "objective cannot be empty"),
            (.addObjective(title: "cut AVOIDABLE contact"), "already exists"),
            (
                .addKeyResult(
                    objective: "2", title: "x", baseline: 0, target: 1, current: nil, confidence: nil, unit: nil),
                "no objective '2'"
            ),
            (
                .addKeyResult(
                    objective: "1", title: "x", baseline: .nan, target: 1, current: nil, confidence: nil, unit: nil),
                "baseline must be a number"
            ),
            (
                .addKeyResult(
                    objective: "1", title: "x", baseline: 0, target: .infinity, current: nil, confidence: nil, unit: nil
                ), "target must be a number"
            ),
            (
                .addKeyResult(
                    objective: "1", title: "x", baseline: 3, target: 3, current: nil, confidence: nil, unit: nil),
                "target must differ from baseline"
            ),
            (
                .addKeyResult(
                    objective: "1", title: "x", baseline: 0, target: 1, current: nil, confidence: 1.01, unit: nil),
                "confidence must be between 0 and 1"
            ),
            (
                .addKeyResult(
                    objective: "1", title: "", baseline: 0, target: 1, current: nil, confidence: nil, unit: nil),
                "key result cannot be empty"
            ),
            (
                .updateKeyResult(objective: "1", keyResult: "1", current: nil, confidence: -0.1),
                "confidence must be between 0 and 1"
            ),
            (
                .updateKeyResult(objective: "1", keyResult: "1", current: .nan, confidence: nil),
                "current value must be a number"
            ),
            (
                .updateKeyResult(objective: "1", keyResult: "Nope", current: 1, confidence: nil),
                "has no key result 'Nope'"
            ),
            (.updateKeyResult(objective: "Nope", keyResult: "1", current: 1, confidence: nil), "no objective 'Nope'"),
        ]
        for (change, message) in bad {
            var s = before
            #expect {
                try s.apply(change, now: now)
            } throws: { error in
                "\(error)".contains(message)
            }
            #expect(s == before)
        }
    }

    @Test func storeWritesOneSchemaVersionedFile() throws {
        let store = temp.store("okr")
        try store.perform(
            .addObjective(title: "Cut avoidable contact"), now: now, source: .init(person: "alex", origin: "test"))
        try store.perform(
            .addKeyResult(
                objective: "1", title: "Abandoned calls", baseline: 12, target: 5, current: 9,
                confidence: nil, unit: "%"), now: now, source: .init(person: "alex", origin: "test"))
        let file = store.url("okrs.json")
        let before = try Data(contentsOf: file)
        let json = try JSONSerialization.jsonObject(with: before) as? [String: Any]
        #expect(json?["schemaVersion"] as? Int == 1)
        #expect(throws: InputError.self) {
            try store.perform(.addObjective(title: ""), now: now, source: .init(person: "alex", origin: "test"))
        }
        #expect(try Data(contentsOf: file) == before)
        #expect(try store.read(StoreFiles.okrs).objectives[0].keyResults[0].progress == 3.0 / 7.0)
    }

    @Test func aHandEditedConfidenceOutOfRangeIsAnErrorNamingTheField() throws {
        let json =
            #"{"schemaVersion": 1, "objectives": [{"title": "o", "keyResults": [{"title": "k", "baseline": 0, "#
            + #""target": 1, "current": 0, "confidence": 3, "updatedAt": "2026-11-24T10:00:00Z"}]}]}"#
        #expect {
            try JSONCoding.decode(OKRSet.self, from: Data(json.utf8), file: "okrs.json")
        } throws: { error in
            "\(error)".contains("confidence must be 0 to 1")
        }
    }

    @Test func listTextShowsScoreBandAndProgress() throws {
        var s = try sample()
        _ = try s.apply(.updateKeyResult(objective: "1", keyResult: "1", current: 9, confidence: nil), now: now)
        let text = OKRText.lines(s, width: 80).map(\.plain)
        for l in text { #expect(TextWidth.of(l) <= 80, "too wide: \(l)") }
        let objective = try #require(text.first { $0.hasPrefix("1 Cut avoidable contact") })
        #expect(objective.hasSuffix("43%  ▲ At risk"))
        let kr = try #require(text.first { $0.contains("1.1") })
        #expect(kr.contains("Abandoned calls"))
        #expect(kr.contains("12% → 5%"))
        #expect(kr.contains("now 9%"))
        #expect(kr.contains("43% ▲  conf 0.5"))
    }
}
