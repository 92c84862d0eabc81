import Foundation

/// A document's mentions grouped by sentence (they come out of extraction in sentence order), and
/// per event class the ordinal the document gives it most often.
struct DocumentIndex {
    struct Group {
        var sentence: Sentence
        var mentions: Range<Int>
    }

    var sentences: [Group] = []
    var dominantOrdinal: [String: Int] = [:]
    let published: CalendarDate?
    private let starts: [Int]
    private let sentenceOfMention: [Int]

    init(_ extracted: ExtractedDocument) {
        published = extracted.document.metadata.published
        let text = extracted.text
        var groups: [Group] = []
        var sentenceOf: [Int] = []
        var counts: [String: [Int: Int]] = [:]
        var i = 0
        let mentions = extracted.mentions
        while i < mentions.count {
            guard let sentence = text.sentence(containing: mentions[i].range.start) else {
                sentenceOf.append(-1); i += 1; continue
            }
            var j = i
            while j < mentions.count, sentence.range.contains(mentions[j].range) { sentenceOf.append(sentence.index); j += 1 }
            if j == i { sentenceOf.append(-1); i += 1; continue }
            groups.append(Group(sentence: sentence, mentions: i..<j))
            // The ordinal must qualify an event noun right after it ("seventh round", "7th meeting").
            for m in mentions[i..<j] where m.kind == .ordinal {
                guard let p = m.value?.point, p >= 1, p < 10_000 else { continue }
                var k = text.tokenIndex(atOrAfter: m.range.end, in: sentence)
                let stop = min(sentence.tokens.upperBound, k + 3)
                while k < stop {
                    // "the second-largest fire" ranks the fire; it does not number it.
                    if text.tokens[k].key == "-" || ClaimBuilder.isSuperlative(text.text(text.tokens[k])) { break }
                    if text.tokens[k].kind == .word, let cls = EventLexicon.classes[text.tokens[k].key] {
                        counts[cls, default: [:]][Int(p), default: 0] += 1
                        break
                    }
                    k += 1
                }
            }
            i = j
        }
        sentences = groups
        sentenceOfMention = sentenceOf
        starts = mentions.map(\.range.start)
        for (cls, byOrdinal) in counts {
            // The ordinal the report gives most often; a tie names no round.
            let top = byOrdinal.values.max() ?? 0
            let leaders = byOrdinal.filter { $0.value == top }
            if leaders.count == 1, let only = leaders.first { dominantOrdinal[cls] = only.key }
        }
    }

    /// The sentence index of the mention starting at `offset`.
    func sentenceIndex(ofMention offset: Int) -> Int? {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < starts.count, starts[lo] == offset, sentenceOfMention[lo] >= 0 else { return nil }
        return sentenceOfMention[lo]
    }
}

/// The mentions of one sentence with their token ranges, for bounded look-ups around a mention.
struct SentenceMentions {
    var items: [(Mention, Range<Int>)]

    init(all: [Mention], range: Range<Int>, view: SentenceView) {
        items = range.map { (all[$0], view.tokenRange(all[$0].range)) }
    }

    /// Mentions of the given kinds whose tokens lie within `within` tokens of `tokens`.
    func near(_ tokens: Range<Int>, kinds: Set<MentionKind>, within: Int) -> [(Mention, Range<Int>)] {
        var out: [(Mention, Range<Int>)] = []
        // Items are in text order: find the first that ends after the window's start.
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[mid].1.upperBound < tokens.lowerBound - within { lo = mid + 1 } else { hi = mid }
        }
        var k = lo
        while k < items.count, items[k].1.lowerBound <= tokens.upperBound + within {
            if kinds.contains(items[k].0.kind) { out.append(items[k]) }
            k += 1
        }
        return out
    }

    /// Token ranges of nearby figures of one kind, so a qualifier goes to the figure nearest it.
    func figureRanges(of kind: MentionKind, near tokens: Range<Int>) -> [Range<Int>] {
        near(tokens, kinds: [kind], within: 30).map(\.1)
    }
}

extension TokenizedText {
    /// Index of the first token of `sentence` starting at or after `offset`.
    func tokenIndex(atOrAfter offset: Int, in sentence: Sentence) -> Int {
        var lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
