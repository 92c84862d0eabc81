@testable import CrossCheck

/// Builds extracted documents with hand-placed mentions, so claim, alignment and verdict tests do
/// not depend on the recognizers.
struct DocBuilder {
    var text: String
    var path = "doc.txt"
    var source: String? = nil
    var published: String? = nil
    var mentions: [Mention] = []

    init(_ text: String, path: String = "doc.txt", source: String? = nil, published: String? = nil) {
        self.text = text
        self.path = path
        self.source = source
        self.published = published
    }

    func range(of needle: String, occurrence: Int = 0) -> ByteRange {
        let bytes = Array(text.utf8), n = Array(needle.utf8)
        var found = -1
        var seen = 0
        var i = 0
        while i + n.count <= bytes.count {
            if Array(bytes[i..<i + n.count]) == n {
                if seen == occurrence { found = i; break }
                seen += 1
            }
            i += 1
        }
        precondition(found >= 0, "\(needle) not in text")
        return ByteRange(found, found + n.count)
    }

    mutating func money(_ needle: String, _ low: Double, _ high: Double, point: Double, hedge: Hedge = .exact, unit: String = "USD", modality: Modality = .unspecified) {
        mentions.append(Mention(kind: .money, range: range(of: needle), hedge: hedge,
                                value: QuantityValue(low: low, high: high, point: point, unit: unit), modality: modality))
    }

    mutating func count(_ needle: String, _ low: Double?, _ high: Double?, point: Double, noun: String, hedge: Hedge = .exact) {
        mentions.append(Mention(kind: .count, range: range(of: needle), hedge: hedge,
                                value: QuantityValue(low: low, high: high, point: point, unit: noun)))
    }

    mutating func percent(_ needle: String, _ low: Double?, _ high: Double?, point: Double, hedge: Hedge = .exact) {
        mentions.append(Mention(kind: .percent, range: range(of: needle), hedge: hedge,
                                value: QuantityValue(low: low, high: high, point: point, unit: "%")))
    }

    mutating func date(_ needle: String, _ start: String, _ end: String, kind: MentionKind = .daterange, modality: Modality = .unspecified) {
        mentions.append(Mention(kind: kind, range: range(of: needle),
                                date: DateValue(CalendarDate(iso: start)!, CalendarDate(iso: end)!), modality: modality))
    }

    mutating func ordinal(_ needle: String, _ n: Int) {
        mentions.append(Mention(kind: .ordinal, range: range(of: needle), value: QuantityValue(low: Double(n), high: Double(n), point: Double(n), unit: nil)))
    }

    func build() -> ExtractedDocument {
        var metadata = DocumentMetadata(source: source)
        if let published { metadata.published = CalendarDate(iso: published); metadata.publishedFrom = .manifest }
        let document = Document(path: path, text: SourceText(text), metadata: metadata)
        var extracted = Extractor(recognizers: [PersonRecognizer(), PlaceRecognizer()]).extract(document)
        extracted.mentions = Extractor.resolveOverlaps(extracted.mentions + mentions)
        return extracted
    }
}

func claims(_ docs: [DocBuilder]) -> [Claim] {
    let builder = ClaimBuilder()
    return docs.enumerated().flatMap { i, d in builder.claims(for: d.build(), documentIndex: i) }
}

func check(_ docs: [DocBuilder]) -> CheckResult {
    CrossChecker().check(docs.map { $0.build() }, corpusName: "test")
}

/// A small seeded generator for property tests, so that a failure repeats.
struct SplitMix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    /// The elements in a random order (Fisher–Yates).
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var a = items
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, int(0...i)) }
        return a
    }
}

/// A one-file report with a publication date the manifest gave, for tests that run the real
/// recognizers.
func newsDocument(_ text: String, source: String = "S", published: String?, path: String = "r.txt") -> Document {
    var metadata = DocumentMetadata(source: source)
    if let published {
        metadata.published = CalendarDate(iso: published)
        metadata.publishedFrom = .manifest
    }
    return Document(path: path, text: SourceText(text), metadata: metadata)
}

/// The claims the real recognizers and claim builder read in one report.
func newsClaims(_ text: String, published: String) -> [Claim] {
    ClaimBuilder().claims(for: Extractor().extract(newsDocument(text, published: published)), documentIndex: 0)
}

/// A whole check of reports (source, publication date, text) read by the real recognizers.
func newsCheck(_ reports: [(source: String, published: String, text: String)]) -> CheckResult {
    let docs = reports.enumerated().map { i, r in
        Extractor().extract(newsDocument(r.text, source: r.source, published: r.published, path: "r\(i).txt"))
    }
    return CrossChecker().check(docs, corpusName: "test")
}
