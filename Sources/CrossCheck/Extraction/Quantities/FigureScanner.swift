/// Reads one figure token by token, one step per form: digits, spelled words (cardinals,
/// "hundred", "dozen", "a", "and", "point"), scale words, scale abbreviations and ordinals; the
/// fraction forms that open or close a figure are in `FigureScanner+Fractions`. `FigureParser`
/// drives it; each step reads the token at `i` and says whether the figure goes on.
struct FigureScanner {
    /// What the last token read was, which decides what may follow it.
    enum Atom { case none, a, zero, unit, teen, tens, digits, hundred, scale, and }

    /// What one step did with the token at `i`.
    enum Step {
        /// Read it; `i` points past it.
        case advanced
        /// It is not part of the figure: the figure ends before it.
        case stop
        /// The figure is complete (a form that cannot go on, such as "3/4" or "1e10").
        case finished(Figure)
        /// No figure starts here after all.
        case failed
    }

    let start: Int
    let ordinal: Bool
    var i: Int
    var end: Int
    /// Groups above the current one ("4 thousand" once "3 hundred" follows) and the current group.
    var total = 0.0, current = 0.0
    var last = Atom.none
    var spelled = false, scaled = false, isFraction = false, isOrdinal = false
    /// Decimal places written, and the scale written after them ("1.04 trillion").
    var decimals = 0, literalScale = 1.0
    var lastScale = 0.0, andCap = 0.0
    var hundredInGroup = false
    var plain = false, digitCount = 0, firstDigits = -1
    var compound = false
    /// Whether a glued letter may scale the figure ("10k", "£5m"); off when a unit is sought.
    var abbreviations = true

    /// The sentence is passed to each step rather than kept: a copy in the scanner would retain its
    /// token array on every figure read.
    init(at start: Int, ordinal: Bool) {
        self.start = start
        self.ordinal = ordinal
        i = start
        end = start
    }

    var value: Double { last == .a ? 1 : total + current }

    @inline(__always) func make(_ value: Double) -> Figure {
        let half = Rounding.halfUnit(of: value, decimals: decimals, literalScale: literalScale, exact: isFraction || isOrdinal)
        return Figure(value: value, start: start, end: end, halfUnit: half, spelled: spelled, scaled: scaled,
                      fraction: isFraction, ordinal: isOrdinal, compound: compound, plainDigits: plain && !scaled && decimals == 0,
                      digitCount: digitCount, firstDigits: firstDigits)
    }

    /// Runs the steps until the figure ends.
    @inline(__always) mutating func scanTokens(_ q: QuantityText) -> Figure?? {
        while i < q.hi {
            let t = q.tokens[i]
            let step: Step
            switch t.kind {
            case .number: step = digitsStep(q)
            case .word: step = wordStep(q, t.key)
            case .punct: step = hyphenStep(q)
            case .symbol: step = .stop
            }
            switch step {
            case .advanced: continue
            case .stop: return .none
            case .finished(let f): return .some(f)
            case .failed: return .some(nil)
            }
        }
        return .none
    }

    // MARK: digits

    /// A number token: the first digits of the figure (with space grouping, exponents and digit
    /// fractions glued to them), or digits after a scale word or "hundred and".
    @inline(__always) mutating func digitsStep(_ q: QuantityText) -> Step {
        guard let d = FigureParser.digits(q, i) else { return last == .none ? .failed : .stop }
        if last == .none { return firstDigits(q, d) }
        // "4 thousand 3 hundred and 21"
        guard d.decimals == 0 else { return .stop }
        if last == .scale {
            let nk = q.key(i + 1)
            guard NumberWords.hundredTable[nk] != nil || NumberWords.scaleWordTable[nk] != nil, d.value < lastScale else { return .stop }
        } else if last == .and {
            guard d.value < andCap else { return .stop }
        } else {
            return .stop
        }
        current += d.value; i += 1; end = i; last = .digits
        return .advanced
    }

    mutating func firstDigits(_ q: QuantityText, _ d: (value: Double, decimals: Int)) -> Step {
        current = d.value; decimals = d.decimals
        let shape = q.digitShape(i)
        plain = shape.plain; digitCount = shape.digits; firstDigits = i
        i += 1; end = i; last = .digits
        if shape.plain && shape.digits <= 3 && !shape.leadingZero { spaceGrouped(q) }
        // Scientific notation and powers: "1e10", "12.32e+14", "-12e-1", "1.1^23", "1.3x10^6".
        if let (v, e2) = FigureParser.exponent(q, after: i, base: current) {
            current = v; i = e2; end = e2; plain = false; decimals = 0
            isFraction = true // exact as written
            return .finished(make(current))
        }
        if let f = digitFraction(q) { return .finished(f) }
        return .advanced
    }

    /// Space-grouped thousands: "1 234 567", "40 000", "1 234 567.89".
    mutating func spaceGrouped(_ q: QuantityText) {
        var k = i, v = current
        while q.isNumber(k), FigureParser.singleSpaceBefore(q, k) {
            let s2 = q.digitShape(k)
            if !s2.plain, let d = FigureParser.digits(q, k), d.decimals > 0, s2.digits - d.decimals == 3 {
                v = v * 1000 + d.value; decimals = d.decimals; k += 1; break
            }
            guard s2.plain, s2.digits == 3 else { break }
            v = v * 1000 + (FigureParser.digits(q, k)?.value ?? 0)
            k += 1
        }
        if k > i { current = v; i = k; end = k; plain = false; digitCount += 3 * (k - firstDigits - 1) }
    }

    /// "2 1/4" (a mixed fraction) and "3/4", "1/5" right after the first digits; a chain
    /// "3/17/2020" is a date.
    mutating func digitFraction(_ q: QuantityText) -> Figure? {
        if q.isNumber(i), FigureParser.shapeIsWhole(q, firstDigits),
           FigureParser.singleSpaceBefore(q, i) || q.tokens[i].start - q.tokens[i - 1].end <= 2,
           q.key(i + 1) == Keys.slash, q.touches(i + 1), q.isNumber(i + 2), q.touches(i + 2), !(q.key(i + 3) == Keys.slash),
           let num = FigureParser.digits(q, i), let den = FigureParser.digits(q, i + 2),
           num.decimals == 0, den.decimals == 0, num.value < den.value, den.value > 0 {
            isFraction = true; plain = false; end = i + 3
            return make(current + num.value / den.value)
        }
        if q.key(i) == Keys.slash, q.touches(i), q.isNumber(i + 1), q.touches(i + 1), decimals == 0,
           !(q.key(i + 2) == Keys.slash), let den = FigureParser.digits(q, i + 1), den.decimals == 0, den.value > 0 {
            isFraction = true; plain = false; end = i + 2
            return make(current / den.value)
        }
        return nil
    }

    // MARK: words

    @inline(__always) mutating func wordStep(_ q: QuantityText, _ k: WordKey) -> Step {
        if let c = NumberWords.cardinalTable[k] { return cardinalStep(q, c) }
        if let plural = NumberWords.hundredTable[k] { return hundredStep(q, plural: plural) }
        if let scale = NumberWords.scaleWordTable[k] { return scaleStep(q, scale) }
        if let abbreviation = NumberWords.scaleAbbreviationTable[k] { return abbreviations ? abbreviationStep(q, k, abbreviation) : .stop }
        if let plural = NumberWords.dozenTable[k] { return dozenStep(q, plural: plural) }
        if k == Keys.a || k == Keys.an { return articleStep(q) }
        if k == Keys.and { return andStep(q) }
        if k == Keys.point { return pointStep(q) }
        if ordinal, let n = NumberWords.ordinalTable[k] { return ordinalStep(q, n) }
        return .stop
    }

    /// "seven", "twenty", "nineteen", "nought" after what may precede them.
    @inline(__always) mutating func cardinalStep(_ q: QuantityText, _ c: Double) -> Step {
        let kind: Atom = c == 0 ? .zero : c < 10 ? .unit : c < 20 ? .teen : .tens
        let ok: Bool
        switch last {
        case .none: ok = true
        case .tens: ok = kind == .unit
        case .hundred: ok = c < 100 && kind != .zero
        case .scale: ok = kind != .zero && current == 0
        case .and: ok = c < andCap && kind != .zero
        default: ok = false
        }
        guard ok else { return .stop }
        current += c; spelled = true; last = kind; i += 1; end = i
        if kind == .zero && !(q.key(i) == Keys.point && q.isWord(i)) { return .stop }
        return .advanced
    }

    /// "three hundred", "a hundred", "5 hundred": multiplies the group below a thousand.
    mutating func hundredStep(_ q: QuantityText, plural: Bool) -> Step {
        guard !hundredInGroup, last == .unit || last == .teen || last == .tens || last == .digits || last == .a else { return .stop }
        if plural && last == .a { return .stop }
        if last == .a { current = 1 }
        current *= 100; hundredInGroup = true; spelled = true
        if decimals > 0 { literalScale *= 100 }
        last = .hundred; i += 1; end = i
        return .advanced
    }

    /// "nine thousand", "5 million", "30 lakh", "a billion", "2.5 crore".
    @inline(__always) mutating func scaleStep(_ q: QuantityText, _ scale: Double) -> Step {
        switch last {
        case .unit, .teen, .tens, .digits, .hundred: break
        case .a: current = 1
        case .scale where current == 0 && scale > lastScale: break
        default: return .stop
        }
        if current == 0 && total > 0 && scale > lastScale {
            total *= scale
        } else {
            total += current * scale; current = 0
        }
        if decimals > 0 { literalScale *= scale }
        lastScale = scale; scaled = true; spelled = true; hundredInGroup = false
        last = .scale; i += 1; end = i
        return .advanced
    }

    /// "10k", "£183.39m", "1.2bn", "5 mn": an abbreviated scale ends the figure.
    mutating func abbreviationStep(_ q: QuantityText, _ k: WordKey, _ abbr: NumberWords.ScaleAbbreviation) -> Step {
        guard last == .digits, !spelled else { return .stop }
        if abbr.adjacentOnly {
            // "2.33 k" at the end of a phrase; "5 k race" stays apart
            guard q.touches(i) || (k == FigureParser.kKey && !q.isWord(i + 1) && !q.isNumber(i + 1)) else { return .stop }
        }
        // "10 m" or "5m." as metres is left alone by adjacentOnly; "1m" before a word like
        // "isn't" still reads as a million, which news text rarely contradicts.
        current *= abbr.scale
        if decimals > 0 { literalScale *= abbr.scale }
        scaled = true; i += 1; end = i
        return .stop
    }

    /// "a dozen", "two dozen", "half a dozen" (read by the fractions), "a dozen of" ending the text.
    mutating func dozenStep(_ q: QuantityText, plural: Bool) -> Step {
        guard last == .unit || last == .teen || last == .tens || last == .digits || last == .hundred || last == .a else { return .stop }
        if plural && last == .a { return .stop }
        if last == .a { current = 1 }
        current *= 12; spelled = true; i += 1; end = i
        last = .scale; lastScale = 12
        if q.key(i) == Keys.of, !q.inside(i + 1) { end = i + 1 }
        return .stop
    }

    /// "a hundred", "a million", "a dozen", "a third": the article stands for one.
    mutating func articleStep(_ q: QuantityText) -> Step {
        guard last == .none else { return .stop }
        let nk = q.key(i + 1)
        let ordinals = NumberWords.ordinalTable
        guard NumberWords.hundredTable[nk] == false || NumberWords.scaleWordTable[nk] != nil
                || NumberWords.dozenTable[nk] == false || (ordinal && (ordinals[nk] ?? 0) >= 100)
                || (NumberWords.denominatorTable[nk].map { !$0.plural } ?? false) else { return .stop }
        if NumberWords.scaleWordTable[nk] != nil, nk.length > 0, FigureParser.isPluralScale(nk) { return .stop }
        last = .a; i += 1
        return .advanced
    }

    /// "one hundred and five", "4 thousand and 21"; not before a fraction ("one hundred and three
    /// quarters" is read afterwards) nor between two figures ("3 hundred and 2 hundred").
    mutating func andStep(_ q: QuantityText) -> Step {
        guard last == .hundred || last == .scale else { return .stop }
        let nk = q.key(i + 1)
        guard q.isNumber(i + 1) || NumberWords.cardinalTable[nk] != nil else { return .stop }
        var j = i + 1
        while q.inside(j), (q.isWord(j) && NumberWords.cardinalTable[q.key(j)] != nil) || q.isHyphen(j) || q.isNumber(j) { j += 1 }
        if q.isWord(j), NumberWords.denominatorTable[q.key(j)] != nil,
           let g = FigureParser.unsigned(q, at: i + 1, ordinal: false), g.fraction, g.value < 1 { return .stop }
        if q.isWord(j), hundredInGroup, NumberWords.hundredTable[q.key(j)] != nil { return .stop }
        if q.isWord(j), last == .scale, let sc = NumberWords.scaleWordTable[q.key(j)], sc >= lastScale { return .stop }
        if q.isNumber(i + 1), (FigureParser.digits(q, i + 1)?.value ?? 0) == 0 { return .stop }
        andCap = last == .hundred ? 100 : lastScale
        last = .and; i += 1
        return .advanced
    }

    /// "two point five", "1 point 1", "nine point nought four", "point fifty-five".
    mutating func pointStep(_ q: QuantityText) -> Step {
        guard last == .unit || last == .teen || last == .tens || last == .zero || last == .hundred
                || (last == .digits && decimals == 0) else { return .stop }
        var j = i + 1
        var frac = 0.0, n = 0
        if q.isNumber(j), let d = FigureParser.digits(q, j), d.decimals == 0 {
            n = q.tokens[j].end - q.tokens[j].start
            frac = d.value / Rounding.pow10[min(n, 22)]; j += 1
        } else if let first = NumberWords.cardinalTable[q.key(j)], q.isWord(j) {
            if first < 10 {
                var v = 0.0
                while let c = NumberWords.cardinalTable[q.key(j)], q.isWord(j), c < 10 { v = v * 10 + c; n += 1; j += 1 }
                frac = v / Rounding.pow10[n]
            } else {
                var v = first; j += 1
                if first >= 20 {
                    var h = j
                    if q.isHyphen(h) { h += 1 }
                    if let u = NumberWords.cardinalTable[q.key(h)], q.isWord(h), u > 0, u < 10 { v += u; j = h + 1 }
                }
                n = 2; frac = v / 100
            }
        } else { return .stop }
        current += frac; decimals = n; spelled = true; last = .digits; i = j; end = j
        return .advanced
    }

    /// An ordinal word ending the figure ("twenty-fifth", "a hundred trillionth"); only when
    /// parsing ordinals.
    mutating func ordinalStep(_ q: QuantityText, _ n: Int) -> Step {
        let v = Double(n)
        switch last {
        case .none: current = v
        case .tens where n < 10: current += v
        case .hundred where n >= 1000: total = (total + current) * v; current = 0
        case .hundred, .scale, .and: guard n < 100 else { return .stop }; current += v
        case .unit, .teen, .tens, .a, .digits:
            guard n >= 100 else { return .stop }
            if last == .a { current = 1 }
            if n == 100 { current *= 100 } else { total = (total + current) * v; current = 0 }
        default: return .stop
        }
        isOrdinal = true; spelled = true; i += 1; end = i
        return .stop
    }

    // MARK: marks

    /// "twenty-five", "twenty—fifth", "fifty - two"; and a scale joined by a hyphen as a compound
    /// modifier ("a $44-billion deal", "the Rs 600-crore mission", "a 1.5-million-strong army").
    @inline(__always) mutating func hyphenStep(_ q: QuantityText) -> Step {
        guard q.isHyphen(i) else { return .stop }
        let nk = q.key(i + 1)
        if last == .tens {
            if let c = NumberWords.cardinalTable[nk], c > 0, c < 10 { i += 1; return .advanced }
            if ordinal, let n = NumberWords.ordinalTable[nk], n < 10 { i += 1; return .advanced }
        }
        if !ordinal, q.touches(i), q.touches(i + 1), q.isWord(i + 1), NumberWords.scaleWordTable[nk] != nil, !FigureParser.isPluralScale(nk),
           last == .digits || last == .unit || last == .teen || last == .tens || last == .hundred {
            compound = true; i += 1; return .advanced
        }
        return .stop
    }
}
