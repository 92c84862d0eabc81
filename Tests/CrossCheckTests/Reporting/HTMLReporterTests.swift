import Foundation
import Testing
@testable import CrossCheck

/// The HTML report: one self-contained file, semantic and keyboard-reachable, readable without
/// JavaScript. tools/browser-test.sh renders it in headless Chromium.
@Suite struct HTMLReporterTests {
    static func page(_ corpus: String = "sma-2020") throws -> (CheckResult, String) {
        let result = try Fixtures.check(corpus)
        let context = ReportContext(linkBase: "../fixtures/\(corpus)/", artifactBase: "fixtures/\(corpus)/",
                                    gate: Gate.evaluate(result, failOn: .conflict))
        return (result, HTMLReporter().report(result, context: context))
    }

    @Test func selfContained() throws {
        let (_, html) = try Self.page()
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
        for external in ["http://", "https://", "<link", "src=", "@import", "url(", "@font-face"] {
            #expect(!html.contains(external), "the page refers outside itself: \(external)")
        }
        #expect(html.contains("Content-Security-Policy"))
    }

    @Test func summaryBarCarriesTheGate() throws {
        let (_, html) = try Self.page()
        #expect(html.contains("<p class=\"gate gate-failed\" role=\"status\">"))
        #expect(html.contains("<strong>Gate: failed</strong> (2 open findings) · fails on conflicts"))
    }

    @Test func everyFindingIsATableOfSourcesWithANumberLine() throws {
        let (result, html) = try Self.page()
        for f in result.facts where f.assessment.verdict == .conflict || f.assessment.verdict == .changed {
            #expect(html.contains("<article class=\"finding \(f.assessment.verdict.rawValue)\" id=\"f-\(f.id)\""))
        }
        #expect(html.contains("<caption>"))
        #expect(html.contains("<th scope=\"col\">on the line</th>"))
        #expect(html.contains("<tr class=\"disagrees\"><th scope=\"row\"><span class=\"off\""))
        #expect(html.contains("<svg class=\"line\""))
        #expect(html.contains("role=\"img\" aria-label=\"$915M–$925M on a line from"))
    }

    /// Without JavaScript a quote is a link to its claim's highlight in the document text.
    @Test func quotesLinkToHighlightedClaimsInTheText() throws {
        let (result, html) = try Self.page()
        let conflict = try #require(result.conflicts.first)
        for c in conflict.fact.claims {
            let anchor = HTMLBuilder.claimAnchor(c)
            #expect(html.contains("id=\"\(anchor)\""), "no highlight for \(anchor)")
        }
        #expect(html.contains("<a class=\"quote\" href=\"#c-"))
        #expect(html.contains("<article class=\"document\" id=\"d0\""))
        #expect(html.contains("<mark id=\"c-"))
    }

    @Test func filterControlsAppearOnlyWithJavaScript() throws {
        let (_, html) = try Self.page()
        #expect(html.contains("<form class=\"filter\" id=\"filter\" hidden"))
        #expect(html.contains("form.hidden=false"))
        #expect(html.contains("data-verdict=\"single-source\""))
    }

    @Test func textIsEscaped() {
        #expect(HTMLBuilder.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
    }

    @Test func goldenLargeCorpusPage() throws {
        let (_, html) = try Self.page("harrowmere-water-2025")
        Golden.check(html, against: "reports/harrowmere-water-2025.html")
    }
}
