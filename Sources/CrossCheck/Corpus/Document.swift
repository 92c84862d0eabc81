/// Where a document's publication date came from; the report shows it so a reader can judge it.
public enum PublishedSource: String, Sendable, Codable {
    case manifest
    case frontMatter = "front-matter"
    case dateline
    case option
}

public struct DocumentMetadata: Sendable, Hashable {
    public var source: String?
    public var published: CalendarDate?
    public var publishedFrom: PublishedSource?
    public var url: String?
    public var note: String?
    /// The story the document belongs to, when the manifest or its front matter says
    /// (`story: dixie-fire`); documents without one are grouped automatically.
    public var story: String?

    public init(source: String? = nil, published: CalendarDate? = nil, publishedFrom: PublishedSource? = nil,
                url: String? = nil, note: String? = nil, story: String? = nil) {
        self.story = story
        self.source = source
        self.published = published
        self.publishedFrom = publishedFrom
        self.url = url
        self.note = note
    }
}

/// One report of the corpus: its path relative to the corpus root (with `/`), its exact text and
/// what is known about who published it and when.
public struct Document: Sendable {
    public var path: String
    public var text: SourceText
    public var metadata: DocumentMetadata
    /// Byte offset where the body starts (after any front matter); recognizers skip what comes before.
    public var bodyStart: Int

    public init(path: String, text: SourceText, metadata: DocumentMetadata = DocumentMetadata(), bodyStart: Int = 0) {
        self.path = path
        self.text = text
        self.metadata = metadata
        self.bodyStart = bodyStart
    }

    /// The outlet's name, or the file name when no source is known.
    public var displaySource: String { metadata.source ?? path }
}

public struct Corpus: Sendable {
    public var name: String
    public var documents: [Document]

    public init(name: String, documents: [Document]) {
        self.name = name
        self.documents = documents
    }
}
