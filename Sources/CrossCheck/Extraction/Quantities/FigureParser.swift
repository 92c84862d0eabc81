import Foundation

/// A figure read from the text: its value, the tokens it covers and how precisely it was written.
struct Figure {
    var value: Double
    /// First token (a sign word or mark included) and one past the last token.
    var start: Int
    var end: Int
    /// Half the rounding unit the figure asserts; 0 when the figure is exact. See `FigureParser`.
    var halfUnit: Double
    /// Some part is spelled out ("nine thousand", "two point five").
    var spelled: Bool
    /// A scale word or abbreviation multiplied it ("5 million", "10k").
    var scaled: Bool
    /// A spelled or digit fraction ("two thirds", "3/4", "two and a half").
    var fraction: Bool
    /// Ends in an ordinal word ("twenty-fifth"); only when parsed with `ordinal: true`.
    var ordinal: Bool
    /// A scale joined by a hyphen ("$44-billion", "600-crore"): the figure modifies the noun after
    /// it rather than counting it.
    var compound = false
    /// One run of digits without grouping, decimal mark, sign or scale ("2019", "17").
    var plainDigits: Bool
    var digitCount: Int
    /// Token index of the first digit token, or -1.
    var firstDigits: Int
}

/// Reads figures written in digits, words or both, without building strings:
/// "14,200", "2.0417", "nine thousand", "a dozen", "one-third", "two and a half", "twenty-five",
/// "3 hundred and 21", "1.2bn", "£183.39m" (the figure part), "-504", "minus five", "two point five",
/// "1 234 567" (space-grouped), "3/4".
///
/// The tokens are read by `FigureScanner`, one step per form; the interval a bare figure asserts
/// by the way it is written (`halfUnit`) is `Rounding.halfUnit`.
enum FigureParser {
    static let pow10 = Rounding.pow10

    /// Parses a figure starting exactly at token `start`; nil when none starts there.
    /// `abbreviations: false` leaves a glued letter to be read as a unit ("48m" as 48 metres).
    static func parse(_ q: QuantityText, at start: Int, ordinal: Bool = false, abbreviations: Bool = true) -> Figure? {
        guard q.inside(start) else { return nil }
        var i = start
        var sign = 1.0, plus = false
        let k = q.tokens[i].key
        if q.tokens[i].kind == .word, k == Keys.minus || k == Keys.negative {
            sign = -1; i += 1
            if q.isHyphen(i), q.touches(i) { i += 1 } // "negative-5"
        } else if q.tokens[i].kind == .punct, k == Keys.plus, q.isNumber(i + 1), q.touches(i + 1),
                  i == q.lo || q.tokens[i].spaceBefore || q.key(i - 1) == Keys.openParen {
            i += 1; plus = true // "+0.2%": a sign that says the figure is a rise
        } else if q.isHyphen(i), k == Keys.hyphen || k == Keys.minusSign {
            let next = i + 1
            guard q.isNumber(next) || (q.key(next) == Keys.dot && q.isNumber(next + 1)) else { return nil }
            let atStart = i == q.lo
            let freeBefore = atStart || q.tokens[i].spaceBefore || q.key(i - 1) == Keys.openParen
                || Hedges.comparisonMarks.contains(q.key(i - 1)) // "<-30"
            guard freeBefore, q.touches(next) || atStart else { return nil }
            sign = -1; i += 1
        }
        guard var f = unsigned(q, at: i, ordinal: ordinal, abbreviations: abbreviations) else { return nil }
        if !ordinal, let r = ratio(q, f) { f = r }
        if plus { f.start = start }
        if sign < 0 {
            f.value = -f.value
            f.start = start
            f.plainDigits = false
        }
        return f
    }

    /// The value of a number token: grouping commas, one decimal mark ("5,00" and "1.111,11" read
    /// the European way); nil for dotted chains such as "192.168.1.2" or "17.03.2020".
    static func digits(_ q: QuantityText, _ i: Int) -> (value: Double, decimals: Int)? {
        let t = q.tokens[i]
        let bytes = q.text.source.bytes
        var commas = 0, dots = 0, lastSep: UInt8 = 0, lastSepAt = 0
        var p = t.start
        while p < t.end {
            let b = bytes[p]
            if b == 0x2C { commas += 1; lastSep = b; lastSepAt = p } else if b == 0x2E { dots += 1; lastSep = b; lastSepAt = p }
            p += 1
        }
        var decimalMark: UInt8 = 0
        if commas == 0 && dots == 0 {
            decimalMark = 0
        } else if commas == 0 {
            guard dots == 1 else { return nil }
            decimalMark = 0x2E
        } else if dots == 0 {
            if commas == 1 && t.end - lastSepAt - 1 != 3 { decimalMark = 0x2C } else { decimalMark = 0 }
        } else {
            decimalMark = lastSep
            // the decimal mark occurs once and last
            if (lastSep == 0x2E && dots != 1) || (lastSep == 0x2C && commas != 1) { return nil }
        }
        var mantissa: UInt64 = 0
        var digitsSeen = 0, decimals = 0, inDecimals = false
        var overflowScale = 0
        p = t.start
        while p < t.end {
            let b = bytes[p]
            if b >= 0x30 && b <= 0x39 {
                if digitsSeen < 18 {
                    mantissa = mantissa * 10 + UInt64(b - 0x30)
                    digitsSeen += mantissa == 0 ? 0 : 1
                    if inDecimals { decimals += 1 }
                } else if !inDecimals {
                    overflowScale += 1
                }
            } else if decimalMark != 0 && b == decimalMark && p == lastSepAt {
                inDecimals = true
            }
            p += 1
        }
        var value = Double(mantissa)
        if decimals > 0 { value /= pow10[min(decimals, 22)] }
        if overflowScale > 0 { value *= pow10[min(overflowScale, 22)] }
        return (value, decimals)
    }

    /// One space (or no-break space) and nothing else between tokens `k - 1` and `k`.
    static func singleSpaceBefore(_ q: QuantityText, _ k: Int) -> Bool {
        guard q.inside(k), q.tokens[k].spaceBefore, !q.tokens[k].flags.contains(.newlineBefore) else { return false }
        let gap = q.tokens[k].start - q.tokens[k - 1].end
        return gap == 1 || gap == 2 || gap == 3 // " ", U+00A0, U+202F
    }

    /// The figure starting at token `start`, without a sign: the scanner's steps, then the
    /// fractions that close a figure.
    static func unsigned(_ q: QuantityText, at start: Int, ordinal: Bool, abbreviations: Bool = true) -> Figure? {
        // A sign word may end the sentence ("the balance was negative"): nothing follows to read,
        // and at the document's end the next token does not exist.
        guard q.inside(start) else { return nil }
        var s = FigureScanner(at: start, ordinal: ordinal)
        s.abbreviations = abbreviations
        if let opening = s.openingForm(q) { return opening }
        if let done = s.scanTokens(q) { return done }
        guard s.end > s.start || s.last == .a else { return nil }
        // the fraction forms that close a figure need a word or a hyphen after it
        let after = s.last == .a ? s.i : s.end
        guard q.isWord(after) || q.isHyphen(after) else { return s.last == .a ? nil : s.make(s.value) }
        if let f = s.spelledFraction(q, s.value) { return f }
        if s.last == .a { return nil }
        let value = s.ofAScale(q, s.andFraction(q, s.value))
        return s.make(value)
    }

    static let pluralScales = WordTable(words: ["thousands", "millions", "billions", "trillions", "lakhs", "lacs", "lkhs", "crores", "krores"], value: true)
    @inline(__always) static func isPluralScale(_ k: WordKey) -> Bool { pluralScales.contains(k) }
}

extension FigureParser {
    static let kKey = WordKey("k")
    @inline(__always) static func spelledScaleOrDigits(_ a: FigureScanner.Atom) -> Bool { a == .digits || a == .scale || a == .hundred }

    /// "¼ ½ ¾" are marks to the tokenizer, "⅓ ⅔ …" letters: both are looked up by key.
    static let vulgarFractions = WordTable([
        "½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
        "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ])

    /// Ordinal words and their plurals as denominators of compound fractions ("twenty-firsts").
    static let ordinalDenominators: WordTable<(value: Int, plural: Bool)> = {
        var table: [String: (value: Int, plural: Bool)] = [:]
        for (w, n) in NumberWords.ordinals.merging(NumberWords.compoundOrdinals, uniquingKeysWith: { a, _ in a }) where n >= 3 || w == "first" {
            table[w] = (n, false); table[w + "s"] = (n, true)
        }
        return WordTable(table)
    }()

    /// A whole spelled or written figure divided by another: "one over three", "1 in 21",
    /// "two out of five hundred". "over" only when nothing follows the divisor ("over 3 years" is a
    /// comparison); "in" and "out of" only for a smaller figure before a larger one, not a year.
    static func ratio(_ q: QuantityText, _ f: Figure) -> Figure? {
        let e = f.end
        guard q.inside(e), q.isWord(e) else { return nil }
        let k = q.tokens[e].key
        var j: Int
        if k == Keys.over { j = e + 1 } else if k == Keys.in { j = e + 1 } else if k == Keys.out, q.key(e + 1) == Keys.of { j = e + 2 } else { return nil }
        guard !f.fraction, !f.ordinal, f.value == f.value.rounded(), f.value >= 0 else { return nil }
        guard q.isNumber(j) || (q.isWord(j) && NumberWords.cardinalTable[q.key(j)] != nil) else { return nil }
        guard let g = unsigned(q, at: j, ordinal: false), !g.fraction, !g.ordinal, g.value > 0, g.value == g.value.rounded() else { return nil }
        if k == Keys.over {
            guard !q.isWord(g.end), f.value >= 1 else { return nil }
        } else {
            guard f.value >= 1, g.value > f.value else { return nil }
            if g.plainDigits, g.digitCount == 4, g.value >= 1800, g.value <= 2099 { return nil }
            if f.plainDigits, f.digitCount == 4, f.value >= 1800, f.value <= 2099 { return nil }
        }
        var r = f
        r.value = f.value / g.value; r.end = g.end; r.fraction = true; r.halfUnit = 0; r.plainDigits = false
        r.spelled = f.spelled || g.spelled; r.scaled = false
        return r
    }

    /// Fractions whose denominator is a compound ordinal: "three twenty-firsts", "a twenty-first",
    /// "one hundred thirty fifths" (100/35), "one one hundred and fifth" (1/105). The longest
    /// denominator that leaves a whole numerator wins. Simple ones ("two thirds") are read by `unsigned`.
    static func ordinalFraction(_ q: QuantityText, at i: Int) -> Figure? {
        // the run of number words and the ordinal that ends it
        var d = i, words = 0
        while q.inside(d), words < 12 {
            let t = q.tokens[d]
            if t.kind == .word {
                let k = t.key
                if NumberWords.cardinalTable[k] != nil || NumberWords.hundredTable[k] != nil || NumberWords.scaleWordTable[k] != nil
                    || k == Keys.and || (d == i && (k == Keys.a || k == Keys.an)) { d += 1; words += 1; continue }
            } else if q.isHyphen(d), q.touches(d), q.touches(d + 1) { d += 1; continue }
            break
        }
        guard words >= 2 || (words == 1 && q.isHyphen(d - 1)), q.isWord(d), let ord = ordinalDenominators[q.key(d)] else { return nil }
        if !ord.plural {
            // "a twenty-first century" is an ordinal: the singular must end the phrase or take "of"
            if q.isWord(d + 1) && !CountLexicon.stopTable.contains(q.key(d + 1)) { return nil }
        }
        var cardEnd = d
        if q.isHyphen(cardEnd - 1) { cardEnd -= 1 }
        if q.key(cardEnd - 1) == Keys.and { cardEnd -= 1 }
        var k = i + 1
        while k < cardEnd {
            defer { k += 1 }
            var numerator: Double
            if k == i + 1, q.key(i) == Keys.a || q.key(i) == Keys.an { numerator = 1 } else {
                guard let n = unsigned(q.limited(k), at: i, ordinal: false), n.end == k, !n.fraction else { continue }
                numerator = n.value
            }
            guard ord.plural ? numerator > 1 : numerator == 1 else { continue }
            guard q.isWord(k), NumberWords.cardinalTable[q.key(k)] != nil,
                  let c = unsigned(q.limited(cardEnd), at: k, ordinal: false), c.end == cardEnd, !c.fraction else { continue }
            let n = Double(ord.value)
            let cv = c.value.truncatingRemainder(dividingBy: 100)
            var den: Double
            if ord.value < 10, cv == 0 || (cv >= 20 && cv.truncatingRemainder(dividingBy: 10) == 0) { den = c.value + n }
            else if ord.value < 100, cv == 0 { den = c.value + n }
            else { continue }
            return Figure(value: numerator / den, start: i, end: d + 1, halfUnit: 0, spelled: true, scaled: false, fraction: true,
                          ordinal: false, plainDigits: false, digitCount: 0, firstDigits: -1)
        }
        return nil
    }

    static func shapeIsWhole(_ q: QuantityText, _ i: Int) -> Bool { i >= 0 && q.digitShape(i).plain }

    static let exponentMarks = WordTable(words: ["e"], value: true)
    static let caret = WordKey("^"), times = WordKey("x")

    /// "e10", "e+14", "e-1", "^23", "^-1", "x10^6" glued after the digits at token `i`.
    static func exponent(_ q: QuantityText, after i: Int, base: Double) -> (Double, Int)? {
        guard q.inside(i), q.touches(i) else { return nil }
        func signed(_ j: Int) -> (Double, Int)? {
            var j = j, sign = 1.0
            while q.inside(j), q.touches(j), q.key(j) == Keys.plus || q.isHyphen(j) {
                if q.isHyphen(j) { sign = -sign }
                j += 1
            }
            guard q.isNumber(j), q.touches(j), let d = digits(q, j), d.decimals == 0 else { return nil }
            return (sign * d.value, j + 1)
        }
        let k = q.key(i)
        if q.isWord(i), exponentMarks.contains(k), let (e, end) = signed(i + 1) { return (base * pow(10, e), end) }
        if k == caret, let (e, end) = signed(i + 1) { return (pow(base, e), end) }
        if q.isWord(i), k == times, q.isNumber(i + 1), q.touches(i + 1), (digits(q, i + 1)?.value ?? 0) == 10,
           q.key(i + 2) == caret, let (e, end) = signed(i + 3) { return (base * pow(10, e), end) }
        return nil
    }

    static let starterWords = WordTable(words: ["a", "an", "half", "quarter", "minus", "negative", "nought", "naught"], value: true)

    /// Cheap test run on every token: could a figure start here?
    @inline(__always) static func canStart(_ q: QuantityText, _ i: Int) -> Bool {
        let t = q.tokens[i]
        switch t.kind {
        case .number: return true
        case .word: return NumberWords.cardinalTable[t.key] != nil || starterWords.contains(t.key) || vulgarFractions[t.key] != nil
        case .punct: return (q.isHyphen(i) || t.key == Keys.dot || t.key == Keys.plus) && q.isNumber(i + 1) || vulgarFractions[t.key] != nil
        case .symbol: return false
        }
    }
}

/// The figure starting at one token, parsed at most once however many recognizers ask.
struct FigureAt {
    private var done = false
    private var figure: Figure? = nil

    mutating func get(_ q: QuantityText, _ i: Int) -> Figure? {
        if !done {
            done = true
            figure = FigureParser.canStart(q, i) ? FigureParser.parse(q, at: i) : nil
        }
        return figure
    }
}
