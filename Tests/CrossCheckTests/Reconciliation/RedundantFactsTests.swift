import Testing
@testable import CrossCheck

/// A statement about a person gives a role claim and a holder claim; the report shows it once.
@Suite struct RedundantFactsTests {
    func run(_ texts: [String]) -> CheckResult {
        newsCheck(texts.enumerated().map { (source: "Source \($0.offset)", published: "2024-06-0\($0.offset + 1)", text: $0.element) })
    }

    func personFacts(_ r: CheckResult) -> [AssessedFact] {
        r.facts.filter { $0.fact.dimension == .role || $0.fact.dimension == .holder }
    }

    @Test func oneStatementOfAPersonsJobIsOneFact() {
        let r = run(["Harlow County Sheriff Dana Pruett said 40 homes burned.",
                     "Harlow County Sheriff Dana Pruett said crews were tired."])
        #expect(personFacts(r).count == 1, "\(personFacts(r).map(\.label))")
    }

    @Test func aConflictIsNeverLeftOut() {
        let r = run(["Harlow County Sheriff Dana Pruett said 40 homes burned.",
                     "Harlow County Sheriff Dina Pruett said crews were tired."])
        let conflicts = personFacts(r).filter { $0.assessment.verdict == .conflict }
        #expect(conflicts.count == 1)
        // The role facts of each spelling hold nothing the conflict does not show.
        #expect(personFacts(r).count == 1, "\(personFacts(r).map(\.label))")
    }

    @Test func theFactThatHoldsMoreIsKept() {
        // A former sheriff holds no job now (no holder claim), but is still a role claim: the role
        // fact holds all three statements, the holder fact two of them.
        let r = run(["Harlow County Sheriff Dana Pruett said 40 homes burned.",
                     "Harlow County Sheriff Dana Pruett said crews were tired.",
                     "Former sheriff Dana Pruett, now a deputy, said the wind had dropped."])
        let kept = personFacts(r)
        #expect(kept.count == 1)
        #expect(kept.first?.fact.dimension == .role)
        #expect(kept.first?.fact.claims.count == 3)
    }
}
