import Foundation

/// A file handed to the library by whoever read it: a path relative to the corpus root and its bytes.
public struct CorpusFile: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Builds a `Corpus` from files already read, applying the manifest and front matter. It never
/// touches the file system, so the rules can be tested on in-memory input.
public enum CorpusBuilder {
    public static let manifestName = "corpus.json"

    /// - Parameters:
    ///   - files: the corpus's `.txt` and `.md` files, paths relative to the root with `/`.
    ///   - manifest: the bytes of `corpus.json` at the root, if there is one.
    ///   - ignoredFiles: receives the files left out because the manifest does not list them.
    ///   - excluded: paths the configuration leaves out: a manifest entry naming one is skipped.
    public static func build(name: String, files: [CorpusFile], manifest: [UInt8]?,
                             ignoredFiles: inout [String], excluded: (String) -> Bool = { _ in false }) throws -> Corpus {
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var selected: [(CorpusFile, DocumentMetadata)] = []
        var corpusName = name
        if let manifest {
            let parsed = try parseManifest(manifest)
            if let n = parsed.name { corpusName = n }
            for entry in parsed.entries where !excluded(entry.path) {
                guard let file = byPath[entry.path] else {
                    throw CorpusError.manifestNamesMissingFile(manifest: manifestName, path: entry.path)
                }
                selected.append((file, entry.metadata))
            }
            let listed = Set(parsed.entries.map(\.path))
            ignoredFiles = files.map(\.path).filter { !listed.contains($0) }.sorted()
        } else {
            for file in files where !isReadme(file.path) {
                selected.append((file, DocumentMetadata()))
            }
            ignoredFiles = files.map(\.path).filter(isReadme).sorted()
        }
        guard !selected.isEmpty else { throw CorpusError.empty(root: name) }
        selected.sort { $0.0.path.utf8.lexicographicallyPrecedes($1.0.path.utf8) }
        let documents = try selected.map { file, manifestMetadata in
            try makeDocument(file, manifestMetadata: manifestMetadata)
        }
        return Corpus(name: corpusName, documents: documents)
    }

    /// Some of a corpus's files, each as `build` would make it (the manifest's metadata applied),
    /// for a worker that sees only part of an archive: files the manifest does not list, and
    /// README files when there is no manifest, are left out (as `build` leaves them out), and a
    /// manifest entry for a file not given is no error here.
    /// - Returns: the documents in path order, and the paths left out.
    public static func documents(_ files: [CorpusFile], manifest: [UInt8]?) throws -> (documents: [Document], left: [String]) {
        var metadata: [String: DocumentMetadata]?
        if let manifest {
            metadata = Dictionary(try parseManifest(manifest).entries.map { ($0.path, $0.metadata) }, uniquingKeysWith: { a, _ in a })
        }
        var documents: [Document] = []
        var left: [String] = []
        for file in files.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            if let metadata {
                guard let m = metadata[file.path] else { left.append(file.path); continue }
                documents.append(try makeDocument(file, manifestMetadata: m))
            } else if isReadme(file.path) {
                left.append(file.path)
            } else {
                documents.append(try makeDocument(file, manifestMetadata: DocumentMetadata()))
            }
        }
        return (documents, left)
    }

    /// One document outside any corpus (used by `extract` and `--draft`).
    public static func document(_ file: CorpusFile, published: CalendarDate? = nil) throws -> Document {
        var metadata = DocumentMetadata()
        if let published {
            metadata.published = published
            metadata.publishedFrom = .option
        }
        return try makeDocument(file, manifestMetadata: metadata)
    }

    static func isReadme(_ path: String) -> Bool {
        let file = path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
        return file == "readme.md" || file == "readme.txt"
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func makeDocument(_ file: CorpusFile, manifestMetadata: DocumentMetadata) throws -> Document {
        // Text never holds a NUL byte; a file that does is binary (a PDF, an office file) even
        // where its bytes happen to be valid UTF-8, and "$40\0 million" must not read as $40.
        guard !file.bytes.contains(0) else { throw CorpusError.binary(path: file.path) }
        // A byte-order mark (some editors write one) is not text: stripped, so that front matter
        // and datelines are found at the top and columns count from the first character.
        let bytes = file.bytes.starts(with: byteOrderMark) ? Array(file.bytes.dropFirst(byteOrderMark.count)) : file.bytes
        guard let text = SourceText(validating: bytes) else { throw CorpusError.notUTF8(path: file.path) }
        var metadata = manifestMetadata
        var bodyStart = 0
        if let front = try FrontMatter.parse(text, path: file.path) {
            bodyStart = front.bodyStart
            if metadata.source == nil { metadata.source = front.source }
            if metadata.url == nil { metadata.url = front.url }
            if metadata.story == nil { metadata.story = front.story }
            if metadata.published == nil, let date = front.published {
                metadata.published = date
                metadata.publishedFrom = .frontMatter
            }
        }
        return Document(path: file.path, text: text, metadata: metadata, bodyStart: bodyStart)
    }

    static func normalise(_ path: String) -> String {
        var p = path.replacingOccurrences(of: "\\", with: "/")
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p
    }
}

/// `---` / `key: value` lines / `---` at the very top of a document.
struct FrontMatter {
    var source: String?
    var published: CalendarDate?
    var url: String?
    var story: String?
    var bodyStart: Int

    static func parse(_ text: SourceText, path: String) throws -> FrontMatter? {
        guard text.lineStarts.count > 1, text.lineText(1).trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        var result = FrontMatter(bodyStart: 0)
        for line in 2...text.lineStarts.count {
            let content = text.lineText(line)
            if content.trimmingCharacters(in: .whitespaces) == "---" {
                result.bodyStart = line < text.lineStarts.count ? text.lineStarts[line] : text.count
                return result
            }
            guard let colon = content.firstIndex(of: ":") else { continue }
            let key = content[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
                value = String(value.dropFirst().dropLast())
            }
            switch key {
            case "source", "outlet", "publisher": result.source = value
            case "url", "link": result.url = value
            case "story": result.story = value.isEmpty ? nil : value
            case "published", "date":
                // YAML lets a timestamp follow the date; the day is what matters here.
                let day = String(value.prefix(10))
                guard let date = CalendarDate(iso: day), value.count == 10 || value.dropFirst(10).first.map({ $0 == "T" || $0 == " " }) == true else {
                    throw CorpusError.invalidDate(path: path, value: value, field: "front matter \(key)")
                }
                result.published = date
            default: continue
            }
        }
        throw CorpusError.frontMatterUnterminated(path: path)
    }
}
