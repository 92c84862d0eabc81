import Foundation
import Testing
@testable import CrossCheck

@Suite struct BaselineTests {
    @Test func roundTripsWithSortedKeysAndNoLineNumbers() throws {
        let result = try Fixtures.check("sma-2020")
        let baseline = Baseline.from(result)
        #expect(baseline.entries.count == result.conflicts.count + result.count(.changed))
        let text = baseline.serialized()
        #expect(try Baseline.parse(Array(text.utf8), file: "b.json") == baseline)
        #expect(!text.contains("\"line\""))
        let ids = baseline.entries.keys.sorted()
        var last = text.startIndex
        for id in ids {
            let at = try #require(text.range(of: "\"\(id)\"", range: last..<text.endIndex))
            last = at.upperBound
        }
        #expect(text.contains("\"$920 million\""))
        #expect(text.hasPrefix("{\n  \"findings\": {"))
    }

    @Test func notABaselineIsAnError() {
        #expect(throws: ConfigurationError.self) { try Baseline.parse(Array("[]".utf8), file: "b.json") }
        #expect(throws: ConfigurationError.self) { try Baseline.parse(Array("{\"version\": 1}".utf8), file: "b.json") }
    }
}

@Suite struct GateTests {
    @Test func thresholds() {
        #expect(FailThreshold.conflict.fails(.conflict))
        #expect(!FailThreshold.conflict.fails(.changed))
        #expect(FailThreshold.changed.fails(.changed))
        #expect(!FailThreshold.changed.fails(.consistent))
        #expect(!FailThreshold.never.fails(.conflict))
    }

    @Test func baselineAcceptsKnownFindingsAndListsStaleOnes() throws {
        let result = try Fixtures.check("sma-2020")
        let first = result.conflicts[0]
        let baseline = Baseline(entries: [BaselineEntry(id: first.id, label: first.label, verdict: "conflict", values: []),
                                          BaselineEntry(id: "CCSTALE", label: "gone", verdict: "conflict", values: [])])
        let gate = Gate.evaluate(result, failOn: .conflict, baseline: baseline, baselineFile: "b.json")
        #expect(gate.accepted == [first.id])
        #expect(gate.stale.map(\.id) == ["CCSTALE"])
        #expect(gate.failing.map(\.id) == Array(result.conflicts.dropFirst()).map(\.id))
        #expect(!gate.passed)
        let all = Gate.evaluate(result, failOn: .changed, baseline: Baseline.from(result))
        #expect(all.passed)
        #expect(all.stale.isEmpty)
    }

    @Test func factIDsSurviveMovedLinesAndChangeWithValues() throws {
        func ids(_ prefix: String, _ value: String) -> Set<String> {
            var a = DocBuilder(prefix + "Seoul paid \(value) last year.", path: "a.txt", source: "A", published: "2020-03-18")
            a.money(value, 0, 0, point: value == "$870 million" ? 870e6 : 920e6)
            a.mentions[0].value = QuantityValue(low: a.mentions[0].value!.point! - 5e6, high: a.mentions[0].value!.point! + 5e6,
                                                point: a.mentions[0].value!.point!, unit: "USD")
            var b = DocBuilder("Last year Seoul paid $900 million.", path: "b.txt", source: "B", published: "2020-03-19")
            b.money("$900 million", 895e6, 905e6, point: 900e6)
            return Set(check([a, b]).facts.filter(Gate.isFinding).map(\.id))
        }
        let original = ids("", "$870 million")
        #expect(!original.isEmpty)
        #expect(ids("A new first paragraph.\n\n\n", "$870 million") == original)
        #expect(ids("", "$920 million").isDisjoint(with: original))
    }
}

@Suite struct DraftCheckTests {
    func draft(_ name: String) throws -> Document {
        let url = Fixtures.root.appendingPathComponent("fixtures/drafts/\(name)")
        return try CorpusBuilder.document(CorpusFile(path: "fixtures/drafts/\(name)", bytes: Array(try Data(contentsOf: url))))
    }

    func check(_ name: String) throws -> CheckResult {
        let corpus = try Fixtures.corpus(Fixtures.root.appendingPathComponent("fixtures/sma-2020"))
        return CrossChecker().checkDraft(corpus, draft: try draft(name), today: CalendarDate(iso: "2020-04-08")!)
    }

    @Test func draftThatRepeatsTheSourcesPasses() throws {
        let result = try check("sma-2020-agrees.md")
        let gate = Gate.evaluate(result, failOn: .conflict)
        #expect(gate.passed, "unexpected findings: \(gate.failing.map(\.label))")
    }

    @Test func draftWithAWrongFigureFailsWithThatFinding() throws {
        let result = try check("sma-2020-disagrees.md")
        let gate = Gate.evaluate(result, failOn: .conflict)
        #expect(gate.failing.count == 1)
        let finding = try #require(gate.failing.first)
        let draftIndex = result.documents.count - 1
        #expect(finding.fact.claims[0].documentIndex == draftIndex, "the draft's claim comes first")
        #expect(result.quote(finding.fact.claims[0]) == "$920 million")
        #expect(finding.fact.claims.contains { result.quote($0) == "$870 million" })
        #expect(result.documents[draftIndex].document.metadata.source == "draft")
    }

    @Test func everyKeptFactConcernsTheDraft() throws {
        let result = try check("sma-2020-disagrees.md")
        let draftIndex = result.documents.count - 1
        #expect(result.facts.allSatisfy { $0.fact.claims.contains { $0.documentIndex == draftIndex } })
        #expect(result.facts.allSatisfy { $0.assessment.verdict != .consistent })
    }

    @Test func undatedDraftIsDatedToday() throws {
        let corpus = try Fixtures.corpus(Fixtures.root.appendingPathComponent("fixtures/sma-2020"))
        let draft = try CorpusBuilder.document(CorpusFile(path: "d.md", bytes: Array("Seoul paid $870 million last year.\n".utf8)))
        let result = CrossChecker().checkDraft(corpus, draft: draft, today: CalendarDate(iso: "2020-04-09")!)
        #expect(result.documents.last?.document.metadata.published == CalendarDate(iso: "2020-04-09"))
    }
}
