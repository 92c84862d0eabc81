import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CrossCheck

@Suite struct SARIFReporterTests {
    func sarif() throws -> [String: Any] {
        let result = try GoldenRun.result()
        let text = SARIFReporter().report(result, context: GoldenRun.context(result, forFile: "."))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The fields GitHub code scanning requires (the full schema check is tools/validate-sarif.py).
    @Test func hasTheFieldsGitHubRequires() throws {
        let root = try sarif()
        #expect(root["version"] as? String == "2.1.0")
        #expect((root["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "crosscheck")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        for rule in rules {
            #expect(rule["id"] is String)
            for key in ["shortDescription", "fullDescription", "help"] {
                #expect((rule[key] as? [String: Any])?["text"] is String, "rule \(rule["id"] ?? "?") lacks \(key).text")
            }
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 4)
        var fingerprints = Set<String>()
        for r in results {
            #expect(rules.contains { $0["id"] as? String == r["ruleId"] as? String })
            #expect(["error", "warning", "note"].contains(r["level"] as? String ?? ""))
            let message = try #require((r["message"] as? [String: Any])?["text"] as? String)
            let locations = try #require(r["locations"] as? [[String: Any]])
            #expect(locations.count == 1)
            let physical = try #require(locations[0]["physicalLocation"] as? [String: Any])
            let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(uri.hasPrefix("fixtures/sma-2020/"))
            #expect(FileManager.default.fileExists(atPath: Fixtures.root.appendingPathComponent(uri).path))
            let region = try #require(physical["region"] as? [String: Any])
            for key in ["startLine", "startColumn", "endLine", "endColumn"] { #expect(region[key] is Int, "region lacks \(key)") }
            let related = r["relatedLocations"] as? [[String: Any]] ?? []
            for (i, location) in related.enumerated() {
                #expect(location["id"] as? Int == i + 1)
                #expect(message.contains("](\(i + 1))"), "the message links related location \(i + 1)")
            }
            let fingerprint = try #require((r["partialFingerprints"] as? [String: String])?["crosscheckFactId/v1"])
            #expect(fingerprint.hasPrefix("CC"))
            fingerprints.insert(fingerprint)
        }
        #expect(fingerprints.count == results.count)
    }

    @Test func regionCoversTheClaimInUnicodeScalars() throws {
        var doc = DocBuilder("Café owners said it cost $870 million.\n", path: "a.txt", source: "A", published: "2020-03-18")
        doc.money("$870 million", 865e6, 875e6, point: 870e6)
        var other = DocBuilder("It cost $920 million, the mayor said.\n", path: "b.txt", source: "B", published: "2020-03-18")
        other.money("$920 million", 915e6, 925e6, point: 920e6)
        let result = check([doc, other])
        guard let conflict = result.conflicts.first else { Issue.record("no conflict"); return }
        let value = SARIFReporter().reportValue(result, context: ReportContext(gate: Gate.evaluate(result, failOn: .conflict)))
        let text = value.serialized()
        // "Café owners said it cost " is 25 scalars; the claim starts at column 26 in a.txt or column 9 in b.txt.
        #expect(text.contains("\"startColumn\": 26") || text.contains("\"startColumn\": 9"))
        #expect(text.contains(conflict.id))
    }

    @Test func uriEscapesSpacesAndKeepsSlashes() {
        #expect(SARIFReporter.uri("news/a b/ü.txt") == "news/a%20b/%C3%BC.txt")
    }

    @Test func messageEscapesLiteralBrackets() {
        #expect(SARIFReporter.escape("a [b] c") == "a \\[b\\] c")
    }
}

@Suite struct GitHubReporterTests {
    @Test func messagesEscapePercentAndLineBreaks() {
        #expect(GitHubReporter.escapeData("50% up\r\nnext: a, b") == "50%25 up%0D%0Anext: a, b")
    }

    @Test func propertiesAlsoEscapeColonsAndCommas() {
        #expect(GitHubReporter.escapeProperty("a: b, c%\n") == "a%3A b%2C c%25%0A")
    }

    @Test func commandPutsPropertiesAndMessageInPlace() {
        let line = GitHubReporter.command("error", properties: [("file", "news/a,b.txt"), ("line", "3"), ("title", "Conflict: x")],
                                          message: "said 5%,\nthen: 6")
        #expect(line == "::error file=news/a%2Cb.txt,line=3,title=Conflict%3A x::said 5%25,%0Athen: 6")
    }

    @Test func oneAnnotationPerOpenFinding() throws {
        let result = try GoldenRun.result()
        let text = GitHubReporter().report(result, context: GoldenRun.context(result, forFile: "."))
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == result.conflicts.count)
        #expect(lines.allSatisfy { !$0.contains("\r") })
        #expect(lines.first?.contains("file=fixtures/sma-2020/") == true)
    }
}

@Suite struct JUnitReporterTests {
    @Test func escapesMarkupAndLineBreaks() {
        #expect(JUnitReporter.escape("a<b & \"c\" 'd'>\ne\u{1}") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;&#10;e")
    }

    @Test func oneFailurePerFindingAndUniqueNames() throws {
        let result = try GoldenRun.result()
        let xml = JUnitReporter().report(result, context: GoldenRun.context(result, forFile: "."))
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "))
        #expect(xml.components(separatedBy: "<failure ").count - 1 == result.conflicts.count)
        #expect(xml.contains("failures=\"\(result.conflicts.count)\""))
        let names = xml.components(separatedBy: " name=\"").dropFirst(2).map { $0.prefix { $0 != "\"" } }
        #expect(Set(names).count == names.count)
        // Parses as XML.
        _ = try XMLDocument(data: Data(xml.utf8))
    }

    @Test func failOnChangedAlsoFailsChanges() throws {
        let result = try GoldenRun.result()
        let context = ReportContext(artifactBase: "fixtures/sma-2020/", gate: Gate.evaluate(result, failOn: .changed))
        let xml = JUnitReporter().report(result, context: context)
        #expect(xml.components(separatedBy: "<failure ").count - 1 == result.conflicts.count + result.count(.changed))
    }
}
