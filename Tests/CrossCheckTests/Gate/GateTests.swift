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

    /// A draft about a story whose reports are all more than a month old speaks as of the newest
    /// report: its "on March 17" is that story's March.
    @Test func undatedDraftAboutAnOldStoryIsDatedByTheNewestReport() throws {
        let corpus = try Fixtures.corpus(Fixtures.root.appendingPathComponent("fixtures/sma-2020"))
        let draft = try CorpusBuilder.document(CorpusFile(path: "d.md", bytes: Array("Seoul paid $870 million last year.\n".utf8)))
        let result = CrossChecker().checkDraft(corpus, draft: draft, today: CalendarDate(iso: "2026-11-30")!)
        #expect(result.documents.last?.document.metadata.published == CalendarDate(iso: "2020-04-07"))
        #expect(CrossChecker.draftDay(today: CalendarDate(iso: "2020-05-01")!, sources: [CalendarDate(iso: "2020-04-07")!]) == CalendarDate(iso: "2020-05-01"))
    }
}

/// The draft rules on small in-memory stories: what backs a draft figure, what does not.
@Suite struct DraftBackingTests {
    func doc(_ path: String, _ source: String, _ published: String, _ text: String) -> Document {
        Document(path: path, text: SourceText(text),
                 metadata: DocumentMetadata(source: source, published: CalendarDate(iso: published), publishedFrom: .manifest))
    }

    func findings(sources: [Document], draft: String, published: String) -> [AssessedFact] {
        let corpus = Corpus(name: "test", documents: sources)
        let d = doc("draft.md", "draft", published, draft)
        return CrossChecker().checkDraft(corpus, draft: d, today: CalendarDate(iso: published)!).facts
    }

    let fire = [
        ("a.txt", "Ridge Post", "2024-08-01", "The Corlow Fire started on July 9 near Pell Creek. It has destroyed 120 homes, officials said on Thursday."),
        ("b.txt", "Valley Wire", "2024-08-03", "The Corlow Fire, which began on July 9 near Pell Creek, has now destroyed 180 homes, officials said Saturday."),
        ("c.txt", "Basin Daily", "2024-08-03", "Officials said Saturday that 180 homes had been destroyed by the Corlow Fire, which ignited in mid-July."),
    ]

    var fireSources: [Document] { fire.map { doc($0.0, $0.1, $0.2, $0.3) } }

    @Test func aMovingFigureFollowsTheLatestReports() {
        let facts = findings(sources: fireSources, draft: "The Corlow Fire has destroyed 180 homes, officials said Saturday.", published: "2024-08-03")
        #expect(!facts.contains { $0.assessment.verdict == .conflict }, "\(facts.map(\.assessment))")
    }

    @Test func aMovingFigureNoSourceGivesIsAConflict() {
        // On the sources' latest day, a different figure simply clashes.
        let sameDay = findings(sources: fireSources, draft: "The Corlow Fire has destroyed 260 homes, officials said Saturday.", published: "2024-08-03")
        #expect(sameDay.first { $0.fact.claims.contains { c in c.mention.value?.point == 260 } }?.assessment.verdict == .conflict)
        // Days later, it is a change that no source reports.
        let later = findings(sources: fireSources, draft: "The Corlow Fire has destroyed 260 homes, officials said Tuesday.", published: "2024-08-06")
        let homes = later.first { $0.fact.claims.contains { c in c.mention.value?.point == 260 } }
        #expect(homes?.assessment.verdict == .conflict)
        #expect(homes?.assessment.reasons.contains(.changeNoSourceReports) == true, "\(String(describing: homes?.assessment.reasons))")
    }

    @Test func theStartOfAnEventIsNoMovingFigure() {
        let facts = findings(sources: fireSources, draft: "The Corlow Fire, which began on July 19 near Pell Creek, has destroyed 180 homes.", published: "2024-08-03")
        let start = facts.first { $0.fact.kind == .date && $0.assessment.verdict == .conflict }
        #expect(start != nil, "\(facts.map { ($0.fact.kind, $0.assessment.verdict) })")
    }

    @Test func aLooserSourceDoesNotBackAPreciseDraft() {
        let sources = [doc("c.txt", "Basin Daily", "2024-08-03", "The Corlow Fire, which ignited in mid-July near Pell Creek, has destroyed 180 homes.")]
        let facts = findings(sources: sources, draft: "The Corlow Fire, which ignited on July 12 near Pell Creek, has destroyed 180 homes.", published: "2024-08-03")
        let start = facts.first { $0.fact.kind == .date }
        #expect(start?.assessment.verdict == .unsupported)
        #expect(start?.assessment.reasons == [.sourcesLessPrecise])
    }
}
