import Testing
@testable import CrossCheck

@Suite struct ExtractReporterTests {
    /// A source that wraps its lines inside a figure or a credited party still gives one mention
    /// (and one claim) per line of the text output.
    @Test func oneMentionPerLineWhateverTheSourceLineBreaks() {
        let text = "The Belmoran Red Cross said 31\npeople died, while police said\r\n23 people died on Wednesday.\n"
        var doc = DocBuilder(text, path: "a.txt", source: "A", published: "2024-05-09")
        doc.count("31\npeople", 31, 31, point: 31, noun: "person")
        doc.count("23 people", 23, 23, point: 23, noun: "person")
        let extracted = [doc.build()]
        let out = ExtractReporter.text(extracted, claims: claims([doc]))
        let mentionLines = out.split(separator: "\n").filter { $0.contains("\tcount\t") }
        #expect(mentionLines.count >= 2)
        #expect(out.contains("\"31 people\""), "\(out)")
        #expect(!out.contains("\r"))
        // Every line starts with a position or a header: nothing spilled onto a line of its own.
        for line in out.split(separator: "\n") {
            #expect(line.hasPrefix("==") || line.hasPrefix("--") || line.first?.isNumber == true, "stray line: \(line)")
        }
    }

    @Test func singleLineJoinsBreaksAndTheirSpaces() {
        #expect(ExtractReporter.singleLine("a \n  b") == "a b")
        #expect(ExtractReporter.singleLine("a\r\nb\u{2028}c") == "a b c")
        #expect(ExtractReporter.singleLine("1:2\tcount\t\"x\"") == "1:2\tcount\t\"x\"")
    }
}

@Suite struct ReadableValueTests {
    @Test(arguments: [("person", "people"), ("company", "companies"), ("box", "boxes"), ("home", "homes"),
                      ("child", "children"), ("sheep", "sheep"), ("day", "days")])
    func plurals(_ lemma: String, _ plural: String) {
        #expect(ReadableValue.plural(lemma) == plural)
    }

    @Test func countedNounAsWritten() {
        #expect(ReadableValue.countedNoun(lemma: "korean", quote: "9,000 Koreans", singular: false) == "Koreans")
        #expect(ReadableValue.countedNoun(lemma: "employee", quote: "some 9,000 Korean employees", singular: false) == "employees")
        #expect(ReadableValue.countedNoun(lemma: "person", quote: "14 dead", singular: false) == "people")
        #expect(ReadableValue.countedNoun(lemma: "person", quote: "one person", singular: true) == "person")
    }
}
