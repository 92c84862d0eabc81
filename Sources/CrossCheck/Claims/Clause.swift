/// Token-level views of a sentence that claim building needs: where a mention's tokens are and
/// where the clause around it starts and ends.
struct SentenceView {
    let text: TokenizedText
    let sentence: Sentence
    /// Per token of the sentence: the first token of its clause, the end of its clause, and how
    /// many brackets are open before it. Built once per sentence so that every look-up is O(1),
    /// whatever the sentence's length.
    private let clauseStart: [Int]
    private let clauseEnd: [Int]
    private let parenDepth: [Int]

    init(text: TokenizedText, sentence: Sentence) {
        self.text = text
        self.sentence = sentence
        let lo = sentence.tokens.lowerBound, n = sentence.tokens.count
        var starts = [Int](repeating: lo, count: n)
        var ends = [Int](repeating: sentence.tokens.upperBound, count: n)
        var depth = [Int](repeating: 0, count: n)
        var start = lo, d = 0
        for k in 0..<n {
            let i = lo + k
            depth[k] = d
            if text.tokens[i].key == "(" { d += 1 } else if text.tokens[i].key == ")" { d = max(0, d - 1) }
            starts[k] = start
            if SentenceView.isBoundary(i, text.tokens, sentenceStart: lo) { start = i + 1 }
        }
        var end = sentence.tokens.upperBound
        var k = n - 1
        while k >= 0 {
            let i = lo + k
            if SentenceView.isBoundary(i, text.tokens, sentenceStart: lo) { end = i }
            ends[k] = end
            k -= 1
        }
        clauseStart = starts
        clauseEnd = ends
        parenDepth = depth
    }

    var tokens: [Token] { text.tokens }

    /// Index of the first token starting at or after `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Token indices covered by a byte range.
    func tokenRange(_ range: ByteRange) -> Range<Int> {
        let first = tokenIndex(atOrAfter: range.start)
        var last = first
        while last < sentence.tokens.upperBound, tokens[last].start < range.end { last += 1 }
        return first..<last
    }

    static let clauseWords = WordTable(words: [
        "but", "while", "whereas", "though", "although", "however", "meanwhile", "yet",
    ], value: true)

    /// Whether a token ends the clause before it: `;`, a dash, a contrast word, or ", with".
    static func isBoundary(_ i: Int, _ tokens: [Token], sentenceStart: Int) -> Bool {
        let t = tokens[i]
        // ", with …" hangs a separate circumstance on the clause ("…, with thousands facing furloughs").
        if t.kind == .word, t.key == "with", i > sentenceStart, tokens[i - 1].key == "," { return true }
        if t.kind == .punct {
            // Parentheses hold an aside inside the clause ("the 3rd WTO (World Trade Organization)
            // review will be held …"), so they do not end it.
            // A colon introduces what the words before it label ("Damage: about $40 million"), so
            // it does not end the clause either.
            return t.key == ";" || t.key == WordKey("—") || t.key == WordKey("–")
        }
        return t.kind == .word && SentenceView.clauseWords.contains(t.key)
    }

    func isClauseBoundary(_ i: Int) -> Bool {
        SentenceView.isBoundary(i, tokens, sentenceStart: sentence.tokens.lowerBound)
    }

    /// The clause around the tokens `range`, as token indices: from the first token after the
    /// boundary before `range` to the boundary after it.
    func clause(around range: Range<Int>) -> Range<Int> {
        let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        guard range.lowerBound >= lo, range.lowerBound < hi else { return range }
        let start = clauseStart[range.lowerBound - lo]
        let end = range.upperBound < hi ? clauseEnd[max(range.upperBound, lo) - lo] : hi
        return start..<max(end, range.upperBound)
    }

    /// Whether token `i` sits between "(" and ")" in this sentence.
    func isInsideParentheses(_ i: Int) -> Bool {
        guard sentence.tokens.contains(i) else { return false }
        return parenDepth[i - sentence.tokens.lowerBound] > 0
    }

    func word(_ i: Int) -> String { text.text(tokens[i]) }
}
