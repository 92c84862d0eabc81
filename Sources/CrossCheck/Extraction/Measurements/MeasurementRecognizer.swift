/// Measurements (kind `quantity`): a figure with a unit of length, area, volume, mass, speed,
/// temperature, energy, power or data, a magnitude on an earthquake scale, or an age, with the
/// value converted to the dimension's SI base unit ("463,000 acres" → 1.874e9 m²) and the written
/// unit kept (`Mention.measurement`). The rules, each with its examples, are
/// `MeasurementRecognizer.rules` (`MeasurementRules.swift`); the units are `UnitLexicon`.
public struct MeasurementRecognizer: QuantityStepRecognizer {
    public init() {}

    /// A rule of this recognizer: its name and examples, and how it reads a phrase at a token.
    struct Rule: Sendable {
        let rule: RecognizerRule
        let read: @Sendable (QuantityText, Int, inout FigureAt, HedgeWidths) -> (Mention, Int)?
    }

    /// The rules in the order of `rules`, called directly: this runs on every figure, and copying
    /// rule values (their names and examples) per token would cost more than the reading.
    static func step(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths, into mentions: inout [Mention]) -> Int {
        let t = q.tokens[i]
        let startWord = t.kind == .word && startWordTable.contains(t.key)
        if t.kind == .word, !startWord, !FigureParser.canStart(q, i) { return i + 1 }
        // Most figures have no unit: one probe per token near the figure's end rejects them before
        // any rule runs.
        if !startWord {
            guard let f = figure.get(q, i), unitNear(q, from: f.end - 1) else { return i + 1 }
        }
        if let (m, end) = magnitudeReading(q, at: i, figure: &figure, widths: widths) { mentions.append(m); return end }
        if let (m, end) = ageReading(q, at: i, figure: &figure, widths: widths) { mentions.append(m); return end }
        if t.kind == .word, let (m, end) = articleReading(q, at: i, widths: widths) { mentions.append(m); return end }
        if let (m, end) = figureWithUnit(q, at: i, figure: &figure, widths: widths) { mentions.append(m); return end }
        return i + 1
    }

    /// Words a measurement may start with, from the rules.
    static let startWords: [String] = Array(Set(rules.flatMap(\.rule.startWords))).sorted()
    static let startWordTable = WordTable(words: startWords, value: true)

    /// Whether a word that can follow a measurement's figure (a unit, "degrees", "magnitude", "old",
    /// a quake word, "Richter", "zero") stands within four tokens of `e`.
    @inline(__always) static func unitNear(_ q: QuantityText, from e: Int) -> Bool {
        var k = max(e, q.lo)
        let stop = min(e + 5, q.hi)
        let followers = MeasurementRecognizer.followers
        while k < stop {
            if followers.mayStart(q.tokens[k].key) { return true }
            k += 1
        }
        return false
    }

    /// The words `unitNear` looks for, from the unit table and the rules' own words.
    static let followers: Triggers = {
        var words = UnitLexicon.entries.flatMap { $0.1.compactMap { $0.split(separator: " ").first.map(String.init) } }
        words += ["degree", "degrees", "deg", "°", "º", "magnitude", "richter", "zero", "old", "yo", "age", "turn", "turns", "revolution", "revolutions"]
        words += quakeWordList + ["(", "[", "{", "<"]
        return Triggers(words: words)
    }()

    /// Words after a glued "m" that make it metres: the things lengths measure.
    static let lengthWords = WordTable(words: ["away", "from", "above", "below", "under", "underground", "deep", "high", "tall",
                                               "long", "wide", "thick", "across", "in", "of"], value: true)

    // MARK: reading a figure with its unit

    /// A figure (or range of two) with its unit, hedges, extent, product and a bracketed
    /// conversion: the general rule.
    static func figureWithUnit(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths) -> (Mention, Int)? {
        guard let read = figureAndUnit(q, at: i, figure: &figure) else { return nil }
        var (f, u, end) = (read.figure, read.unit, read.end)
        guard !labelled(q, f) else { return nil }
        // Only a temperature on a scale with a zero below freezing can be negative ("-300mm" in
        // "75 -300mm" is the end of a range).
        if f.value < 0, u.dimension != "temperature", u.dimension != "degrees" { return nil }
        var hedge = Hedge.exact, hstart = f.start
        let between = q.key(f.start - 1) == Keys.between
        var value: QuantityValue
        var measured = u.value
        // Compounds of one dimension: "5 ft 2 in", "2 km and 1 metre", "7 feet, 10 inches".
        var total = f.value * u.factor, lastFigure = f, lastUnit = u
        var e = end
        while let (g, gu, ge) = compoundPart(q, after: e, dimension: u.dimension, previous: lastUnit) {
            total += g.value * gu.factor; lastFigure = g; lastUnit = gu; e = ge
        }
        if e > end {
            end = e
            var whole = lastFigure
            whole.value = total / lastUnit.factor
            whole.start = f.start
            measured = lastUnit.value
            value = Intervals.value(whole, hedge: .exact, unit: measured.baseSymbol, factor: lastUnit.factor, widths: widths)
            u = lastUnit
        } else if let (g, gEnd) = secondWithUnit(q, after: end, first: f, unit: u, between: between) {
            hedge = .range; end = gEnd
            if between || q.key(f.start - 1) == Keys.from { hstart = f.start - 1 }
            value = Intervals.range(rounded(f, u), rounded(g, u), unit: measured.baseSymbol, factor: u.factor, widths: widths)
        } else if let g = read.second {
            hedge = .range
            if between || q.key(f.start - 1) == Keys.from { hstart = f.start - 1 }
            value = Intervals.range(rounded(f, u), rounded(g, u), unit: measured.baseSymbol, factor: u.factor, widths: widths)
        } else {
            var negate = false
            if q.key(end) == below, q.key(end + 1) == zero || q.key(end + 1) == freezing, u.dimension == "temperature" || u.dimension == "degrees" {
                negate = true; end += 2 // "2 degrees below zero"
            }
            if negate { f.value = -f.value }
            if let h = Hedges.before(q, f.start) { hedge = h.hedge; hstart = h.start }
            Hedges.applyAfter(q, end, hedge: &hedge, end: &end)
            value = Intervals.value(rounded(f, u), hedge: hedge, unit: measured.baseSymbol, factor: u.factor, widths: widths)
        }
        if hedge == .range, let h = Hedges.before(q, hstart), h.hedge == .approximate { hstart = h.start }
        shift(&value, by: u.offset)
        // Only a length has an extent ("4.5 m high"); "90 square miles across two counties" is
        // an area and a preposition.
        if u.dimension == "length" {
            if let (aspect, e2) = aspectAfter(q, at: end, compound: read.hyphenated) { measured.aspect = aspect; end = e2 }
            if measured.aspect == nil, let a = aspectBefore(q, hstart) { measured.aspect = a }
        }
        if let (product, e2) = productAfter(q, at: end) { measured.product = product; end = e2 }
        value.crossUnitWidth = widths.unitConversion + u.ambiguity
        var m = Mention(kind: .quantity, range: q.range(hstart, end), hedge: hedge,
                        direction: ChangeDirection.of(q, start: hstart, end: end), value: value)
        if let (c, e2) = conversion(q, at: end, widths: widths), c.measurement?.dimension == u.dimension, let cv = c.value {
            measured.conversion = cv
            measured.conversionAgrees = agree(value, cv, width: widths.unitConversion)
            end = e2
            m.range = q.range(hstart, end)
        }
        m.measurement = measured
        return (m, end)
    }

    /// The figure at `i` and the unit after it, with a range written before the unit ("3-5 km").
    /// A glued letter the figure parser read as a scale is tried as a unit ("48m", "7.62mm").
    static func figureAndUnit(_ q: QuantityText, at i: Int, figure: inout FigureAt)
        -> (figure: Figure, unit: UnitLexicon.Unit, end: Int, second: Figure?, hyphenated: Bool)? {
        guard var f = figure.get(q, i), !f.ordinal else { return nil }
        // the unit is tried first: reading the figure again costs more, and "10k" or "£5bn" has none
        if f.scaled, !f.spelled, q.isWord(f.end - 1), NumberWords.scaleAbbreviationTable[q.key(f.end - 1)] != nil,
           let (u, e) = UnitPhrases.unit(q, at: f.end - 1), let g = FigureParser.parse(q, at: i, abbreviations: false), g.end == f.end - 1 {
            return (g, u, e, nil, false)
        }
        if let (u, e, hyphen) = unitAfter(q, f.end) { return (f, u, e, nil, hyphen) }
        let between = q.key(f.start - 1) == Keys.between
        if let g = secondFigure(q, after: &f, at: f.end, between: between), let (u, e, _) = unitAfter(q, g.end) {
            return (f, u, e, g, false)
        }
        return nil
    }

    /// The unit at token `e`, after a hyphen joining it to the figure ("a 4.5-metre wall"), or in
    /// brackets ("20 (kg)"); "2 below zero" is a temperature in degrees.
    static func unitAfter(_ q: QuantityText, _ e: Int) -> (UnitLexicon.Unit, Int, Bool)? {
        if q.isHyphen(e), q.touches(e), q.touches(e + 1), q.isWord(e + 1), let (u, end) = UnitPhrases.unit(q, at: e + 1) { return (u, end, true) }
        if let close = brackets[q.key(e)], q.isWord(e + 1), let (u, end) = UnitPhrases.unit(q, at: e + 1), q.key(end) == close { return (u, end + 1, false) }
        if q.key(e) == below, q.key(e + 1) == zero { return (UnitLexicon.Unit(name: "degree", dimension: "degrees", symbol: "°", factor: 1), e, false) }
        guard let (u, end) = UnitPhrases.unit(q, at: e) else { return nil }
        return (u, end, false)
    }

    static let brackets = WordTable(["(": WordKey(")"), "[": WordKey("]"), "{": WordKey("}"), "<": WordKey(">")])

    /// The second figure of a range: after "-", "to", "and" (after "between"), with a hedge or
    /// "~" allowed before it ("2 - ~7 litres").
    static func secondFigure(_ q: QuantityText, after f: inout Figure, at c: Int, between: Bool) -> Figure? {
        if let g = Ranges.second(q, after: &f, at: c, between: between) { return g }
        guard q.inside(c), q.isHyphen(c) || q.key(c) == Keys.to && !ChangeDirection.stepsTo(q, figureStart: f.start) || between && q.key(c) == Keys.and else { return nil }
        var j = c + 1
        if q.key(j) == Keys.tilde { j += 1 } else if let h = Hedges.after(q, j - 1), h.hedge == .approximate { j = h.end }
        guard j > c + 1, let g = FigureParser.parse(q, at: j), g.value > f.value else { return nil }
        return g
    }

    /// "3km-5km", "from 3km to 5km", "between 2.0 l and about 7.0 l", "from 30 celsius and 40
    /// celsius": a second figure in the same unit.
    static func secondWithUnit(_ q: QuantityText, after e: Int, first f: Figure, unit u: UnitLexicon.Unit, between: Bool) -> (Figure, Int)? {
        guard q.inside(e) else { return nil }
        let k = q.tokens[e].key
        let from = q.key(f.start - 1) == Keys.from
        guard q.isHyphen(e) || (k == Keys.to || k == Keys.through) && !ChangeDirection.stepsTo(q, figureStart: f.start) || (between || from) && k == Keys.and else { return nil }
        var j = e + 1
        if q.key(j) == Keys.tilde { j += 1 }
        if let h = Hedges.before(q, j + 1), h.start == j, h.hedge == .approximate { j += 1 }
        if let h = Hedges.before(q, j + 2), h.start == j, h.hedge == .approximate { j += 2 }
        guard q.isNumber(j) || NumberWords.cardinalTable[q.key(j)] != nil, let g = FigureParser.parse(q, at: j, abbreviations: false),
              let (u2, end, _) = unitAfter(q, g.end), u2.name == u.name, g.value > f.value else { return nil }
        return (g, end)
    }

    /// One more part of a compound measurement: [","|"and"] figure unit, in another unit of the
    /// same dimension ("5 feet and 2 inches"); a repeated unit is a second measurement ("1 m x 1 m").
    static func compoundPart(_ q: QuantityText, after e: Int, dimension: String, previous: UnitLexicon.Unit) -> (Figure, UnitLexicon.Unit, Int)? {
        guard dimension == "length" || dimension == "mass" || dimension == "volume" else { return nil }
        var j = e
        if q.key(j) == Keys.comma { j += 1 }
        if q.key(j) == Keys.and { j += 1 }
        guard q.isNumber(j) || (q.isWord(j) && NumberWords.cardinalTable[q.key(j)] != nil && j > e),
              let g = FigureParser.parse(q, at: j, abbreviations: false), !g.ordinal, g.value >= 0 else { return nil }
        // "5 ft 2 in more or less": after feet, "in" is inches whatever follows
        if previous.name == "foot", q.key(g.end) == Keys.in, let inch = UnitCatalog.byName["inch"] { return (g, inch, g.end + 1) }
        guard let (u, end) = UnitPhrases.unit(q, at: g.end), u.dimension == dimension, u.name != previous.name else { return nil }
        return (g, u, end)
    }

    /// Temperatures, magnitudes, angles and ages are stated to the unit: a whole figure asserts
    /// half a degree either side, not the ± 5 a bare "20" would.
    static func rounded(_ f: Figure, _ u: UnitLexicon.Unit) -> Figure {
        guard toTheUnit.contains(u.dimension) else { return f }
        return PercentRecognizer.toThePoint(f)
    }

    static let toTheUnit: Set<String> = ["temperature", "degrees", "magnitude", "angle", "age"]

    static func shift(_ v: inout QuantityValue, by offset: Double) {
        guard offset != 0 else { return }
        v.low = v.low.map { $0 + offset }
        v.high = v.high.map { $0 + offset }
        v.point = v.point.map { $0 + offset }
        if let r = v.rangeEnds { v.rangeEnds = RangeEnds(low: r.low + offset, high: r.high + offset) }
    }

    /// A figure that names something rather than measures it: "SCP-173 m", "Article 5 km"
    /// (a label word before it), a code glued to a word.
    static func labelled(_ q: QuantityText, _ f: Figure) -> Bool {
        let s = f.firstDigits >= 0 ? f.firstDigits : f.start
        let before = s - 1
        if q.isHyphen(before), q.touches(s), q.inside(before - 1), q.touches(before), q.isWord(before - 1) || q.isNumber(before - 1) { return true }
        if q.isWord(before), q.touches(s) { return true }
        if f.firstDigits >= 0, q.isWord(before), NonQuantityLexicon.labelTable.contains(q.key(before)), q.tokens[before].isCapitalized { return true }
        return false
    }

    static let below = WordKey("below"), zero = WordKey("zero"), freezing = WordKey("freezing")

    /// "high", "-high", "tall", "long", "wide" right after the unit.
    static func aspectAfter(_ q: QuantityText, at e: Int, compound: Bool) -> (String, Int)? {
        if q.isHyphen(e), q.touches(e), q.touches(e + 1), let a = UnitLexicon.aspects[q.key(e + 1)], q.isWord(e + 1) { return (a, e + 2) }
        if let a = UnitLexicon.aspects[q.key(e)], q.isWord(e), !compound { return (a, e + 1) }
        return nil
    }

    /// "a height of 4.5 metres", "levees 4.5 metres in height" are read by the claim; here only
    /// the noun right before: "height 4.5 m".
    static func aspectBefore(_ q: QuantityText, _ s: Int) -> String? {
        var j = s - 1
        if q.key(j) == Keys.of { j -= 1 }
        guard q.isWord(j) else { return nil }
        return aspectNouns[q.key(j)]
    }

    static let aspectNouns = WordTable(["height": "height", "depth": "depth", "width": "width", "length": "length", "thickness": "thickness"])

    /// "of rice" after "500 tonnes": the thing measured (a word that is no function word).
    static func productAfter(_ q: QuantityText, at e: Int) -> (String, Int)? {
        guard q.key(e) == Keys.of, q.isWord(e + 1), !q.tokens[e + 1].isCapitalized || q.tokens[e + 1].flags.contains(.allCaps) == false,
              !CountLexicon.stopTable.contains(q.key(e + 1)), NumberWords.cardinalTable[q.key(e + 1)] == nil else { return nil }
        return (q.text.text(q.tokens[e + 1].range).lowercased(), e + 2)
    }

    /// "(463,000 acres)", "(about 15 feet)" right after a measurement: the same amount in another
    /// unit.
    static func conversion(_ q: QuantityText, at e: Int, widths: HedgeWidths) -> (Mention, Int)? {
        guard q.key(e) == Keys.openParen else { return nil }
        // the figure, after at most three hedge words ("(about 15 feet)", "(more than 460,000 acres)")
        var j = e + 1
        while j < e + 4, q.isWord(j), NumberWords.cardinalTable[q.key(j)] == nil { j += 1 }
        guard q.inside(j), q.isNumber(j) || NumberWords.cardinalTable[q.key(j)] != nil else { return nil }
        var figure = FigureAt()
        guard let (m, end) = figureWithUnit(q, at: j, figure: &figure, widths: widths), q.key(end) == Keys.closeParen else { return nil }
        return (m, end + 1)
    }

    /// Two statements of one amount agree when their intervals, widened by the rounding a
    /// conversion allows, meet.
    static func agree(_ a: QuantityValue, _ b: QuantityValue, width: Double) -> Bool {
        guard let al = a.low ?? a.point, let ah = a.high ?? a.point, let bl = b.low ?? b.point, let bh = b.high ?? b.point else { return true }
        let wa = Swift.max(Swift.abs(al), Swift.abs(ah)) * width, wb = Swift.max(Swift.abs(bl), Swift.abs(bh)) * width
        return al - wa <= bh + wb && bl - wb <= ah + wa
    }
}
