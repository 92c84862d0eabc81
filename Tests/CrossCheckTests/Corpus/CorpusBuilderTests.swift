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
        #expect(throws: CorpusError.manifestUnreadable(path: "corpus.json", reason: "not valid JSON (line 1, column 2: expected a key in double quotes)")) {
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

    // MARK: bad input (issue 9)

    @Test func byteOrderMarkBeforeFrontMatterIsStripped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\nsource: Herald\npublished: 2024-05-07\n---\nBody.\n".utf8)
        let (corpus, _) = try build([CorpusFile(path: "a.md", bytes: bytes)])
        #expect(corpus.documents[0].metadata.source == "Herald")
        #expect(corpus.documents[0].metadata.publishedFrom == .frontMatter)
        #expect(corpus.documents[0].text.bytes.first == UInt8(ascii: "-"))
    }

    @Test func aNulByteMakesAFileBinary() {
        #expect(throws: CorpusError.binary(path: "n.txt")) {
            try build([CorpusFile(path: "n.txt", bytes: Array("He paid $40".utf8) + [0] + Array(" million.".utf8))])
        }
    }

    func manifestError(_ manifest: String) -> String? {
        do {
            _ = try build([file("a.txt", "A."), file("b.txt", "B.")], manifest: manifest)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func manifestValuesOfTheWrongTypeAreErrorsNamingFieldAndType() {
        #expect(manifestError(#"{"documents": [{"path": "a.txt", "source": ["A"]}]}"#)
                == #"corpus.json: "documents[0].source" must be a string (got an array)"#)
        #expect(manifestError(#"{"documents": [{"path": "a.txt", "published": 20200318}]}"#)
                == #"corpus.json: "documents[0].published" must be a string (got a number)"#)
        #expect(manifestError(#"{"documents": [{"path": "a.txt", "url": true}]}"#)
                == #"corpus.json: "documents[0].url" must be a string (got true or false)"#)
        #expect(manifestError(#"{"name": 7, "documents": [{"path": "a.txt"}]}"#)
                == #"corpus.json: "name" must be a string (got a number)"#)
        #expect(manifestError(#"{"documents": ["a.txt"]}"#)
                == #"corpus.json: documents[0] must be an object such as {"path": "a.md"} (got a string)"#)
        #expect(manifestError(#"{"documents": [{"path": ["a.txt"]}]}"#)
                == #"corpus.json: "documents[0].path" must be a string (got an array)"#)
        // Null means "not given", as before.
        #expect(manifestError(#"{"documents": [{"path": "a.txt", "source": null}]}"#) == nil)
    }

    @Test func documentsThatIsNotAnArrayIsNamed() {
        #expect(manifestError(#"{"documents": "a.md"}"#)
                == #"corpus.json: "documents" must be an array of entries such as {"path": "a.md"} (got a string)"#)
        #expect(manifestError(#"{"docs": []}"#) == #"corpus.json: missing the "documents" array"#)
    }

    @Test func aDocumentListedTwiceIsAnError() {
        #expect(manifestError(#"{"documents": [{"path": "a.txt"}, {"path": "b.txt"}, {"path": "./a.txt"}]}"#)
                == #"corpus.json: documents[2] lists "a.txt" again (documents[0] already does); a document counts once"#)
    }

    @Test func invalidManifestJSONGivesLineAndColumn() {
        #expect(manifestError("{\"documents\": [\n  {\"path\": \"a.txt\",\n   \"source\": Wire}]}")
                == "corpus.json: not valid JSON (line 3, column 14: expected a value)")
        #expect(manifestError("{\"documents\": [\n  {\"path\": \"a.txt\"}")
                == "corpus.json: not valid JSON (line 2, column 20: the file ends too early)")
        #expect(manifestError("{\"documents\": []} x") == "corpus.json: not valid JSON (line 1, column 19: unexpected text after the JSON value)")
    }
}
