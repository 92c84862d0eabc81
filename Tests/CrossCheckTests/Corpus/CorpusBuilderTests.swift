import Testing
@testable import CrossCheck

@Suite struct CorpusBuilderTests {
    func file(_ path: String, _ text: String) -> CorpusFile { CorpusFile(path: path, bytes: Array(text.utf8)) }

    func build(_ files: [CorpusFile], manifest: String? = nil) throws -> (Corpus, [String]) {
        var ignored: [String] = []
        let corpus = try CorpusBuilder.build(name: "c", files: files, manifest: manifest.map { Array($0.utf8) }, ignoredFiles: &ignored)
        return (corpus, ignored)
    }

    @Test func manifestGivesSourcesAndDatesAndSelectsDocuments() throws {
        let manifest = #"{"name": "Talks", "documents": [{"path": "b.txt", "source": "Wire", "published": "2020-03-18"}, {"path": "a.txt", "source": "Paper"}]}"#
        let (corpus, ignored) = try build([file("a.txt", "A."), file("b.txt", "B."), file("extra.md", "C.")], manifest: manifest)
        #expect(corpus.name == "Talks")
        #expect(corpus.documents.map(\.path) == ["a.txt", "b.txt"])
        #expect(corpus.documents[1].metadata.published == CalendarDate(iso: "2020-03-18"))
        #expect(corpus.documents[1].metadata.publishedFrom == .manifest)
        #expect(corpus.documents[0].metadata.published == nil)
        #expect(ignored == ["extra.md"])
    }

    @Test func manifestNamingAMissingFileIsAnError() {
        #expect(throws: CorpusError.manifestNamesMissingFile(manifest: "corpus.json", path: "gone.txt")) {
            try build([file("a.txt", "A.")], manifest: #"{"documents": [{"path": "gone.txt"}]}"#)
        }
    }

    @Test func manifestDateThatIsNotADateIsAnError() {
        #expect(throws: CorpusError.invalidDate(path: "corpus.json (a.txt)", value: "March 18", field: "published")) {
            try build([file("a.txt", "A.")], manifest: #"{"documents": [{"path": "a.txt", "published": "March 18"}]}"#)
        }
    }

    @Test func manifestThatIsNotJSONIsAnError() {
        #expect(throws: CorpusError.manifestUnreadable(path: "corpus.json", reason: "not valid JSON")) {
            try build([file("a.txt", "A.")], manifest: "{nope")
        }
    }

    @Test func frontMatterGivesSourceAndDate() throws {
        let (corpus, _) = try build([file("a.md", "---\nsource: Herald\npublished: 2024-05-07\n---\nBody text.\n")])
        let doc = corpus.documents[0]
        #expect(doc.metadata.source == "Herald")
        #expect(doc.metadata.published?.description == "2024-05-07")
        #expect(doc.metadata.publishedFrom == .frontMatter)
        #expect(doc.text.string(ByteRange(doc.bodyStart, doc.text.count)) == "Body text.\n")
    }

    @Test func frontMatterDateThatIsNotADateIsAnError() {
        #expect(throws: CorpusError.invalidDate(path: "a.md", value: "2024-13-07", field: "front matter published")) {
            try build([file("a.md", "---\npublished: 2024-13-07\n---\nBody.\n")])
        }
    }

    @Test func unterminatedFrontMatterIsAnError() {
        #expect(throws: CorpusError.frontMatterUnterminated(path: "a.md")) {
            try build([file("a.md", "---\nsource: X\nBody.\n")])
        }
    }

    @Test func nonUTF8FileIsAnError() {
        #expect(throws: CorpusError.notUTF8(path: "bad.txt")) {
            try build([CorpusFile(path: "bad.txt", bytes: [0x48, 0xFF, 0xFE])])
        }
    }

    @Test func emptyCorpusIsAnError() {
        #expect(throws: CorpusError.empty(root: "c")) { try build([]) }
        #expect(throws: CorpusError.empty(root: "c")) { try build([file("README.md", "about")]) }
    }

    @Test func documentsComeInByteOrderWithoutAManifest() throws {
        let (corpus, ignored) = try build([file("b/z.txt", "Z."), file("B.txt", "B."), file("a.md", "A."), file("README.md", "R")])
        #expect(corpus.documents.map(\.path) == ["B.txt", "a.md", "b/z.txt"])
        #expect(ignored == ["README.md"])
    }

    @Test func errorsNameTheFile() {
        #expect(CorpusError.notUTF8(path: "x/bad.txt").description.contains("x/bad.txt"))
        #expect(CorpusError.manifestNamesMissingFile(manifest: "corpus.json", path: "gone.txt").description.contains("gone.txt"))
    }
}
