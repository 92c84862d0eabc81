/// What a recognizer may know besides the text: the day the document was published (to resolve
/// "Tuesday" or "last year") and the user's hedge widths.
public struct ExtractionContext: Sendable {
    public var published: CalendarDate?
    public var options: ExtractionOptions
    /// The zone of the place in the dateline ("ISTANBUL, May 3 (Reuters) –"): what "local time"
    /// means in the report.
    public var localZone: ZoneRule?

    public init(published: CalendarDate? = nil, options: ExtractionOptions = ExtractionOptions(), localZone: ZoneRule? = nil) {
        self.published = published
        self.options = options
        self.localZone = localZone
    }
}

/// Finds one dimension of mentions in a sentence. Recognizers are value types holding only static
/// lexicons, so one instance serves every document on every thread.
public protocol Recognizer: Sendable {
    /// Appends the mentions found in `sentence`.
    func recognize(_ text: TokenizedText, sentence: Sentence, context: ExtractionContext, into mentions: inout [Mention])
}

/// A document after extraction: its tokens and sentences, and its mentions in text order.
public struct ExtractedDocument: Sendable {
    public var document: Document
    public var text: TokenizedText
    public var mentions: [Mention]
    /// The dateline or date header at the top ("WASHINGTON, March 20 (UPI) --"): it dates the
    /// report, so its date is no claim.
    public var datelineRange: ByteRange?
    /// What the reader should know about how the document was read ("the dateline date … does not
    /// exist"); the command line prints them.
    public var warnings: [String] = []

    public init(document: Document, text: TokenizedText, mentions: [Mention], datelineRange: ByteRange? = nil, warnings: [String] = []) {
        self.document = document
        self.text = text
        self.mentions = mentions
        self.datelineRange = datelineRange
        self.warnings = warnings
    }
}

extension ExtractedDocument {
    /// The document as a check's reports need it once its claims are built: its text, without
    /// the tokens, sentences and mentions (most of a document's memory after extraction; each
    /// claim keeps its own mention).
    public func withoutTokens() -> ExtractedDocument {
        var lean = self
        lean.text = TokenizedText(source: text.source, tokens: [], sentences: [])
        lean.mentions = []
        return lean
    }
}

/// Runs every recognizer over every sentence of a document and keeps one mention per stretch of
/// text: where two overlap, the longer one wins, then the one of the higher-priority kind (a date
/// over the number inside it, money over a bare number).
public struct Extractor: Sendable {
    public var recognizers: [any Recognizer]
    public var options: ExtractionOptions

    public init(recognizers: [any Recognizer] = Extractor.standardRecognizers, options: ExtractionOptions = ExtractionOptions()) {
        self.recognizers = recognizers
        self.options = options
    }

    public func extract(_ document: Document) -> ExtractedDocument {
        var document = document
        let text = TokenizedText(document.text)
        // A report with no date from a manifest or front matter may state its own in a dateline;
        // relative dates cannot be resolved without one.
        var warnings: [String] = []
        let dateline = DatelineDetector.publicationDate(in: text)
        if document.metadata.published == nil {
            if let found = dateline {
                document.metadata.published = found.date
                document.metadata.publishedFrom = .dateline
            } else if let impossible = DatelineDetector.impossibleDate(in: text) {
                warnings.append("line \(document.text.line(containing: impossible.start)): the dateline date \"\(text.text(impossible))\" "
                                + "does not exist, so the document is undated and its relative dates stay unresolved")
            }
        }
        let context = ExtractionContext(published: document.metadata.published, options: options,
                                        localZone: DatelineDetector.place(in: text, dateline: dateline?.range))
        var mentions: [Mention] = []
        var found: [Mention] = []
        // Mentions never cross a sentence, so overlaps are settled per sentence and stay cheap.
        for sentence in text.sentences where sentence.range.end > document.bodyStart {
            found.removeAll(keepingCapacity: true)
            for recognizer in recognizers {
                recognizer.recognize(text, sentence: sentence, context: context, into: &found)
            }
            for var mention in Extractor.resolveOverlaps(found).map(FigureLimits.bounded) {
                if mention.modality == .unspecified {
                    mention.modality = ModalityClassifier.modality(in: text, sentence: sentence, at: mention.range)
                }
                mentions.append(mention)
            }
        }
        mentions = PersonResolver.resolveSurnames(text, mentions: mentions)
        return ExtractedDocument(document: document, text: text, mentions: mentions, datelineRange: dateline?.range, warnings: warnings)
    }

    static func priority(_ kind: MentionKind) -> Int {
        switch kind {
        case .daterange: return 13
        case .date: return 12
        case .duration: return 11
        case .money: return 10
        // A measurement of the same span as money ("two pounds") is money unless more words say
        // otherwise ("two pounds of meat" is longer, and wins on length).
        case .quantity: return 9
        case .percent: return 8
        case .multiple: return 7
        case .count: return 6
        case .person: return 4
        case .organization: return 3
        case .place: return 2
        case .ordinal: return 1
        case .number: return 0
        }
    }

    /// Kinds that carry their own unit or calendar and so beat a count or bare number that
    /// overlaps them, however long ("$60 billion" over "60 billion currency", "500,000 barrels" a
    /// volume rather than a count of barrels).
    static func isAnchored(_ kind: MentionKind) -> Bool {
        kind == .money || kind == .percent || kind == .date || kind == .daterange || kind == .duration || kind == .quantity
    }

    /// Greedy selection: best candidates first, each kept only if it overlaps nothing kept.
    /// Indices are sorted rather than the mentions themselves, which are large; the bytes kept
    /// mentions cover are marked, so that each check costs the candidate's length, not the number
    /// of mentions kept (a sentence that never ends can hold a hundred thousand).
    public static func resolveOverlaps(_ mentions: [Mention]) -> [Mention] {
        guard mentions.count > 1 else { return mentions }
        let ranked = mentions.indices.sorted { ranks(mentions[$0], before: mentions[$1]) }
        var lo = Int.max, hi = Int.min
        for m in mentions { lo = min(lo, m.range.start); hi = max(hi, m.range.end) }
        var covered = [Bool](repeating: false, count: hi - lo)
        var kept: [Int] = []
        for i in ranked {
            let r = mentions[i].range
            guard !covered[(r.start - lo)..<(r.end - lo)].contains(true) else { continue }
            for b in (r.start - lo)..<(r.end - lo) { covered[b] = true }
            kept.append(i)
        }
        return kept.sorted { mentions[$0].range < mentions[$1].range }.map { mentions[$0] }
    }

    /// The order in which candidates are considered: anchored kinds first (they beat an overlapping
    /// count or bare number however long it is), then the longer, then the higher-priority kind,
    /// then the earlier. Every step compares one key, so this is a strict weak ordering and the
    /// mentions kept do not depend on the order the recognizers found them in. (Ranking anchored
    /// kinds first only when the two overlap was not transitive: an anchored A [0,5), unanchored
    /// B [2,12) and unanchored C [5,13) gave A < B, B < C and C < A.) Putting every anchored
    /// mention first keeps the same winners, since neither kind can block a mention it does not
    /// overlap.
    static func ranks(_ a: Mention, before b: Mention) -> Bool {
        let anchoredA = isAnchored(a.kind), anchoredB = isAnchored(b.kind)
        if anchoredA != anchoredB { return anchoredA }
        if a.range.length != b.range.length { return a.range.length > b.range.length }
        if priority(a.kind) != priority(b.kind) { return priority(a.kind) > priority(b.kind) }
        if a.range != b.range { return a.range < b.range }
        // Two readings of one span by one kind: any fixed order of their values will do.
        guard a != b else { return false }
        return String(describing: a) < String(describing: b)
    }
}
