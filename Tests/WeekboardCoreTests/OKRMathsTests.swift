import Foundation
import Testing
@testable import WeekboardCore

@Suite struct OKRMathsTests {
    let now = Date(timeIntervalSince1970: 1_795_514_400)

    func kr(_ baseline: Double, _ target: Double, _ current: Double) -> KeyResult {
        KeyResult(title: "k", baseline: baseline, target: target, current: current, updatedAt: now)
    }

    @Test func progressIsClampedBetweenZeroAndOne() {
        #expect(kr(0, 100, 25).progress == 0.25)
        #expect(kr(0, 100, 150).progress == 1)
        #expect(kr(0, 100, -20).progress == 0)
        #expect(kr(10, 20, 10).progress == 0)
    }

    @Test func decreasingTargetsCountDownwardProgress() {
        // Reduce abandoned calls from 12% to 5%.
        #expect(abs(kr(12, 5, 9).progress - 3.0 / 7.0) < 1e-12)
        #expect(kr(12, 5, 5).progress == 1)
        #expect(kr(12, 5, 3).progress == 1)
        #expect(kr(12, 5, 14).progress == 0)
    }

    @Test func targetEqualToBaselineIsMetOnlyAtTheTarget() {
        #expect(kr(5, 5, 5).progress == 1)
        #expect(kr(5, 5, 4).progress == 0)
        #expect(kr(5, 5, 6).progress == 0)
    }

    @Test func objectiveScoreIsTheMeanOfItsKeyResults() {
        let o = Objective(title: "o", keyResults: [kr(0, 10, 10), kr(0, 10, 5), kr(12, 5, 12)])
        #expect(o.score == 0.5)
        #expect(o.band == .atRisk)
        #expect(Objective(title: "empty").score == nil)
        #expect(Objective(title: "empty").band == nil)
    }

    @Test func bandsAtTheirBoundaries() {
        #expect(OKRBand(1) == .onTrack)
        #expect(OKRBand(0.7) == .onTrack)
        #expect(OKRBand(0.6999) == .atRisk)
        #expect(OKRBand(0.4) == .atRisk)
        #expect(OKRBand(0.3999) == .offTrack)
        #expect(OKRBand(0) == .offTrack)
        // A mean that should be 0.7 but is a hair under in floating point is still on track.
        let o = Objective(title: "o", keyResults: [kr(0, 10, 6), kr(0, 10, 8)])
        #expect(o.band == .onTrack)
        let third = Objective(title: "o", keyResults: [kr(0, 10, 4), kr(0, 10, 4), kr(0, 10, 4)])
        #expect(third.band == .atRisk)
    }

    @Test func bandsHaveAWordAndAShapeNotJustAColour() {
        #expect(OKRBand.onTrack.tag(unicode: true) == "● On track")
        #expect(OKRBand.atRisk.tag(unicode: true) == "▲ At risk")
        #expect(OKRBand.offTrack.tag(unicode: true) == "■ Off track")
        #expect(OKRBand.offTrack.tag(unicode: false) == "# Off track")
    }

    @Test func numbersPrintAsPeopleWriteThem() {
        #expect(OKRFormat.value(12, unit: "%") == "12%")
        #expect(OKRFormat.value(4.5, unit: "days") == "4.5 days")
        #expect(OKRFormat.value(0.126, unit: nil) == "0.13")
        #expect(OKRFormat.value(0.1, unit: "%") == "0.1%")
        #expect(OKRFormat.value(-3, unit: nil) == "-3")
    }
}
