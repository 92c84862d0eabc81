import Foundation
import Testing
@testable import CrossCheck

/// The reports people read stay readable on a large corpus: fixtures/harrowmere-water-2025, sixty
/// reports by twenty outlets.
@Suite struct LargeCorpusReportTests {
    static let corpus = "harrowmere-water-2025"

    static func result() throws -> CheckResult { try Fixtures.check(corpus) }

    static func context(_ result: CheckResult) -> ReportContext {
        ReportContext(linkBase: "../fixtures/\(corpus)/", artifactBase: "fixtures/\(corpus)/",
                      gate: Gate.evaluate(result, failOn: .conflict))
    }

    static func markdown() throws -> String {
        let r = try result()
        return MarkdownReporter().report(r, context: context(r))
    }

    /// Visible length: a link counts by its text, not its target.
    static func visibleLength(_ line: Substring) -> Int {
        var out = 0, i = line.startIndex, inTarget = false
        while i < line.endIndex {
            let ch = line[i]
            if !inTarget, ch == "]", line.index(after: i) < line.endIndex, line[line.index(after: i)] == "(" {
                inTarget = true; out += 1; i = line.index(i, offsetBy: 2); continue
            }
            if inTarget { if ch == ")" { inTarget = false } } else { out += 1 }
            i = line.index(after: i)
        }
        return out
    }

    @Test func markdownFitsItsBudget() throws {
        let md = try Self.markdown()
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count < 150, "\(lines.count) lines")
        let widest = lines.map(Self.visibleLength).max() ?? 0
        #expect(widest <= 400, "a line of \(widest) visible characters")
        var rows = 0, most = 0
        for line in lines + [""] {
            if line.hasPrefix("|") { rows += 1 } else { most = max(most, rows - 2); rows = 0 }
        }
        #expect(most < 20, "a table of \(most) rows")
    }

    @Test func disagreeingClaimsComeFirstAndAgreeingOnesCollapse() throws {
        let md = try Self.markdown()
        let fine = try #require(md.range(of: "| Kestrel FM | 2025-09-04 | $4.2 million |"))
        let agreeing = try #require(md.range(of: "✓ and 45 more | "))
        #expect(fine.lowerBound < agreeing.lowerBound)
        #expect(md.contains("<details><summary>45 more reports agree on $2.4 million (20 sources)</summary>"))
    }

    @Test func singleSourceClaimsAreCountedNotListed() throws {
        let md = try Self.markdown()
        #expect(md.contains("stated by one document only"))
        #expect(md.contains("Above \(ReportModel.listSingleSourceUpTo) documents they are counted, not listed"))
        #expect(!md.contains("| fact | value | source | claim |"))
    }

    /// A growing count: the latest value is the best, and each report is scored against its own day.
    @Test func aGrowingCountReadsAsItsLatestValue() throws {
        let r = try Self.result()
        let md = MarkdownReporter().report(r, context: Self.context(r))
        #expect(md.contains("**Latest:** 29 people as of 2025-09-05"))
        #expect(md.contains("14 people (12 reports, 2025-09-02) → 22 people (18 reports, 2025-09-03) → 29 people (30 reports, 2025-09-04 to 2025-09-05)"))
        let hospital = try #require(r.facts.first { $0.assessment.verdict == .changed })
        let agreeing = ReportModel.ownDayAgreement(hospital, r)
        #expect(agreeing.count == hospital.fact.claims.count, "every report gave the figure of its own day")
        // The annotation of an early report says where the figure went, not "best supported".
        let message = Findings.message(hospital, r, Self.context(r))
        #expect(message.contains("latest: 29 people as of 2025-09-05"), "\(message)")
        #expect(!message.contains("best supported"))
    }

    @Test func valuesReadAsAPersonWritesThem() throws {
        let md = try Self.markdown()
        #expect(md.contains("| 14 people |"))
        #expect(!md.contains(" person |"))
        #expect(md.contains("$4.15M–$4.25M"))
        #expect(!md.contains("USD "))
    }

    @Test func goldenMarkdown() throws {
        Golden.check(try Self.markdown(), against: "reports/\(Self.corpus).md")
    }
}
