import CrossCheck
import Foundation

/// `--stories DIR`: how the documents of a corpus folder link into stories (for tuning the
/// grouping): each document's signature terms, and for each pair the terms they share.
enum StoryProbe {
    static func run(_ arguments: [String]) {
        guard let i = arguments.firstIndex(of: "--stories"), i + 1 < arguments.count else { return }
        let root = URL(fileURLWithPath: arguments[i + 1])
        let manifest = try? Array(Data(contentsOf: root.appendingPathComponent("corpus.json")))
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        let files = names.compactMap { n in (try? Data(contentsOf: root.appendingPathComponent(n))).map { CorpusFile(path: n, bytes: Array($0)) } }
        var ignored: [String] = []
        guard let corpus = try? CorpusBuilder.build(name: "probe", files: files, manifest: manifest, ignoredFiles: &ignored) else { return }
        let checker = CrossChecker()
        let prepared = checker.prepare(checker.extract(corpus.documents))
        let inputs = prepared.map { StoryInput(path: $0.document.document.path, key: nil, published: $0.document.document.metadata.published, terms: $0.terms) }
        for (k, line) in StoryGrouper.explain(inputs).enumerated() where k < 400 { print(line) }
    }
}
