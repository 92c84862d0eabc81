import Testing
@testable import CrossCheck

/// Places in a ranking, read by the real recognizers, and how they reconcile.
@Suite struct RankClaimTests {
    func rankClaims(_ text: String) -> [Claim] {
        newsClaims(text, published: "2024-08-06").filter { $0.dimension == .rank }
    }

    @Test(arguments: [
        ("The Pell Creek fire is now the third-largest wildfire in Oregon history.", 3.0, "largest (all time)", "oregon" as String?),
        ("It was the second deadliest earthquake on record.", 2.0, "deadliest (all time)", nil),
        ("The storm was the fourth most destructive this year.", 4.0, "most destructive (this year)", nil),
        ("It is the fifth biggest blaze burning in the US.", 5.0, "largest (now)", "US"),
    ])
    func superlativesWithAPlaceAreRanks(_ text: String, _ place: Double, _ measure: String, _ subject: String?) throws {
        let c = try #require(rankClaims(text).first, "no rank in: \(text)")
        #expect(c.mention.value?.point == place)
        #expect(c.measure.concept == measure)
        #expect(c.subject == subject)
    }

    @Test(arguments: [
        "The union rejected the third offer.",
        "The seventh round of talks ended on Tuesday.",
        "She finished second in the race.",
    ])
    func ordinalsWithoutASuperlativeAreNoRanks(_ text: String) {
        #expect(rankClaims(text).isEmpty)
    }

    func run(_ reports: [(String, String)]) -> CheckResult {
        newsCheck(reports.enumerated().map { (source: "Source \($0.offset)", published: $0.element.0, text: $0.element.1) })
    }

    @Test func aRankThatClimbsWithTheDaysIsAChange() {
        let r = run([("2024-08-05", "The Pell Creek fire is now the sixth-largest wildfire in Oregon history."),
                     ("2024-08-08", "The Pell Creek fire is now the second-largest wildfire in Oregon history.")])
        #expect(r.conflicts.isEmpty)
        #expect(r.facts.contains { $0.fact.dimension == .rank && $0.assessment.verdict == .changed })
    }

    @Test func twoRanksOnOneDayConflict() {
        let r = run([("2024-08-08", "The Pell Creek fire is now the third-largest wildfire in Oregon history."),
                     ("2024-08-08", "The Pell Creek fire is now the second-largest wildfire in Oregon history.")])
        #expect(r.conflicts.count == 1)
    }

    @Test func rankingsAmongDifferentThingsNeverConflict() {
        let r = run([("2024-08-08", "The Pell Creek fire is the largest wildfire burning in the US, the third-largest in Oregon history."),
                     ("2024-08-08", "The Pell Creek fire is now the second-largest wildfire burning in the US.")])
        // "third-largest in Oregon history" and "second-largest burning in the US" rank among
        // different things.
        #expect(r.conflicts.filter { $0.fact.dimension == .rank }.isEmpty)
    }
}
