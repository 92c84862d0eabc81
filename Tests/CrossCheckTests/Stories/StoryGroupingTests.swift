import Foundation
import Testing
@testable import CrossCheck

/// Documents group into stories before alignment: by a `story` key, by folder, or automatically;
/// claims about the same measure in two stories never meet.
@Suite struct StoryGroupingTests {
    static let archive = Fixtures.root.appendingPathComponent("fixtures/archive-2024")

    /// The archive's documents under `manifest`, or its own corpus.json when nil.
    static func corpus(manifest: String? = nil, prefix: (String) -> String = { $0 }) throws -> Corpus {
        let files = try Fixtures.corpusFiles(archive).map { CorpusFile(path: prefix($0.path), bytes: $0.bytes) }
        var ignored: [String] = []
        let bytes = try manifest.map { Array($0.utf8) } ?? Array(Data(contentsOf: archive.appendingPathComponent("corpus.json")))
        return try CorpusBuilder.build(name: "archive", files: files, manifest: bytes, ignoredFiles: &ignored)
    }

    static func check(_ corpus: Corpus, mode: StoryMode) -> CheckResult {
        var checker = CrossChecker()
        checker.storyMode = mode
        return checker.check(corpus)
    }

    static func groups(_ result: CheckResult) -> Set<Set<String>> {
        Set(result.stories.map { Set($0.documents.map { result.documents[$0].document.path }) })
    }

    static func conflicts(_ result: CheckResult) -> [AssessedFact] {
        result.facts.filter { $0.assessment.verdict == .conflict }
    }

    /// Stories as the fixture's expected.json lists them.
    static func expectedStories() throws -> [Set<String>] {
        let stories = try ExpectedFindings(corpus: "archive-2024").stories
        try #require(stories.count >= 4, "the archive fixture lists its stories")
        return stories
    }

    /// Two floods the same weekend and two companies' results the same week: four stories, and no
    /// conflict between their deaths, homes, revenue or profit. Read as one story, they mix.
    @Test func automaticGroupingKeepsStoriesThatShareMeasuresApart() throws {
        let expected = try Self.expectedStories()
        let corpus = try Self.corpus()
        let auto = Self.check(corpus, mode: .auto)
        #expect(Self.groups(auto) == Set(expected))
        let storyOf = Dictionary(expected.enumerated().flatMap { i, s in s.map { ($0, i) } }, uniquingKeysWith: { a, _ in a })
        func mixed(_ r: CheckResult) -> [AssessedFact] {
            Self.conflicts(r).filter { f in Set(f.fact.claims.map { storyOf[r.documents[$0.documentIndex].document.path] ?? -1 }).count > 1 }
        }
        #expect(mixed(auto).isEmpty, "\(mixed(auto).map(\.label))")
        // The same documents as one story: the shared measures do collide, so the grouping is what
        // keeps them apart (and this test would notice if it stopped doing so).
        let one = Self.check(corpus, mode: .one)
        #expect(one.stories.count == 1)
        #expect(!mixed(one).isEmpty)
    }

    /// In an archive the Markdown and HTML reports open each story's findings with its label, and
    /// SARIF results carry the story; a one-story corpus has no story lines.
    @Test func reportsNameEachFindingsStory() throws {
        let auto = Self.check(try Self.corpus(), mode: .auto)
        let context = ReportContext(linkBase: "", artifactBase: "")
        let storiesWithFindings = Set(Self.conflicts(auto).map(\.story)).count
        try #require(storiesWithFindings >= 2)
        let markdown = MarkdownReporter().report(auto, context: context)
        #expect(markdown.components(separatedBy: "**Story: ").count - 1 == storiesWithFindings)
        let html = HTMLReporter().report(auto, context: context)
        #expect(html.components(separatedBy: "<p class=\"story\">").count - 1 == storiesWithFindings)
        #expect(SARIFReporter().report(auto, context: context).contains("\"storyLabel\""))
        let one = Self.check(try Self.corpus(), mode: .one)
        #expect(!MarkdownReporter().report(one, context: context).contains("**Story: "))
    }

    /// A `story` key in the manifest wins over automatic grouping, even where it groups what the
    /// names would keep apart.
    @Test func manifestStoryKeysDecide() throws {
        let text = try String(contentsOf: Self.archive.appendingPathComponent("corpus.json"), encoding: .utf8)
        // Every flood report under one key, every results report under another.
        let keyed = text.replacingOccurrences(of: #""source""#, with: #""story": "KEY", "source""#)
        var lines = keyed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let floods = try Self.expectedStories().prefix(2).reduce(Set<String>()) { $0.union($1) }
        for i in lines.indices where lines[i].contains("\"KEY\"") {
            let isFlood = floods.contains { lines[i].contains("\"\($0)\"") }
            lines[i] = lines[i].replacingOccurrences(of: "KEY", with: isFlood ? "weather" : "markets")
        }
        let result = Self.check(try Self.corpus(manifest: lines.joined(separator: "\n")), mode: .auto)
        #expect(Set(result.stories.compactMap(\.key)) == ["weather", "markets"])
        #expect(result.stories.count == 2)
        let weather = try #require(result.stories.first { $0.key == "weather" })
        #expect(Set(weather.documents.map { result.documents[$0].document.path }) == floods)
        #expect(weather.id == "weather", "an explicit key is the story's ID")
        // Under one key the two floods' death tolls do meet.
        #expect(Self.conflicts(result).contains { f in f.story == result.stories.firstIndex(of: weather) })
    }

    /// A `story` key in front matter groups Markdown reports the same way.
    @Test func frontMatterStoryKeyDecides() throws {
        func file(_ path: String, _ story: String, _ body: String) -> CorpusFile {
            CorpusFile(path: path, bytes: Array("---\nsource: \(path)\npublished: 2024-03-04\nstory: \(story)\n---\n\(body)\n".utf8))
        }
        let body = "The Pellant ferry was cancelled on Monday, and 120 passengers were stranded in Oskby."
        let other = "The Pellant ferry was cancelled on Monday, and 210 passengers were stranded in Oskby."
        var ignored: [String] = []
        let corpus = try CorpusBuilder.build(name: "t", files: [file("a.md", "north", body), file("b.md", "south", other), file("c.md", "north", body)],
                                             manifest: nil, ignoredFiles: &ignored)
        #expect(corpus.documents.map(\.metadata.story) == ["north", "south", "north"])
        let result = Self.check(corpus, mode: .auto)
        #expect(Set(result.stories.map { Set($0.documents) }) == [[0, 2], [1]])
        #expect(Self.conflicts(result).isEmpty, "two stories: 120 and 210 never meet")
        // Without the keys the same texts are one story with a conflict.
        #expect(!Self.conflicts(Self.check(corpus, mode: .one)).isEmpty)
    }

    /// `--stories folders`: each top-level folder is a story, whatever the names say.
    @Test func foldersModeGroupsByTopLevelFolder() throws {
        let floods = try Self.expectedStories().prefix(2).reduce(Set<String>()) { $0.union($1) }
        let manifest = try String(contentsOf: Self.archive.appendingPathComponent("corpus.json"), encoding: .utf8)
            .replacingOccurrences(of: #""path": ""#, with: #""path": "FOLDER/"#)
        var lines = manifest.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for i in lines.indices where lines[i].contains("FOLDER/") {
            lines[i] = lines[i].replacingOccurrences(of: "FOLDER", with: floods.contains { lines[i].contains("/\($0)\"") } ? "weather" : "markets")
        }
        let placed = try Self.corpus(manifest: lines.joined(separator: "\n"), prefix: { floods.contains($0) ? "weather/\($0)" : "markets/\($0)" })
        #expect(placed.documents.count == 11)
        let folders = Self.check(placed, mode: .folders)
        #expect(Set(folders.stories.compactMap(\.key)) == ["weather", "markets"])
        #expect(folders.stories.count == 2)
        // Automatic grouping ignores the folders and finds the four stories.
        #expect(Self.check(placed, mode: .auto).stories.count == 4)
    }

    /// A folder that tells one story reads as it always did: one story, the same findings as
    /// `--stories one`.
    @Test(arguments: ["sma-2020", "flood-belmora-2024", "orlenhall-q2-2024", "harrowmere-water-2025"])
    func oneStoryFolderBehavesAsBefore(_ name: String) throws {
        let corpus = try Fixtures.corpus(Fixtures.root.appendingPathComponent("fixtures").appendingPathComponent(name))
        let auto = Self.check(corpus, mode: .auto), one = Self.check(corpus, mode: .one)
        #expect(auto.stories.count == 1, "\(name): \(auto.stories.map(\.label))")
        let context = ReportContext(linkBase: "", artifactBase: "", gate: Gate.evaluate(auto, failOn: .conflict))
        let a = FindingLinesReporter().report(auto, context: context)
        let b = FindingLinesReporter().report(one, context: context)
        #expect(!a.isEmpty)
        #expect(a == b)
    }
}
