import Foundation
import Testing
@testable import CrossCheck

/// The real reports the checker was first built on (`../shared/corpus/sma-2020`, beside the clone
/// in CI). A user's clone has none: the test is then skipped, and says why. Read as published, the
/// reports disagree on what Seoul paid under the previous deal and on what Washington now demands,
/// and the seventh round was held on other days than planned. Nothing else conflicts.
@Suite struct SharedCorpusTests {
    static let dir = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/sma-2020")
    static var present: Bool { FileManager.default.fileExists(atPath: dir.appendingPathComponent("corpus.json").path) }

    @Test(.enabled(if: present, "../shared/corpus/sma-2020 is not beside this clone: the real-corpus check is skipped"))
    func realReportsGiveTheirTwoConflictsAndTheMovedRound() throws {
        var ignored: [String] = []
        let files = try Fixtures.corpusFiles(Self.dir).filter { $0.path != "README.md" }
        let manifest = try Data(contentsOf: Self.dir.appendingPathComponent("corpus.json"))
        let corpus = try CorpusBuilder.build(name: "sma-2020", files: files, manifest: Array(manifest), ignoredFiles: &ignored)
        let result = CrossChecker().check(corpus)
        let conflicts = result.facts.filter { $0.assessment.verdict == .conflict }
        let expected = [["$870 million", "$920 million"], ["about $4 billion", "about $5 billion"]]
        for texts in expected {
            #expect(conflicts.contains { ExpectedFindings.fact($0, covers: texts, in: result, atLeast: 2) }, "missing conflict \(texts)")
        }
        for f in conflicts where !expected.contains(where: { ExpectedFindings.fact(f, covers: $0, in: result, atLeast: 2) }) {
            Issue.record("unexpected conflict \(f.label): \(f.fact.claims.map { result.quote($0) })")
        }
        let moved = result.facts.filter { $0.assessment.verdict == .changed && $0.fact.dimension.isEventTime }
        #expect(moved.contains { ExpectedFindings.fact($0, covers: ["Tuesday through Thursday"], in: result, atLeast: 1) },
                "the seventh round's days are no longer reported as changed")
    }
}
