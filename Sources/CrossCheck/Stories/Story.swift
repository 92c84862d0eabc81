/// How documents are grouped into stories before their claims are aligned.
public enum StoryMode: String, Sendable, CaseIterable {
    /// A `story` key from the manifest or front matter where a document has one; the others are
    /// grouped by the names and words they share within a time window.
    case auto
    /// Each top-level folder of the corpus is a story (documents at the root are grouped as in
    /// `auto`); a `story` key still wins.
    case folders
    /// The whole corpus is one story, whatever the keys say (how a folder was always read).
    case one
}

/// Documents that report one story: claims align only within a story.
public struct Story: Sendable, Equatable {
    /// Stable across runs: the explicit key, else derived from the story's first document (the
    /// earliest published, then the first path), so that adding later reports keeps it.
    public var id: String
    /// The `story` key (or folder) the documents gave, when the grouping was explicit.
    public var key: String?
    /// "Dixie Fire, Greenville, Aug 2021": the names its documents use most, and when it began.
    public var label: String
    /// Indices into the run's documents, ascending.
    public var documents: [Int]

    public init(id: String, key: String?, label: String, documents: [Int]) {
        self.id = id
        self.key = key
        self.label = label
        self.documents = documents
    }
}

/// What story grouping needs of one document.
public struct StoryInput: Sendable {
    public var path: String
    public var key: String?
    public var published: CalendarDate?
    public var terms: StoryTerms

    public init(path: String, key: String?, published: CalendarDate?, terms: StoryTerms) {
        self.path = path
        self.key = key
        self.published = published
        self.terms = terms
    }
}

extension Story {
    /// The ID of a story found automatically: from its first document's path, so that it does
    /// not move when later reports join.
    static func automaticID(firstPath: String) -> String {
        "story-" + FactIdentity.fnv1a(firstPath).prefix(8)
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The label: the two name phrases most of its documents use, then the month it began.
    static func label(documents: [Int], inputs: [StoryInput]) -> String {
        var uses: [String: (documents: Int, first: Int)] = [:]
        for (rank, d) in documents.enumerated() {
            for name in inputs[d].terms.names { uses[name, default: (0, rank)].documents += 1 }
        }
        var names: [String] = []
        for (name, _) in uses.sorted(by: { a, b in
            if a.value.documents != b.value.documents { return a.value.documents > b.value.documents }
            if a.value.first != b.value.first { return a.value.first < b.value.first }
            return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
        }) {
            // "Dixie Fire" and "Dixie" say one thing: keep the first of a pair that nest.
            if names.contains(where: { $0.contains(name) || name.contains($0) }) { continue }
            names.append(name)
            if names.count == 2 { break }
        }
        if let first = documents.compactMap({ inputs[$0].published }).min() {
            names.append("\(monthNames[max(0, min(11, first.month - 1))]) \(first.year)")
        }
        return names.isEmpty ? "untitled story" : names.joined(separator: ", ")
    }
}
