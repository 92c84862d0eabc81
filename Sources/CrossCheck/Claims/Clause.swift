/// Token-level views of a sentence that claim building needs: where a mention's tokens are and
/// where the clause around it starts and ends.
struct SentenceView {
    let text: TokenizedText
    let sentence: Sentence

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

    /// Whether a token ends the clause before it: `;`, a dash, a parenthesis, or a contrast word.
    func isClauseBoundary(_ i: Int) -> Bool {
        let t = tokens[i]
        // ", with …" hangs a separate circumstance on the clause ("…, with thousands facing furloughs").
        if t.kind == .word, t.key == "with", i > sentence.tokens.lowerBound, tokens[i - 1].key == "," { return true }
        if t.kind == .punct {
            // Parentheses hold an aside inside the clause ("the 3rd WTO (World Trade Organization)
            // review will be held …"), so they do not end it.
            // A colon introduces what the words before it label ("Damage: about $40 million"), so
            // it does not end the clause either.
            return t.key == ";" || t.key == WordKey("—") || t.key == WordKey("–")
        }
        return t.kind == .word && SentenceView.clauseWords.contains(t.key)
    }

    /// The clause around the tokens `range`, as token indices.
    func clause(around range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start > sentence.tokens.lowerBound, !isClauseBoundary(start - 1) { start -= 1 }
        var end = range.upperBound
        while end < sentence.tokens.upperBound, !isClauseBoundary(end) { end += 1 }
        return start..<end
    }

    /// Whether token `i` sits between "(" and ")" in this sentence.
    func isInsideParentheses(_ i: Int) -> Bool {
        var depth = 0
        var j = sentence.tokens.lowerBound
        while j < i {
            if tokens[j].key == "(" { depth += 1 } else if tokens[j].key == ")" { depth = max(0, depth - 1) }
            j += 1
        }
        return depth > 0
    }

    func word(_ i: Int) -> String { text.text(tokens[i]) }
}
