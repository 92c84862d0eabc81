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
/// Rounding (`halfUnit`), the interval a bare figure asserts:
/// - a figure with decimals asserts half a unit of its last written decimal place, times the scale
///   after it ("1.04 trillion" ± 0.005 trillion, "4.800" ± 0.0005);
/// - a whole figure asserts half a unit of its last non-zero digit ("$450 million" ± 5 million,
///   "9,000" ± 500, "twenty" ± 5);
/// - a whole figure whose last digit is not zero is exact ("seven", "28,513", "21"): small counts
///   such as "seven rounds" are exact points;
/// - fractions ("two thirds", "two and a half") and zero are exact.
enum FigureParser {
    enum Atom { case none, a, zero, unit, teen, tens, digits, hundred, scale, and }

    static let pow10: [Double] = (0...22).map { pow(10, Double($0)) }

    /// Parses a figure starting exactly at token `start`; nil when none starts there.
    static func parse(_ q: QuantityText, at start: Int, ordinal: Bool = false) -> Figure? {
        guard q.inside(start) else { return nil }
        var i = start
        var sign = 1.0
        let k = q.tokens[i].key
        if q.tokens[i].kind == .word, k == Keys.minus || k == Keys.negative {
            sign = -1; i += 1
            if q.isHyphen(i), q.touches(i) { i += 1 } // "negative-5"
        } else if q.isHyphen(i), k == Keys.hyphen || k == Keys.minusSign {
            let next = i + 1
            guard q.isNumber(next) || (q.key(next) == Keys.dot && q.isNumber(next + 1)) else { return nil }
            let atStart = i == q.lo
            let freeBefore = atStart || q.tokens[i].spaceBefore || q.key(i - 1) == Keys.openParen
                || Hedges.comparisonMarks.contains(q.key(i - 1)) // "<-30"
            guard freeBefore, q.touches(next) || atStart else { return nil }
            sign = -1; i += 1
        }
        guard var f = unsigned(q, at: i, ordinal: ordinal) else { return nil }
        if !ordinal, let r = ratio(q, f) { f = r }
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

    static func unsigned(_ q: QuantityText, at start: Int, ordinal: Bool) -> Figure? {
        // A sign word may end the sentence ("the balance was negative"): nothing follows to read,
        // and at the document's end the next token does not exist.
        guard q.inside(start) else { return nil }
        var i = start
        var total = 0.0, current = 0.0
        var last = Atom.none
        var end = start
        var spelled = false, scaled = false, isFraction = false, isOrdinal = false
        var decimals = 0, literalScale = 1.0
        var lastScale = 0.0, andCap = 0.0
        var hundredInGroup = false
        var plain = false, digitCount = 0, firstDigits = -1
        let ordinals = NumberWords.ordinalTable

        func make(_ value: Double) -> Figure {
            var half = 0.0
            if isFraction || isOrdinal {
                half = 0
            } else if decimals > 0 {
                half = 0.5 / pow10[min(decimals, 22)] * literalScale
            } else {
                var v = abs(value)
                if v >= 10 && v == v.rounded() && v < 1e21 {
                    var z = 0
                    while v >= 10 && v.truncatingRemainder(dividingBy: 10) == 0 { v /= 10; z += 1 }
                    half = z == 0 ? 0 : 0.5 * pow10[z]
                }
            }
            return Figure(value: value, start: start, end: end, halfUnit: half, spelled: spelled, scaled: scaled,
                          fraction: isFraction, ordinal: isOrdinal, plainDigits: plain && !scaled && decimals == 0,
                          digitCount: digitCount, firstDigits: firstDigits)
        }

        if q.tokens[i].kind == .word, NumberWords.cardinalTable[q.tokens[i].key] != nil || q.tokens[i].key == Keys.a || q.tokens[i].key == Keys.an,
           let f = ordinalFraction(q, at: i) { return f }
        // "⅔", "½": vulgar fraction characters.
        if q.tokens[i].kind != .number, let v = vulgarFractions[q.tokens[i].key] {
            isFraction = true; spelled = true; end = i + 1
            return make(v)
        }

        // ".08": a decimal without its leading zero.
        if q.key(i) == Keys.dot, q.isNumber(i + 1), q.touches(i + 1),
           i == q.lo || q.tokens[i].spaceBefore || q.isHyphen(i - 1) {
            guard let d = digits(q, i + 1), d.decimals == 0 else { return nil }
            let n = q.tokens[i + 1].end - q.tokens[i + 1].start
            current = d.value / pow10[min(n, 22)]
            decimals = n; last = .digits; firstDigits = i + 1; i += 2; end = i
        }

        // "half a million", "quarter million", "a quarter million", "half a dozen".
        if last == .none {
            var j = i
            if q.key(j) == Keys.a { j += 1 }
            let fk = q.key(j)
            if q.isWord(j), fk == Keys.half || fk == Keys.quarter {
                var s = j + 1
                if q.key(s) == Keys.a { s += 1 }
                let frac = fk == Keys.half ? 0.5 : 0.25
                if let scale = NumberWords.scaleWordTable[q.key(s)], q.isWord(s) {
                    end = s + 1; spelled = true; scaled = true
                    return make(frac * scale)
                }
                if NumberWords.dozenTable[q.key(s)] != nil, q.isWord(s) {
                    end = s + 1; spelled = true
                    return make(frac * 12)
                }
            }
            // "a couple of", "a pair of": two, when "of" follows or the phrase ends ("a couple was
            // arrested" is two people, not a figure to check).
            if j == i + 1, q.isWord(j), fk == Keys.couple || fk == Keys.pair {
                if q.key(j + 1) == Keys.of { end = q.inside(j + 2) ? j + 1 : j + 2; spelled = true; return make(2) }
                if !q.isWord(j + 1) { end = j + 1; spelled = true; return make(2) }
            }
        }

        loop: while i < q.hi {
            let t = q.tokens[i]
            switch t.kind {
            case .number:
                guard let d = digits(q, i) else { if last == .none { return nil }; break loop }
                if last == .none {
                    current = d.value; decimals = d.decimals
                    let shape = q.digitShape(i)
                    plain = shape.plain; digitCount = shape.digits; firstDigits = i
                    i += 1; end = i; last = .digits
                    // Space-grouped thousands: "1 234 567", "40 000".
                    if shape.plain && shape.digits <= 3 && !shape.leadingZero {
                        var k = i, v = current
                        while q.isNumber(k), singleSpaceBefore(q, k) {
                            let s2 = q.digitShape(k)
                            if !s2.plain, let d = digits(q, k), d.decimals > 0, s2.digits - d.decimals == 3 {
                                v = v * 1000 + d.value; decimals = d.decimals; k += 1; break // "1 234 567.89"
                            }
                            guard s2.plain, s2.digits == 3 else { break }
                            v = v * 1000 + (digits(q, k)?.value ?? 0)
                            k += 1
                        }
                        if k > i { current = v; i = k; end = k; plain = false; digitCount += 3 * (k - firstDigits - 1) }
                    }
                    // Scientific notation and powers: "1e10", "12.32e+14", "-12e-1", "1.1^23", "1.3x10^6".
                    if let (v, e2) = exponent(q, after: i, base: current) {
                        current = v; i = e2; end = e2; plain = false; decimals = 0
                        isFraction = true // exact as written
                        return make(current)
                    }
                    // Mixed fractions: "2 1/4".
                    if shapeIsWhole(q, firstDigits), q.isNumber(i), singleSpaceBefore(q, i) || q.tokens[i].start - q.tokens[i - 1].end <= 2,
                       q.key(i + 1) == Keys.slash, q.touches(i + 1), q.isNumber(i + 2), q.touches(i + 2), !(q.key(i + 3) == Keys.slash),
                       let num = digits(q, i), let den = digits(q, i + 2), num.decimals == 0, den.decimals == 0, num.value < den.value, den.value > 0 {
                        isFraction = true; plain = false; end = i + 3
                        return make(current + num.value / den.value)
                    }
                    // Digit fractions: "3/4", "1/5"; a chain "3/17/2020" is a date.
                    if q.key(i) == Keys.slash, q.touches(i), q.isNumber(i + 1), q.touches(i + 1), decimals == 0,
                       !(q.key(i + 2) == Keys.slash), let den = digits(q, i + 1), den.decimals == 0, den.value > 0 {
                        isFraction = true; plain = false
                        end = i + 2
                        return make(current / den.value)
                    }
                    continue loop
                }
                // Digits after a scale word or "hundred and": "4 thousand 3 hundred and 21".
                guard d.decimals == 0 else { break loop }
                if last == .scale {
                    let nk = q.key(i + 1)
                    guard NumberWords.hundredTable[nk] != nil || NumberWords.scaleWordTable[nk] != nil, d.value < lastScale else { break loop }
                } else if last == .and {
                    guard d.value < andCap else { break loop }
                } else {
                    break loop
                }
                current += d.value; i += 1; end = i; last = .digits
            case .word:
                let k = t.key
                if let c = NumberWords.cardinalTable[k] {
                    let kind: Atom = c == 0 ? .zero : c < 10 ? .unit : c < 20 ? .teen : .tens
                    var ok = false
                    switch last {
                    case .none: ok = true
                    case .tens: ok = kind == .unit
                    case .hundred: ok = c < 100 && kind != .zero
                    case .scale: ok = kind != .zero && current == 0
                    case .and: ok = c < andCap && kind != .zero
                    default: ok = false
                    }
                    guard ok else { break loop }
                    current += c; spelled = true; last = kind; i += 1; end = i
                    if kind == .zero && !(q.key(i) == Keys.point && q.isWord(i)) { break loop }
                } else if let plural = NumberWords.hundredTable[k] {
                    guard !hundredInGroup, last == .unit || last == .teen || last == .tens || last == .digits || last == .a else { break loop }
                    if plural && last == .a { break loop }
                    if last == .a { current = 1 }
                    current *= 100; hundredInGroup = true; spelled = true
                    if decimals > 0 { literalScale *= 100 }
                    last = .hundred; i += 1; end = i
                } else if let scale = NumberWords.scaleWordTable[k] {
                    switch last {
                    case .unit, .teen, .tens, .digits, .hundred: break
                    case .a: current = 1
                    case .scale where current == 0 && scale > lastScale: break
                    default: break loop
                    }
                    if current == 0 && total > 0 && scale > lastScale {
                        total *= scale
                    } else {
                        total += current * scale; current = 0
                    }
                    if decimals > 0 { literalScale *= scale }
                    lastScale = scale; scaled = true; spelled = true; hundredInGroup = false
                    last = .scale; i += 1; end = i
                } else if let abbr = NumberWords.scaleAbbreviationTable[k] {
                    guard last == .digits, !spelled else { break loop }
                    if abbr.adjacentOnly {
                        // "2.33 k" at the end of a phrase; "5 k race" stays apart
                        guard q.touches(i) || (k == kKey && !q.isWord(i + 1) && !q.isNumber(i + 1)) else { break loop }
                    }
                    // "10 m" or "5m." as metres is left alone by adjacentOnly; "1m" before a word like
                    // "isn't" still reads as a million, which news text rarely contradicts.
                    current *= abbr.scale
                    if decimals > 0 { literalScale *= abbr.scale }
                    scaled = true; i += 1; end = i
                    break loop
                } else if let plural = NumberWords.dozenTable[k] {
                    guard last == .unit || last == .teen || last == .tens || last == .digits || last == .hundred || last == .a else { break loop }
                    if plural && last == .a { break loop }
                    if last == .a { current = 1 }
                    current *= 12; spelled = true; i += 1; end = i
                    last = .scale; lastScale = 12
                    if q.key(i) == Keys.of, !q.inside(i + 1) { end = i + 1 } // "a dozen of" ending the text
                    break loop
                } else if k == Keys.a || k == Keys.an {
                    guard last == .none else { break loop }
                    let nk = q.key(i + 1)
                    guard NumberWords.hundredTable[nk] == false || NumberWords.scaleWordTable[nk] != nil
                            || NumberWords.dozenTable[nk] == false || (ordinal && ordinals[nk] != nil && (ordinals[nk] ?? 0) >= 100)
                            || (NumberWords.denominatorTable[nk].map { !$0.plural } ?? false) else { break loop }
                    if NumberWords.scaleWordTable[nk] != nil, nk.length > 0, isPluralScale(nk) { break loop }
                    last = .a; i += 1
                } else if k == Keys.and {
                    guard last == .hundred || last == .scale else { break loop }
                    let nk = q.key(i + 1)
                    guard q.isNumber(i + 1) || NumberWords.cardinalTable[nk] != nil else { break loop }
                    // "one hundred and three quarters": the fraction after "and" is read below.
                    // "3 hundred and 2 hundred", "4 thousand 3 hundred and 0": two figures.
                    var j = i + 1
                    while q.inside(j), (q.isWord(j) && NumberWords.cardinalTable[q.key(j)] != nil) || q.isHyphen(j) || q.isNumber(j) { j += 1 }
                    if q.isWord(j), NumberWords.denominatorTable[q.key(j)] != nil,
                       let g = unsigned(q, at: i + 1, ordinal: false), g.fraction, g.value < 1 { break loop }
                    if q.isWord(j), hundredInGroup, NumberWords.hundredTable[q.key(j)] != nil { break loop }
                    if q.isWord(j), last == .scale, let sc = NumberWords.scaleWordTable[q.key(j)], sc >= lastScale { break loop }
                    if q.isNumber(i + 1), (digits(q, i + 1)?.value ?? 0) == 0 { break loop }
                    andCap = last == .hundred ? 100 : lastScale
                    last = .and; i += 1
                } else if k == Keys.point {
                    // "two point five", "1 point 1", "nine point nought four".
                    guard last == .unit || last == .teen || last == .tens || last == .zero || last == .hundred
                            || (last == .digits && decimals == 0) else { break loop }
                    var j = i + 1
                    var frac = 0.0, n = 0
                    if q.isNumber(j), let d = digits(q, j), d.decimals == 0 {
                        n = q.tokens[j].end - q.tokens[j].start
                        frac = d.value / pow10[min(n, 22)]; j += 1
                    } else if let first = NumberWords.cardinalTable[q.key(j)], q.isWord(j) {
                        if first < 10 {
                            var v = 0.0
                            while let c = NumberWords.cardinalTable[q.key(j)], q.isWord(j), c < 10 { v = v * 10 + c; n += 1; j += 1 }
                            frac = v / pow10[n]
                        } else {
                            var v = first; j += 1
                            if first >= 20 {
                                var h = j
                                if q.isHyphen(h) { h += 1 }
                                if let u = NumberWords.cardinalTable[q.key(h)], q.isWord(h), u > 0, u < 10 { v += u; j = h + 1 }
                            }
                            n = 2; frac = v / 100
                        }
                    } else { break loop }
                    current += frac; decimals = n; spelled = true; last = .digits; i = j; end = j
                } else if ordinal, let n = ordinals[k] {
                    let v = Double(n)
                    switch last {
                    case .none: current = v
                    case .tens where n < 10: current += v
                    case .hundred where n >= 1000: total = (total + current) * v; current = 0 // "a hundred trillionth"
                    case .hundred, .scale, .and: guard n < 100 else { break loop }; current += v
                    case .unit, .teen, .tens, .a, .digits:
                        guard n >= 100 else { break loop }
                        if last == .a { current = 1 }
                        if n == 100 { current *= 100 } else { total = (total + current) * v; current = 0 }
                    default: break loop
                    }
                    isOrdinal = true; spelled = true; i += 1; end = i
                    break loop
                } else {
                    break loop
                }
            case .punct:
                // "twenty-five", "twenty—fifth", "fifty - two"
                guard last == .tens, q.isHyphen(i) else { break loop }
                let nk = q.key(i + 1)
                if let c = NumberWords.cardinalTable[nk], c > 0, c < 10 { i += 1; continue loop }
                if ordinal, let n = ordinals[nk], n < 10 { i += 1; continue loop }
                break loop
            case .symbol:
                break loop
            }
        }
        guard end > start || last == .a else { return nil }
        var value = last == .a ? 1 : total + current

        // Spelled fractions: "two thirds", "one-eighth", "a half", "a hundredth".
        if !isOrdinal && !isFraction && (last == .unit || last == .teen || last == .tens || last == .a || last == .hundred || last == .scale || last == .digits) {
            var j = end
            if last == .a { j = i }
            if q.isHyphen(j), q.touches(j), q.touches(j + 1) || q.key(j) != Keys.hyphen { j += 1 }
            else if q.isHyphen(j), !q.isWord(j + 2), !spelledScaleOrDigits(last) { j += 1 } // "five - eighths" ending the phrase
            if let den = NumberWords.denominatorTable[q.key(j)], q.isWord(j), value >= 1, value == value.rounded() {
                let numeratorIsOne = value == 1
                let digitNumerator = last == .digits
                var agree = den.plural ? !numeratorIsOne : numeratorIsOne
                if agree && !den.plural {
                    // "a third round" is an ordinal: the singular fraction must end the phrase or take "of".
                    let after = q.key(j + 1)
                    if q.isWord(j + 1) && !CountLexicon.stopTable.contains(after) { agree = false }
                }
                if digitNumerator && !den.plural { agree = false }
                // "two quarters" of a year: a plural quarter is a fraction only before "of" or at the end.
                if agree && den.value == 4 && den.plural && q.isWord(j + 1) && q.key(j + 1) != Keys.of
                    && NumberWords.scaleWordTable[q.key(j + 1)] == nil { agree = false }
                if agree {
                    value /= den.value; isFraction = true; spelled = true; end = j + 1
                    if let scale = NumberWords.scaleWordTable[q.key(end)], q.isWord(end), !isPluralScale(q.key(end)) {
                        value *= scale; scaled = true; end += 1
                    } else if q.key(end) == Keys.of, q.key(end + 1) == Keys.a, let sc = NumberWords.scaleWordTable[q.key(end + 2)],
                              q.isWord(end + 2), !isPluralScale(q.key(end + 2)) {
                        value *= sc; scaled = true; end += 3 // "two thirds of a million"
                    }
                    return make(value)
                }
            }
        }
        if last == .a { return nil }

        // "two and a half", "3 million and a half", "five billion and three quarters",
        // "two hundred and fifty-four hundredths", "one billion and a half million".
        if !isOrdinal && !isFraction && q.key(end) == Keys.and && q.isWord(end + 1) {
            let gk = q.key(end + 1)
            if let g = unsigned(q, at: end + 1, ordinal: false), g.fraction || (g.scaled && (gk == Keys.a || gk == Keys.half || gk == Keys.quarter)),
               g.spelled, g.firstDigits < 0, g.value > 0 {
                var frac = g.value, fracScale = 1.0
                if g.scaled, let sc = NumberWords.scaleWordTable[q.key(g.end - 1)] { fracScale = sc; frac = g.value / sc }
                if frac < 1 {
                    if last == .scale {
                        value += g.scaled ? g.value : frac * lastScale
                    } else {
                        value = (value + frac) * fracScale
                        if g.scaled { scaled = true }
                    }
                    isFraction = true; spelled = true; end = g.end
                }
            } else {
                // "one million and a half possibilities": the fraction before a noun
                var numerator = 0.0, j = end + 2
                if gk == Keys.a || gk == Keys.one { numerator = 1 } else if let c = NumberWords.cardinalTable[gk], c > 1, c < 10 { numerator = c } else { j = -1 }
                if j > 0, let den = NumberWords.denominatorTable[q.key(j)], q.isWord(j), den.plural == (numerator > 1) {
                    let unit = last == .scale ? lastScale : 1
                    value += numerator / den.value * unit
                    isFraction = true; spelled = true; end = j + 1
                    if last != .scale, let scale = NumberWords.scaleWordTable[q.key(end)], q.isWord(end), !isPluralScale(q.key(end)) {
                        value *= scale; scaled = true; end += 1
                    }
                }
            }
        }
        // "two thirds of a million"
        if isFraction, spelled, value < 1, q.key(end) == Keys.of, q.key(end + 1) == Keys.a,
           let sc = NumberWords.scaleWordTable[q.key(end + 2)], q.isWord(end + 2), !isPluralScale(q.key(end + 2)) {
            value *= sc; scaled = true; end += 3
        }
        return make(value)
    }

    static let pluralScales = WordTable(words: ["thousands", "millions", "billions", "trillions", "lakhs", "lacs", "lkhs", "crores", "krores"], value: true)
    @inline(__always) static func isPluralScale(_ k: WordKey) -> Bool { pluralScales.contains(k) }
}

extension FigureParser {
    static let kKey = WordKey("k")
    @inline(__always) static func spelledScaleOrDigits(_ a: Atom) -> Bool { a == .digits || a == .scale || a == .hundred }

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
        case .punct: return (q.isHyphen(i) || t.key == Keys.dot) && q.isNumber(i + 1) || vulgarFractions[t.key] != nil
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
