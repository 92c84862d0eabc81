/// One sentence's tokens as the quantity recognizers read them: bounds-checked look-ups that return
/// nil outside the sentence, so the rules never cross a sentence boundary.
struct QuantityText {
    let text: TokenizedText
    let tokens: [Token]
    /// Token index range of the sentence.
    let lo: Int
    let hi: Int

    init(_ text: TokenizedText, _ sentence: Sentence) {
        self.text = text
        self.tokens = text.tokens
        self.lo = sentence.tokens.lowerBound
        self.hi = sentence.tokens.upperBound
    }

    private init(_ other: QuantityText, hi: Int) {
        self.text = other.text; self.tokens = other.tokens; self.lo = other.lo; self.hi = hi
    }

    /// The same sentence cut off before token `hi`: lets a parse be tried on part of a phrase.
    func limited(_ hi: Int) -> QuantityText { QuantityText(self, hi: min(hi, self.hi)) }

    @inline(__always) func inside(_ i: Int) -> Bool { i >= lo && i < hi }

    /// The key of token `i`, or `.none` outside the sentence.
    @inline(__always) func key(_ i: Int) -> WordKey { inside(i) ? tokens[i].key : .none }

    @inline(__always) func isWord(_ i: Int) -> Bool { inside(i) && tokens[i].kind == .word }
    @inline(__always) func isNumber(_ i: Int) -> Bool { inside(i) && tokens[i].kind == .number }

    /// Token `i` touches the token before it (no space between).
    @inline(__always) func touches(_ i: Int) -> Bool { inside(i) && !tokens[i].spaceBefore }

    @inline(__always) func isHyphen(_ i: Int) -> Bool {
        guard inside(i), tokens[i].kind == .punct else { return false }
        let k = tokens[i].key
        return k == Keys.hyphen || k == Keys.enDash || k == Keys.emDash || k == Keys.minusSign
    }

    /// Byte range from the start of token `a` to the end of token `b - 1`.
    func range(_ a: Int, _ b: Int) -> ByteRange { ByteRange(tokens[a].start, tokens[b - 1].end) }

    /// Number of digits in a number token and whether it is plain (no grouping or decimal mark).
    func digitShape(_ i: Int) -> (digits: Int, plain: Bool, leadingZero: Bool) {
        let t = tokens[i]
        var digits = 0, plain = true
        let bytes = text.source.bytes
        for b in bytes[t.start..<t.end] {
            if b >= 0x30 && b <= 0x39 { digits += 1 } else { plain = false }
        }
        return (digits, plain, bytes[t.start] == 0x30 && t.end - t.start > 1)
    }
}

/// Keys compared on the hot path, built once (a string literal would build a key per comparison).
enum Keys {
    static let hyphen = WordKey("-"), enDash = WordKey("–"), emDash = WordKey("—"), minusSign = WordKey("−")
    static let dot = WordKey("."), comma = WordKey(","), colon = WordKey(":"), slash = WordKey("/")
    static let percent = WordKey("%"), dollar = WordKey("$"), plus = WordKey("+"), tilde = WordKey("~")
    static let openParen = WordKey("("), closeParen = WordKey(")")
    static let a = WordKey("a"), an = WordKey("an"), and = WordKey("and"), of = WordKey("of"), the = WordKey("the")
    static let to = WordKey("to"), through = WordKey("through"), between = WordKey("between"), from = WordKey("from")
    static let or = WordKey("or"), by = WordKey("by"), point = WordKey("point"), minus = WordKey("minus")
    static let negative = WordKey("negative"), one = WordKey("one"), half = WordKey("half"), quarter = WordKey("quarter")
    static let quarters = WordKey("quarters"), strong = WordKey("strong"), s = WordKey("s"), per = WordKey("per")
    static let cent = WordKey("cent"), times = WordKey("times"), fold = WordKey("fold"), am = WordKey("am"), pm = WordKey("pm")
    static let m = WordKey("m"), p = WordKey("p"), up = WordKey("up"), down = WordKey("down")
    static let percentWord = WordKey("percent"), percentage = WordKey("percentage"), points = WordKey("points")
    static let pointWord = WordKey("point"), pct = WordKey("pct"), twice = WordKey("twice")
    static let over = WordKey("over"), `in` = WordKey("in"), out = WordKey("out"), couple = WordKey("couple"), pair = WordKey("pair")
    static let no = WordKey("no"), nobody = WordKey("nobody")
}
