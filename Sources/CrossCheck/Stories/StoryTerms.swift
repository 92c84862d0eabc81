/// What a document is about, for grouping documents into stories: its names (capitalised words
/// inside sentences: people, places, companies, events) and its content words, each as a hashed
/// term with how often the document uses it, plus the name phrases it uses most, as written, for a
/// story's label. Built from the tokens once per document, so the tokens can be dropped after.
public struct StoryTerms: Sendable, Equatable {
    /// Term hashes, sorted, unique; the top bit marks a name.
    public var terms: [UInt64]
    /// How often the document uses each term (same order as `terms`).
    public var counts: [UInt16]
    /// The name phrases the document uses most ("Dixie Fire", "Greenville"), most used first.
    public var names: [String]

    public init(terms: [UInt64] = [], counts: [UInt16] = [], names: [String] = []) {
        self.terms = terms
        self.counts = counts
        self.names = names
    }

    static let nameBit: UInt64 = 1 << 63
    /// Terms kept per document: the names it uses most, then its most used content words.
    static let maxNames = 48
    static let maxWords = 24
    static let maxPhrases = 4

    public static func isName(_ term: UInt64) -> Bool { term & nameBit != 0 }

    /// The terms of a document's body (front matter and a dateline are not part of the story).
    public init(_ text: TokenizedText, bodyStart: Int = 0) {
        var names: [UInt64: Int] = [:]
        var words: [UInt64: Int] = [:]
        var phrases: [String: (count: Int, first: Int)] = [:]
        let tokens = text.tokens
        for sentence in text.sentences where sentence.range.start >= bodyStart {
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                let t = tokens[i]
                guard t.kind == .word else { i += 1; continue }
                if StoryTerms.isNameWord(t) {
                    // A run of capitalised words is one name phrase ("Butte County Sheriff"); a
                    // sentence's first word counts only when the run goes on (a capital there
                    // is grammar, not a name).
                    var j = i
                    while j < sentence.tokens.upperBound, tokens[j].kind == .word, StoryTerms.isNameWord(tokens[j]) { j += 1 }
                    let first = i == sentence.tokens.lowerBound ? i + (j - i > 1 ? 0 : 1) : i
                    if first < j {
                        for k in first..<j where !StoryTerms.functionWords.contains(tokens[k].key) {
                            names[StoryTerms.hash(tokens[k].key) | StoryTerms.nameBit, default: 0] += 1
                        }
                        let phrase = text.text(ByteRange(tokens[first].start, tokens[j - 1].end))
                        if j - first <= 4, phrase.utf8.count <= 40, !StoryTerms.functionWords.contains(tokens[first].key) {
                            phrases[phrase, default: (0, tokens[first].start)].count += 1
                        }
                    }
                    i = j
                    continue
                }
                if t.key.length >= 5, !t.isCapitalized, !StoryTerms.commonWords.contains(t.key) {
                    words[StoryTerms.hash(t.key) & ~StoryTerms.nameBit, default: 0] += 1
                }
                i += 1
            }
        }
        func top(_ d: [UInt64: Int], _ n: Int) -> [(UInt64, Int)] {
            d.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(n).map { ($0.key, $0.value) }
        }
        let kept = (top(names, StoryTerms.maxNames) + top(words, StoryTerms.maxWords)).sorted { $0.0 < $1.0 }
        self.terms = kept.map(\.0)
        self.counts = kept.map { UInt16(clamping: $0.1) }
        self.names = phrases.sorted { ($0.value.count, $1.value.first) > ($1.value.count, $0.value.first) }
            .prefix(StoryTerms.maxPhrases).map(\.key)
    }

    /// A capitalised word that may be part of a name ("Greenville", "PG&E"); single capitals
    /// ("I", "A") are not.
    static func isNameWord(_ t: Token) -> Bool {
        t.kind == .word && t.isCapitalized && t.key.length >= 2 && !functionWords.contains(t.key)
            && !calendarWords.contains(t.key)
    }

    static func hash(_ key: WordKey) -> UInt64 {
        var h = key.lo &* 0x9E37_79B9_7F4A_7C15
        h ^= key.hi &* 0xC2B2_AE3D_27D4_EB4F
        h ^= UInt64(key.length) &* 0x1656_67B1_9E37_79F9
        return (h ^ (h >> 31)) &* 0xBF58_476D_1CE4_E5B9
    }

    /// Words capitalised at the start of a clause or in a headline more often than in a name.
    static let functionWords = WordTable(words: [
        "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as", "after", "before",
        "he", "she", "it", "they", "we", "you", "his", "her", "its", "their", "our", "this", "that", "these", "those", "there",
        "mr", "mrs", "ms", "dr", "said", "says", "when", "while", "if", "some", "many", "most", "more", "all", "no", "not", "one",
        "two", "three", "new", "about", "over", "up", "is", "are", "was", "were", "has", "have", "had", "will", "would", "who", "what",
        "how", "why", "where", "also", "just", "than", "into", "out", "here", "now", "then", "so", "yet", "still", "read", "photo",
        "image", "advertisement", "share", "subscribe", "updated", "published", "video", "watch", "click", "follow", "news",
    ], value: true)

    /// Months and days name dates, not stories.
    static let calendarWords = WordTable(words: [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
    ], value: true)

    /// Long words of every story: grammar and reporting verbs.
    static let commonWords = WordTable(words: [
        "about", "after", "again", "against", "along", "although", "among", "another", "around", "because", "before", "being",
        "below", "between", "could", "during", "early", "earlier", "every", "first", "found", "going", "great", "having", "however",
        "including", "itself", "large", "later", "least", "little", "local", "might", "never", "other", "others", "people",
        "place", "please", "point", "since", "small", "something", "still", "their", "there", "these", "thing", "think", "those",
        "three", "through", "today", "under", "until", "where", "which", "while", "whose", "would", "years", "should", "shall",
        "according", "statement", "reported", "reports", "report", "saying", "added", "spokesperson", "spokesman", "spokeswoman",
        "official", "officials", "million", "billion", "percent", "thousand", "hundred", "several", "told", "week", "weeks",
        "month", "months", "year's", "said", "says", "also", "more", "most", "such", "than", "them", "then", "they", "this", "what",
        "when", "will", "with", "week's", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ], value: true)
}
