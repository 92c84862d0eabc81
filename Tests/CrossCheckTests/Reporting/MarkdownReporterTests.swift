import Testing
@testable import CrossCheck

@Suite struct MarkdownReporterTests {
    @Test func firstConflictIsOnTheFirstScreen() throws {
        let result = try GoldenRun.result()
        let lines = MarkdownReporter().report(result, context: GoldenRun.context(result)).split(separator: "\n", omittingEmptySubsequences: false)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("### 1.") })
        #expect(heading < 15, "the first conflict starts at line \(heading + 1)")
        // Its table follows within a few lines.
        #expect(lines[heading..<min(lines.count, heading + 8)].contains { $0.hasPrefix("| source | date | as written | understood | quote |") })
    }

    @Test func quoteBoldsTheClaimAndLinksItsLine() throws {
        let result = try GoldenRun.result()
        let md = MarkdownReporter().report(result, context: GoldenRun.context(result))
        #expect(md.contains("**$920 million**"))
        #expect(md.contains("](../fixtures/sma-2020/stars-and-stripes-2020-03-16.txt#L5)"))
    }

    @Test func longSentencesAreCutAroundTheClaim() {
        var doc = DocBuilder(String(repeating: "word ", count: 40) + "it paid $870 million to them " + String(repeating: "more ", count: 40) + "end.",
                             path: "a.txt", source: "A", published: "2020-03-18")
        doc.money("$870 million", 865e6, 875e6, point: 870e6)
        let result = check([doc])
        let c = result.facts.flatMap(\.fact.claims).first { result.quote($0) == "$870 million" }!
        let q = MarkdownReporter().quote(c, result)
        #expect(q.hasPrefix("“…"))
        #expect(q.hasSuffix("…”"))
        #expect(q.contains("**$870 million**"))
        #expect(q.count < 200)
    }

    @Test func tableCellsEscapeMarkup() {
        #expect(MarkdownReporter().escape("a|b <c> *d* [e]") == "a\\|b &lt;c&gt; \\*d\\* \\[e\\]")
    }

    @Test func baselineSectionsListAcceptedAndStaleEntries() throws {
        let result = try GoldenRun.result()
        let conflict = result.conflicts[0]
        let baseline = Baseline(entries: [BaselineEntry(id: conflict.id, label: conflict.label, verdict: "conflict", values: []),
                                          BaselineEntry(id: "CCGONE", label: "An old fact", verdict: "conflict", values: ["1", "2"])])
        let gate = Gate.evaluate(result, failOn: .conflict, baseline: baseline, baselineFile: "baseline.json")
        let md = MarkdownReporter().report(result, context: ReportContext(gate: gate))
        #expect(md.contains("## Accepted by the baseline"))
        #expect(md.contains("## Baseline entries that no longer match"))
        #expect(md.contains("`CCGONE` An old fact"))
        #expect(md.contains("**1 conflict**"))
    }
}
