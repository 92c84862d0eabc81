import Foundation
@testable import CrossCheck

/// Reads the bundled fixture corpora from the repository (tests run from a checkout).
enum Fixtures {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static func corpusFiles(_ dir: URL) throws -> [CorpusFile] {
        let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        var files: [CorpusFile] = []
        while let url = walker?.nextObject() as? URL {
            guard ["txt", "md"].contains(url.pathExtension) else { continue }
            let rel = String(url.standardizedFileURL.path.dropFirst(dir.standardizedFileURL.path.count + 1))
            files.append(CorpusFile(path: rel, bytes: Array(try Data(contentsOf: url))))
        }
        return files.sorted { $0.path < $1.path }
    }

    static func corpus(_ dir: URL) throws -> Corpus {
        var ignored: [String] = []
        let manifest = try? Data(contentsOf: dir.appendingPathComponent("corpus.json"))
        return try CorpusBuilder.build(name: dir.lastPathComponent, files: corpusFiles(dir), manifest: manifest.map { Array($0) }, ignoredFiles: &ignored)
    }

    static func check(_ name: String) throws -> CheckResult {
        CrossChecker().check(try corpus(root.appendingPathComponent("fixtures").appendingPathComponent(name)))
    }

    /// Every fixture corpus that carries an expected.json.
    static var expectedCorpora: [String] {
        let dir = root.appendingPathComponent("fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: dir.appendingPathComponent($0).appendingPathComponent("expected.json").path) }.sorted()
    }
}

/// The expected findings of a fixture corpus, and a matcher from its quoted texts to claims.
struct ExpectedFindings {
    struct Entry {
        var what: String
        var texts: [String]
        var acceptAsChanged: Bool
    }

    var conflicts: [Entry] = []
    var changed: [Entry] = []
    var notConflicts: [Entry] = []
    /// Conflicts a correct report would find that the tool is known to miss, each with why; the
    /// test fails when one is found, so that it moves back to `conflicts`.
    var knownMisses: [Entry] = []

    init(corpus: String) throws {
        let url = Fixtures.root.appendingPathComponent("fixtures").appendingPathComponent(corpus).appendingPathComponent("expected.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        func entries(_ key: String) -> [Entry] {
            ((json[key] as? [[String: Any]]) ?? []).map {
                Entry(what: $0["what"] as? String ?? "", texts: $0["texts"] as? [String] ?? [], acceptAsChanged: $0["acceptAsChanged"] as? Bool ?? false)
            }
        }
        conflicts = entries("conflicts")
        changed = entries("changed")
        notConflicts = entries("notConflicts")
        knownMisses = entries("knownMisses")
    }

    /// A claim matches an expected text when its span overlaps an occurrence of the text in its document.
    static func claim(_ c: Claim, matches text: String, in result: CheckResult) -> Bool {
        let doc = result.documents[c.documentIndex].document
        let hay = doc.text.bytes, needle = Array(text.utf8)
        guard needle.count <= hay.count else { return false }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], Array(hay[i..<i + needle.count]) == needle,
               ByteRange(i, i + needle.count).overlaps(c.mention.range) { return true }
            i += 1
        }
        return false
    }

    static func fact(_ f: AssessedFact, covers texts: [String], in result: CheckResult, atLeast: Int) -> Bool {
        texts.filter { t in f.fact.claims.contains { claim($0, matches: t, in: result) } }.count >= atLeast
    }
}
