import Testing
@testable import CrossCheck

/// Runs every rule's examples and counter-examples (`RuleCatalog.all`) through the standard
/// extractor, so that a rule is pinned down by the examples written beside it.
@Suite struct RuleExampleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: String
        var example: RuleExample
        var testDescription: String { "\(rule): \(example.span)" }
    }

    struct Counter: Sendable, CustomTestStringConvertible {
        var rule: String
        var example: RuleCounterExample
        var testDescription: String { "\(rule): not \(example)" }
    }

    static let cases = RuleCatalog.all.flatMap { r in r.examples.map { Case(rule: r.name, example: $0) } }
    static let counters = RuleCatalog.all.flatMap { r in r.counterExamples.map { Counter(rule: r.name, example: $0) } }

    static func extract(_ sentence: String, published: String) -> ExtractedDocument {
        var document = Document(path: "rule.txt", text: SourceText(sentence))
        document.metadata.published = CalendarDate(iso: published)
        return Extractor().extract(document)
    }

    @Test(arguments: cases) func example(_ c: Case) {
        let doc = Self.extract(c.example.sentence, published: c.example.published)
        let seen = doc.mentions.map { "\($0.kind.rawValue) \"\(doc.text.text($0.range))\" \(ValueFormatter.understood($0))" }
        guard let m = doc.mentions.first(where: { doc.text.text($0.range) == c.example.span }) else {
            Issue.record("no mention \"\(c.example.span)\"; got \(seen)")
            return
        }
        if let problem = RuleExpectations.mismatch(m, c.example.expected) { Issue.record("\(problem); got \(seen)") }
    }

    @Test(arguments: counters) func counterExample(_ c: Counter) {
        let doc = Self.extract(c.example.sentence, published: "2024-05-10")
        let offending = doc.mentions.filter { m in
            m.kind == c.example.kind && (c.example.span.map { doc.text.text(m.range) == $0 } ?? true)
                && (c.example.dimension.map { m.measurement?.dimension == $0 } ?? true)
        }
        #expect(offending.isEmpty, "\(offending.map { doc.text.text($0.range) })")
    }

    @Test func ruleNamesAreUnique() {
        let names = RuleCatalog.all.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
