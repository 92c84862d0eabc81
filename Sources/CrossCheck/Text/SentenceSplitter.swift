/// A sentence: a run of tokens and the exact bytes they cover.
public struct Sentence: Sendable, Hashable {
    public var index: Int
    /// Token indices `tokens.lowerBound..<tokens.upperBound` into `TokenizedText.tokens`.
    public var tokens: Range<Int>
    public var range: ByteRange
}

/// A document's text cut into tokens and sentences, the input of every recognizer.
public struct TokenizedText: Sendable {
    public let source: SourceText
    public let tokens: [Token]
    public let sentences: [Sentence]

    public init(_ source: SourceText) {
        self.source = source
        self.tokens = Tokenizer.tokenize(source)
        self.sentences = SentenceSplitter.split(tokens)
    }

    /// Text already cut (or, with no tokens, a text whose tokens were dropped).
    init(source: SourceText, tokens: [Token], sentences: [Sentence]) {
        self.source = source
        self.tokens = tokens
        self.sentences = sentences
    }

    public func text(_ token: Token) -> String { source.string(token.range) }
    public func text(_ range: ByteRange) -> String { source.string(range) }

    /// The sentence containing a byte offset (the last one starting at or before it).
    public func sentence(containing offset: Int) -> Sentence? {
        var lo = 0, hi = sentences.count - 1
        guard hi >= 0 else { return nil }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].range.start <= offset { lo = mid } else { hi = mid - 1 }
        }
        return sentences[lo]
    }
}

/// Sentence boundaries for news text: terminal punctuation before a capital, digit or quote, unless
/// the word before is an abbreviation ("U.S.", "Gen.", "Jan."); a blank line; and a line break after
/// a line that does not read as wrapped mid-sentence (headlines, captions, datelines).
public enum SentenceSplitter {
    static let abbreviations = WordTable(words: [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "rep",
        "sen", "gov", "pres", "st", "jr", "sr", "co", "corp", "inc", "ltd", "no", "vs", "etc", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "u", "s", "k", "e", "g", "i",
        "mt", "ft", "ave", "blvd", "dept", "est", "fig", "vol", "p", "pp", "a.m", "p.m", "am", "pm", "rs",
    ], value: true)

    public static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        func close(_ end: Int) {
            guard end > start else { return }
            sentences.append(Sentence(index: sentences.count, tokens: start..<end,
                                      range: ByteRange(tokens[start].start, tokens[end - 1].end)))
            start = end
        }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if i > start, t.flags.contains(.newlineBefore) {
                if t.flags.contains(.paragraphBefore) || !looksWrapped(tokens, before: i) {
                    close(i)
                }
            }
            if t.kind == .punct, isTerminal(t.key) {
                // Absorb closing quotes and brackets that follow the mark.
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .punct, !tokens[j].spaceBefore, isCloser(tokens[j].key) { j += 1 }
                if j >= tokens.count {
                    close(j); i = j; continue
                }
                let next = tokens[j]
                if next.spaceBefore, startsSentence(next), !isAbbreviation(tokens, dot: i), !isZoneAfterMeridiem(tokens, dot: i, next: j) {
                    close(j); i = j; continue
                }
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }

    // Keys built once: a literal would build a String and a key on every comparison.
    private static let terminals = WordTable(words: [".", "!", "?", "…"], value: true)
    private static let closers = WordTable(words: ["\"", "'", ")", "”", "’", "]"], value: true)
    private static let openers = WordTable(words: ["\"", "“", "(", "'", "‘", "["], value: true)

    private static let dot = WordKey(".")
    private static let comma = WordKey(",")

    private static func isTerminal(_ key: WordKey) -> Bool { terminals.contains(key) }

    private static func isCloser(_ key: WordKey) -> Bool { closers.contains(key) }

    private static func startsSentence(_ t: Token) -> Bool {
        switch t.kind {
        case .word: return t.isCapitalized
        case .number, .symbol: return true
        case .punct: return openers.contains(t.key)
        }
    }

    /// "U.S." / "Gen." / a single initial: the dot belongs to the word, not to the sentence.
    private static func isAbbreviation(_ tokens: [Token], dot i: Int) -> Bool {
        guard i > 0, tokens[i].key == dot else { return false }
        let prev = tokens[i - 1]
        guard prev.kind == .word, !tokens[i].spaceBefore else { return false }
        if prev.end - prev.start == 1 && prev.isCapitalized { return true }
        return abbreviations.contains(prev.key) && (prev.isCapitalized || prev.end - prev.start <= 2)
    }

    /// "12:01 a.m. PT", "8 p.m. EDT": a time zone in capitals after a dotted meridiem goes on
    /// with the time.
    @inline(__always) private static func isZoneAfterMeridiem(_ tokens: [Token], dot i: Int, next j: Int) -> Bool {
        guard tokens[j].flags.contains(.allCaps), i >= 3, tokens[i - 1].key == "m", tokens[i - 2].key == dot,
              tokens[i - 3].key == "a" || tokens[i - 3].key == "p" else { return false }
        return TimeZones.abbreviationTable[tokens[j].key] != nil
    }

    static let functionWords = WordTable(words: [
        "a", "an", "the", "of", "on", "in", "at", "to", "by", "for", "from", "with", "and", "or", "as",
        "that", "said", "says", "told", "than", "his", "her", "its", "their", "our", "between", "since",
    ], value: true)

    /// A line break inside a sentence: the line ends in a lower-case word or a comma and the next
    /// line goes on in lower case, or goes on with a name after a word that cannot end a sentence.
    private static func looksWrapped(_ tokens: [Token], before i: Int) -> Bool {
        let prev = tokens[i - 1], next = tokens[i]
        let prevOpen = (prev.kind == .word && !prev.isCapitalized) || prev.key == comma || prev.kind == .number
        guard prevOpen else { return false }
        if (next.kind == .word && !next.isCapitalized) || next.kind == .number { return true }
        if next.kind == .word && (prev.key == comma || functionWords.contains(prev.key)) { return true }
        // A long line is hard-wrapped prose, not a title: "...that about 7 million\nAcme kettles
        // were recalled" goes on. A line in capitals (a dateline) still starts afresh.
        guard next.kind == .word, !next.flags.contains(.allCaps) else { return false }
        var k = i - 1
        while k > 0, !tokens[k].flags.contains(.newlineBefore) { k -= 1 }
        return prev.end - tokens[k].start >= wrappedLineLength
    }

    /// Bytes from which a line without end punctuation reads as wrapped prose (titles are shorter).
    static let wrappedLineLength = 60
}
