import Testing
@testable import CrossCheck

/// Each fixture corpus gets exactly the findings its expected.json lists: every planted conflict
/// found (as a change where that is allowed), no other conflict, and no look-alike pair inside a
/// conflict.
@Suite struct ExpectedFindingsTests {
    /// With no corpus found the parametrized test below runs zero cases and passes: this one fails
    /// instead (a checkout without fixtures, or `Fixtures.root` resolving to the wrong folder).
    @Test func fixtureCorporaAreFound() {
        let found = Fixtures.expectedCorpora
        #expect(!found.isEmpty, "expected the fixture corpora with an expected.json under \(Fixtures.root.path)/fixtures; found \(found)")
    }

    @Test(arguments: Fixtures.expectedCorpora)
    func corpusGetsExactlyItsExpectedFindings(_ corpus: String) throws {
        let expected = try ExpectedFindings(corpus: corpus)
        let result = try Fixtures.check(corpus)
        let disagreements = result.facts.filter { $0.assessment.verdict == .conflict || $0.assessment.verdict == .changed }
        var explained = Set<String>()
        for entry in expected.conflicts {
            let match = disagreements.first { f in
                (f.assessment.verdict == .conflict || entry.acceptAsChanged)
                    && ExpectedFindings.fact(f, covers: entry.texts, in: result, atLeast: entry.texts.count)
            }
            if match == nil { Issue.record("\(corpus): missing conflict: \(entry.what)") }
            if let match { explained.insert(match.id) }
        }
        for entry in expected.knownMisses {
            let found = disagreements.first { f in
                f.assessment.verdict == .conflict && ExpectedFindings.fact(f, covers: entry.texts, in: result, atLeast: entry.texts.count)
            }
            if let found {
                Issue.record("\(corpus): a known miss is now found, move it to conflicts: \(entry.what)")
                explained.insert(found.id)
            }
        }
        for entry in expected.changed {
            for f in disagreements where ExpectedFindings.fact(f, covers: entry.texts, in: result, atLeast: 2) {
                if f.assessment.verdict != .changed { Issue.record("\(corpus): change reported as a conflict: \(entry.what)") }
                explained.insert(f.id)
            }
        }
        for f in result.facts where f.assessment.verdict == .conflict && !explained.contains(f.id) {
            let texts = f.fact.claims.map { result.quote($0) }.joined(separator: " | ")
            Issue.record("\(corpus): unexpected conflict \(f.label): \(texts)")
        }
        for entry in expected.notConflicts {
            for f in result.facts where f.assessment.verdict == .conflict {
                if ExpectedFindings.fact(f, covers: entry.texts, in: result, atLeast: 2) {
                    Issue.record("\(corpus): look-alike reported as a conflict: \(entry.what)")
                }
            }
        }
    }
}
