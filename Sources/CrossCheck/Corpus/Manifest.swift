import Foundation

/// `corpus.json`: the corpus's name and its documents with their metadata. Every field has one
/// type; a value of another type, an entry listed twice or JSON that does not parse is an error
/// naming the field, the type found or the position, never a field quietly ignored.
extension CorpusBuilder {
    struct ManifestEntry {
        var path: String
        var metadata: DocumentMetadata
    }

    static func parseManifest(_ bytes: [UInt8]) throws -> (name: String?, entries: [ManifestEntry]) {
        func problem(_ reason: String) -> CorpusError { .manifestUnreadable(path: manifestName, reason: reason) }
        let object: Any
        switch JSONInput.parse(bytes) {
        case .success(let value): object = value
        case .failure(let error): throw problem(error.description)
        }
        guard let root = object as? [String: Any] else {
            throw problem("expected a JSON object with a \"documents\" array (got \(JSONInput.typeName(object)))")
        }
        let name = try optionalString(root["name"], field: "name", problem)
        guard let documents = root["documents"] else { throw problem("missing the \"documents\" array") }
        guard let docs = documents as? [Any] else {
            throw problem("\"documents\" must be an array of entries such as {\"path\": \"a.md\"} (got \(JSONInput.typeName(documents)))")
        }
        var entries: [ManifestEntry] = []
        var firstListed: [String: Int] = [:]
        for (i, item) in docs.enumerated() {
            guard let doc = item as? [String: Any] else {
                throw problem("documents[\(i)] must be an object such as {\"path\": \"a.md\"} (got \(JSONInput.typeName(item)))")
            }
            guard let rawPath = try optionalString(doc["path"], field: "documents[\(i)].path", problem), !rawPath.isEmpty else {
                throw problem("documents[\(i)] has no \"path\"")
            }
            let path = normalise(rawPath)
            if let earlier = firstListed[path] {
                throw problem("documents[\(i)] lists \"\(path)\" again (documents[\(earlier)] already does); a document counts once")
            }
            firstListed[path] = i
            var metadata = DocumentMetadata()
            metadata.source = try optionalString(doc["source"], field: "documents[\(i)].source", problem)
            metadata.url = try optionalString(doc["url"], field: "documents[\(i)].url", problem)
            metadata.note = try optionalString(doc["note"], field: "documents[\(i)].note", problem)
            metadata.story = try optionalString(doc["story"], field: "documents[\(i)].story", problem)
            if let text = try optionalString(doc["published"], field: "documents[\(i)].published", problem) {
                guard let date = CalendarDate(iso: text) else {
                    throw CorpusError.invalidDate(path: "\(manifestName) (\(path))", value: text, field: "published")
                }
                metadata.published = date
                metadata.publishedFrom = .manifest
            }
            entries.append(ManifestEntry(path: path, metadata: metadata))
        }
        return (name, entries)
    }

    /// A string field that may be absent or null.
    static func optionalString(_ value: Any?, field: String, _ problem: (String) -> CorpusError) throws -> String? {
        guard let value, !(value is NSNull) else { return nil }
        guard let text = value as? String else {
            throw problem("\"\(field)\" must be a string (got \(JSONInput.typeName(value)))")
        }
        return text
    }
}
