/// The fraction forms of a figure: those that open it ("½", ".08", "half a million", "a couple
/// of") and those that close it ("two thirds", "two and a half", "two thirds of a million").
extension FigureScanner {
    /// A figure complete in its opening tokens (`.some`), no figure at all (`.some(nil)`), or
    /// nothing special: the steps go on (`nil`).
    mutating func openingForm(_ q: QuantityText) -> Figure?? {
        let t = q.tokens[i]
        if t.kind == .word, NumberWords.cardinalTable[t.key] != nil || t.key == Keys.a || t.key == Keys.an,
           let f = FigureParser.ordinalFraction(q, at: i) { return .some(f) }
        // "⅔", "½": vulgar fraction characters.
        if t.kind != .number, let v = FigureParser.vulgarFractions[t.key] {
            isFraction = true; spelled = true; end = i + 1
            return .some(make(v))
        }
        // ".08": a decimal without its leading zero.
        if q.key(i) == Keys.dot, q.isNumber(i + 1), q.touches(i + 1),
           i == q.lo || q.tokens[i].spaceBefore || q.isHyphen(i - 1) {
            guard let d = FigureParser.digits(q, i + 1), d.decimals == 0 else { return .some(nil) }
            let n = q.tokens[i + 1].end - q.tokens[i + 1].start
            current = d.value / Rounding.pow10[min(n, 22)]
            decimals = n; last = .digits; firstDigits = i + 1; i += 2; end = i
            return nil
        }
        guard t.kind == .word else { return nil }
        return halfOrCouple(q).map { .some($0) }
    }

    /// "half a million", "quarter million", "a quarter million", "half a dozen"; "a couple of",
    /// "a pair of": two, when "of" follows or the phrase ends ("a couple was arrested" is two
    /// people, not a figure to check).
    mutating func halfOrCouple(_ q: QuantityText) -> Figure? {
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
        if j == i + 1, q.isWord(j), fk == Keys.couple || fk == Keys.pair {
            if q.key(j + 1) == Keys.of { end = q.inside(j + 2) ? j + 1 : j + 2; spelled = true; return make(2) }
            if !q.isWord(j + 1) { end = j + 1; spelled = true; return make(2) }
        }
        return nil
    }

    /// Spelled fractions after a whole figure: "two thirds", "one-eighth", "a half", "a
    /// hundredth", "five - eighths", then a scale ("two thirds million", "two thirds of a million").
    mutating func spelledFraction(_ q: QuantityText, _ whole: Double) -> Figure? {
        guard !isOrdinal, !isFraction,
              last == .unit || last == .teen || last == .tens || last == .a || last == .hundred || last == .scale || last == .digits else { return nil }
        var value = whole
        var j = last == .a ? i : end
        if q.isHyphen(j), q.touches(j), q.touches(j + 1) || q.key(j) != Keys.hyphen { j += 1 }
        else if q.isHyphen(j), !q.isWord(j + 2), !FigureParser.spelledScaleOrDigits(last) { j += 1 } // "five - eighths" ending the phrase
        guard let den = NumberWords.denominatorTable[q.key(j)], q.isWord(j), value >= 1, value == value.rounded() else { return nil }
        var agree = den.plural ? value != 1 : value == 1
        if agree && !den.plural {
            // "a third round" is an ordinal: the singular fraction must end the phrase or take "of".
            let after = q.key(j + 1)
            if q.isWord(j + 1) && !CountLexicon.stopTable.contains(after) { agree = false }
        }
        if last == .digits && !den.plural { agree = false }
        // "two quarters" of a year: a plural quarter is a fraction only before "of" or at the end.
        if agree && den.value == 4 && den.plural && q.isWord(j + 1) && q.key(j + 1) != Keys.of
            && NumberWords.scaleWordTable[q.key(j + 1)] == nil { agree = false }
        guard agree else { return nil }
        value /= den.value; isFraction = true; spelled = true; end = j + 1
        if let scale = NumberWords.scaleWordTable[q.key(end)], q.isWord(end), !FigureParser.isPluralScale(q.key(end)) {
            value *= scale; scaled = true; end += 1
        } else if q.key(end) == Keys.of, q.key(end + 1) == Keys.a, let sc = NumberWords.scaleWordTable[q.key(end + 2)],
                  q.isWord(end + 2), !FigureParser.isPluralScale(q.key(end + 2)) {
            value *= sc; scaled = true; end += 3
        }
        return make(value)
    }

    /// A fraction after "and": "two and a half", "3 million and a half", "five billion and three
    /// quarters", "two hundred and fifty-four hundredths", "one billion and a half million", and
    /// before a noun "one million and a half possibilities".
    mutating func andFraction(_ q: QuantityText, _ whole: Double) -> Double {
        guard !isOrdinal, !isFraction, q.key(end) == Keys.and, q.isWord(end + 1) else { return whole }
        var value = whole
        let gk = q.key(end + 1)
        if let g = FigureParser.unsigned(q, at: end + 1, ordinal: false), g.fraction || (g.scaled && (gk == Keys.a || gk == Keys.half || gk == Keys.quarter)),
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
            return value
        }
        var numerator = 0.0, j = end + 2
        if gk == Keys.a || gk == Keys.one { numerator = 1 } else if let c = NumberWords.cardinalTable[gk], c > 1, c < 10 { numerator = c } else { j = -1 }
        if j > 0, let den = NumberWords.denominatorTable[q.key(j)], q.isWord(j), den.plural == (numerator > 1) {
            let unit = last == .scale ? lastScale : 1
            value += numerator / den.value * unit
            isFraction = true; spelled = true; end = j + 1
            if last != .scale, let scale = NumberWords.scaleWordTable[q.key(end)], q.isWord(end), !FigureParser.isPluralScale(q.key(end)) {
                value *= scale; scaled = true; end += 1
            }
        }
        return value
    }

    /// "two thirds of a million" after a fraction read some other way.
    mutating func ofAScale(_ q: QuantityText, _ value: Double) -> Double {
        guard isFraction, spelled, value < 1, q.key(end) == Keys.of, q.key(end + 1) == Keys.a,
              let sc = NumberWords.scaleWordTable[q.key(end + 2)], q.isWord(end + 2), !FigureParser.isPluralScale(q.key(end + 2)) else { return value }
        scaled = true; end += 3
        return value * sc
    }
}
