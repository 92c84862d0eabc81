/// Money: a figure with a currency sign, code or name before or after it ("$450 million",
/// "US$5 bn", "4 billion dollars", "2.0417 trillion won", "₩1.04 trillion", "£183.39m",
/// "USD 5 million", "5 million euros", "Rs 500 crore", "$20 and 43 cents"), normalised to an ISO
/// 4217 code in `value.unit` and a value in that currency's main unit. A bare "$" is USD unless a
/// prefix ("C$", "HK$", "NT$", "S$", "A$") or a dollar name ("Canadian dollars") says otherwise.
/// The lexicon is `CurrencyLexicon`.
public struct MoneyRecognizer: QuantityStepRecognizer {
    public init() {}

    /// Reads what starts at token `i`; returns the token to go on from.
    static func step(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths, into mentions: inout [Mention]) -> Int {
            let t = q.tokens[i]
            var found: (Mention, Int)?
            if t.kind == .symbol || (t.kind == .word && CurrencyLexicon.codeTable[t.key] != nil) {
                found = Self.prefixed(q, at: i, widths: widths)
            } else if t.kind == .word, q.isNumber(i + 1), CurrencyLexicon.namesBeforeFigureTable.contains(t.key) {
                found = Self.namedBefore(q, at: i, widths: widths)
            }
            if found == nil {
                found = Self.suffixed(q, at: i, figure: &figure, widths: widths)
            }
            if let (found, end) = found {
                var m = found
                // money compared with money in another currency may differ by this much
                m.value?.crossUnitWidth = widths.currencyConversion
                mentions.append(m); return end
            }
            return i + 1
    }

    typealias Unit = CurrencyLexicon.Unit

    /// A code usable at token `i` (capitals required for codes that are English words).
    static func code(_ q: QuantityText, _ i: Int) -> Unit? {
        guard q.isWord(i), let u = CurrencyLexicon.codeTable[q.tokens[i].key] else { return nil }
        if CurrencyLexicon.capsOnlyTable.contains(q.tokens[i].key) && !q.tokens[i].flags.contains(.allCaps)
            && !(q.tokens[i].isCapitalized && q.tokens[i].end - q.tokens[i].start == 2) { return nil }
        return u
    }

    /// "$5", "US$5", "C$ 300", "HK$10", "usd$ 15", "USD 200", "Rs. 20", "RM42", "MAUD 60".
    static func prefixed(_ q: QuantityText, at i: Int, widths: HedgeWidths) -> (Mention, Int)? {
        var unit: Unit
        var start = i, figureAt = i + 1
        var symbol: WordKey? = nil
        let t = q.tokens[i]
        if t.kind == .symbol {
            guard let u = CurrencyLexicon.symbolTable[t.key] else { return nil }
            unit = u; symbol = t.key
            // "$US5 million", "$A30 million": the country letters after the sign
            if t.key == Keys.dollar, q.isWord(i + 1), q.touches(i + 1), q.tokens[i + 1].isCapitalized,
               let code = CurrencyLexicon.dollarPrefixTable[q.key(i + 1)], q.isNumber(i + 2) || q.touches(i + 2) == false {
                unit = Unit(code: code); figureAt = i + 2
            } else if t.key == Keys.dollar, q.isWord(i - 1) {
                let pk = q.tokens[i - 1].key
                if pk == Keys.s, q.key(i - 2) == Keys.dot, q.key(i - 3) == WordKey("u") {
                    unit = Unit(code: "USD"); start = i - 3
                    if q.key(i - 4) == Keys.dot, q.touches(i - 3) == false { }
                } else if let code = CurrencyLexicon.dollarPrefixTable[pk] {
                    let len = q.tokens[i - 1].end - q.tokens[i - 1].start
                    if q.touches(i) || len >= 2 || pk == WordKey("c") {
                        // a lone lower-case word before a spaced "$" ("give us $5") stays USD
                        if q.touches(i) || q.tokens[i - 1].flags.contains(.allCaps) || pk == WordKey("c") || pk == WordKey("hk") || pk == WordKey("us") {
                            unit = Unit(code: code); start = i - 1
                        }
                    }
                }
            }
        } else {
            guard let u = code(q, i) else { return nil }
            unit = u
            if q.key(figureAt) == Keys.dot, q.touches(figureAt) { figureAt += 1 }         // "Rs. 20"
            if q.key(figureAt) == Keys.dollar, q.touches(figureAt) { symbol = Keys.dollar; figureAt += 1 } // "usd$ 15"
        }
        guard q.inside(figureAt), q.isNumber(figureAt) || NumberWords.cardinalTable[q.key(figureAt)] != nil
                || q.key(figureAt) == Keys.half || q.key(figureAt) == Keys.quarter || q.key(figureAt) == Keys.a,
              var f = FigureParser.parse(q, at: figureAt) else { return nil }
        guard !f.fraction || f.scaled else { return nil }
        var hedge = Hedge.exact
        var hstart = start
        let between = q.key(start - 1) == Keys.between
        var second = Ranges.second(q, after: &f, at: f.end, between: between, repeatSymbol: symbol)
        if second == nil, let s = symbol, q.isHyphen(f.end) || q.key(f.end) == Keys.to && !ChangeDirection.stepsTo(q, figureStart: start),
           q.key(f.end + 1) == s || (q.isWord(f.end + 1) && q.key(f.end + 2) == s) {
            // "$10-$20", "US$5 to US$6"
            var g = f.end + 1
            while q.inside(g) && q.key(g) != s { g += 1 }
            if let h = FigureParser.parse(q, at: g + 1), h.value > f.value { second = h }
        }
        var end = (second ?? f).end
        var value: QuantityValue
        if let second {
            hedge = .range
            if between || q.key(start - 1) == Keys.from { hstart = start - 1 }
            value = Intervals.range(f, second, unit: unit.code, factor: unit.factor, widths: widths)
        } else {
            var point = f
            end = minor(q, after: &point, unit: unit, end: end)
            if let h = Hedges.before(q, start) { hedge = h.hedge; hstart = h.start }
            Hedges.applyAfter(q, end, hedge: &hedge, end: &end)
            value = Intervals.value(point, hedge: hedge, unit: unit.code, factor: unit.factor, widths: widths)
        }
        if hedge == .range, let h = Hedges.before(q, hstart), h.hedge == .approximate { hstart = h.start }
        let m = Mention(kind: .money, range: q.range(hstart, end), hedge: hedge,
                        direction: ChangeDirection.of(q, start: hstart, end: end), value: value)
        return (m, end)
    }

    /// A currency name before the figure: "ringgit 42", "malaysian ringgits 42" (names that are
    /// not English words, `CurrencyLexicon.namesBeforeFigure`; a qualifier may come first).
    static func namedBefore(_ q: QuantityText, at i: Int, widths: HedgeWidths) -> (Mention, Int)? {
        guard let u = CurrencyLexicon.nameTable[q.key(i)] else { return nil }
        var code = u.code, first = i
        if q.isWord(i - 1), let c = CurrencyLexicon.qualifierTable[q.key(i)]?[q.key(i - 1)] { code = c; first = i - 1 }
        let j = i + 1
        guard q.isNumber(j), q.touches(j) == false, let f = FigureParser.parse(q, at: j), !f.fraction, !f.ordinal,
              !NonQuantity.excluded(q, f, yearOK: true) else { return nil }
        var start = first, hedge = Hedge.exact
        if let h = Hedges.before(q, first) { hedge = h.hedge; start = h.start }
        let m = Mention(kind: .money, range: q.range(start, f.end), hedge: hedge,
                        direction: ChangeDirection.of(q, start: start, end: f.end),
                        value: Intervals.value(f, hedge: hedge, unit: code, factor: u.factor, widths: widths))
        return (m, f.end)
    }

    /// A currency written after the figure at token `j`: its unit, the token after it and any
    /// scale written after a code ("75 USD million").
    static func unitAfter(_ q: QuantityText, at j: Int) -> (unit: Unit, end: Int, scale: Double)? {
        guard q.inside(j) else { return nil }
        var j = j
        if q.isHyphen(j), q.touches(j), q.touches(j + 1), q.isWord(j + 1) { j += 1 } // "12-cent", "one-yen"
        let t = q.tokens[j]
        if t.kind == .symbol, let u = CurrencyLexicon.symbolTable[t.key] {
            // "10$" / "10 €"; but not "5 $10" (a sign before the next figure)
            if t.key == Keys.dollar && q.isNumber(j + 1) && q.touches(j + 1) { return nil }
            return (u, j + 1, 1)
        }
        guard t.kind == .word else { return nil }
        if let c = CurrencyLexicon.dollarPrefixTable[t.key], q.key(j + 1) == Keys.dollar, q.touches(j + 1), t.end - t.start >= 2 {
            return (Unit(code: c), j + 2, 1) // "3.14US$"
        }
        // "50p": pence glued to the figure ("5p.m." is a time, "5p53" a code)
        if t.end - t.start == 1, q.text.source.bytes[t.start] == 0x70, q.touches(j), !(q.key(j + 1) == Keys.dot && q.key(j + 2) == Keys.m),
           !(q.touches(j + 1) && (q.isWord(j + 1) || q.isNumber(j + 1))) {
            return (Unit(code: "GBP", factor: 0.01), j + 1, 1)
        }
        if let u = code(q, j) {
            if let s = NumberWords.scaleWordTable[q.key(j + 1)], q.isWord(j + 1) { return (u, j + 2, s) }
            return (u, j + 1, 1)
        }
        if let u = CurrencyLexicon.nameTable[t.key] {
            // "won" after a figure is the currency unless a score follows ("3-1 won"); "real" needs a capital.
            if t.key == WordKey("real") && !t.isCapitalized { return nil }
            return (u, j + 1, 1)
        }
        // Qualified names: "Canadian dollars", "Hong Kong dollars", "U.S. dollars", "Swiss francs".
        var k = j, qualifiers: [Int] = []
        while k < j + 5, q.inside(k), q.isWord(k) || q.key(k) == Keys.dot {
            if q.isWord(k), let name = CurrencyLexicon.nameTable[q.tokens[k].key] {
                guard !qualifiers.isEmpty, let table = CurrencyLexicon.qualifierTable[q.tokens[k].key] else { return nil }
                var code: String? = nil
                for qi in qualifiers {
                    if let c = table[q.tokens[qi].key] { code = c } else if !fillers.contains(q.tokens[qi].key) { return nil }
                }
                guard let code else { return nil }
                return (Unit(code: code, factor: name.factor), k + 1, 1)
            }
            if q.isWord(k) { qualifiers.append(k) }
            k += 1
        }
        return nil
    }

    static let fillers = WordTable(words: ["hong", "new", "south", "u", "united", "sri", "east", "saudi", "and"], value: true)

    /// "4 billion dollars", "10 us dollar", "20€", "115USD", "twenty dollars and 43 cents",
    /// "between 10 and 20 dollars", "from 10 dollars to 20 dollars", "a dollar".
    static func suffixed(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths) -> (Mention, Int)? {
        var f: Figure
        let k = q.tokens[i].key
        if (k == Keys.a || k == Keys.an), q.isWord(i + 1), let u = CurrencyLexicon.nameTable[q.key(i + 1)],
           q.key(i + 1) != WordKey("dollars"), u.factor >= 0.01 {
            // "a dollar", "a grand"
            f = Figure(value: 1, start: i, end: i + 1, halfUnit: 0, spelled: true, scaled: false, fraction: false,
                       ordinal: false, plainDigits: false, digitCount: 0, firstDigits: -1)
        } else {
            guard let g = figure.get(q, i) else { return nil }
            f = g
        }
        guard !f.fraction || f.scaled else { return nil }
        var hstart = f.start
        var hedge = Hedge.exact
        let between = q.key(f.start - 1) == Keys.between
        var unit: Unit, end: Int
        var value: QuantityValue
        if let u = unitAfter(q, at: f.end) {
            if NonQuantity.excluded(q, f, yearOK: true) { return nil }
            f.value *= u.scale; f.halfUnit *= u.scale
            unit = u.unit; end = u.end
            // "from 10 dollars to 20 dollars", "between 10 dollars and 20 dollars"
            let c = end
            if q.inside(c), q.isHyphen(c) || q.key(c) == Keys.to && !ChangeDirection.stepsTo(q, figureStart: f.start) || (between && q.key(c) == Keys.and),
               let g = FigureParser.parse(q, at: c + 1), let u2 = unitAfter(q, at: g.end), u2.unit.code == unit.code, g.value * u2.scale > f.value {
                var g2 = g; g2.value *= u2.scale; g2.halfUnit *= u2.scale
                hedge = .range; end = u2.end
                if between || q.key(f.start - 1) == Keys.from { hstart = f.start - 1 }
                value = Intervals.range(f, g2, unit: unit.code, factor: unit.factor, widths: widths)
            } else {
                end = minor(q, after: &f, unit: unit, end: end)
                if let h = Hedges.before(q, f.start) { hedge = h.hedge; hstart = h.start }
                Hedges.applyAfter(q, end, hedge: &hedge, end: &end)
                value = Intervals.value(f, hedge: hedge, unit: unit.code, factor: unit.factor, widths: widths)
            }
        } else if var g = Ranges.second(q, after: &f, at: f.end, between: between), let u = unitAfter(q, at: g.end) {
            f.value *= u.scale; f.halfUnit *= u.scale; g.value *= u.scale; g.halfUnit *= u.scale
            unit = u.unit; end = u.end; hedge = .range
            if between || q.key(f.start - 1) == Keys.from { hstart = f.start - 1 }
            if let h = Hedges.before(q, hstart), h.hedge == .approximate { hstart = h.start }
            value = Intervals.range(f, g, unit: unit.code, factor: unit.factor, widths: widths)
        } else {
            return nil
        }
        let m = Mention(kind: .money, range: q.range(hstart, end), hedge: hedge,
                        direction: ChangeDirection.of(q, start: hstart, end: end), value: value)
        return (m, end)
    }

    /// Minor units after a whole main amount: "$20 and 43c", "20 dollars 43 cents", "15 dollars 50.",
    /// "3 GBP 1 pence". Without a minor-unit word the cents must end the phrase.
    static func minor(_ q: QuantityText, after f: inout Figure, unit: Unit, end: Int) -> Int {
        guard unit.factor == 1, !f.scaled, f.value == f.value.rounded(), q.inside(end) else { return end }
        var j = end
        if q.key(j) == Keys.and { j += 1 }
        guard q.isNumber(j) || NumberWords.cardinalTable[q.key(j)] != nil, let g = FigureParser.parse(q, at: j),
              !g.scaled, !g.fraction, g.value >= 0, g.value < 100, g.value == g.value.rounded() else { return end }
        var e = g.end
        if q.inside(e), CurrencyLexicon.minorTable.contains(q.tokens[e].key), q.tokens[e].kind != .punct {
            e += 1
        } else if q.inside(e) && !(q.tokens[e].kind == .punct && q.key(e) != Keys.hyphen) {
            return end
        }
        f.value += g.value / 100
        f.halfUnit = 0
        f.end = e
        return e
    }
}
