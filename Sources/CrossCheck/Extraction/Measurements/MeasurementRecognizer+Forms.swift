/// The measurement forms that are not a figure followed by a unit: earthquake magnitudes, ages,
/// and a unit after an article or a fraction word ("a litre", "half a mile").
extension MeasurementRecognizer {
    static let magnitudeUnit = UnitLexicon.Unit(name: "magnitude", dimension: "magnitude", symbol: "M", factor: 1)
    static let magnitudeWord = WordKey("magnitude"), richter = WordKey("richter"), scale = WordKey("scale"), on = WordKey("on")
    static let quakeWordList = ["quake", "quakes", "earthquake", "earthquakes", "tremor", "tremors", "temblor",
                                "temblors", "aftershock", "aftershocks", "shock", "jolt"]
    static let quakeWords = WordTable(words: quakeWordList, value: true)

    /// "magnitude 6.8", "magnitude-7.0", "M6.1", "7.8-magnitude", "6.8 magnitude", "5.9 on the
    /// Richter scale", and a decimal figure right before a quake word ("a 7.8 quake").
    static func magnitudeReading(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths) -> (Mention, Int)? {
        let t = q.tokens[i]
        var f: Figure, start = i, end: Int
        if t.kind == .word, t.key == magnitudeWord || t.key == Keys.m {
            var j = i + 1
            if t.key == magnitudeWord {
                if q.isHyphen(j), q.touches(j) { j += 1 }
                if q.key(j) == Keys.of { j += 1 }
            } else {
                // "M6.1": a capital M glued to a figure with decimals
                guard t.key == Keys.m, q.text.source.bytes[t.start] == 0x4D, q.touches(j) else { return nil }
            }
            guard q.isNumber(j), let g = FigureParser.parse(q, at: j, abbreviations: false), g.value > 0, g.value < 10,
                  t.key == magnitudeWord || FigureParser.digits(q, j)?.decimals ?? 0 > 0 else { return nil }
            f = g; end = g.end
        } else {
            guard let g = figure.get(q, i), g.value > 0, g.value < 10, !g.scaled, !g.ordinal, !g.fraction else { return nil }
            f = g; start = g.start
            let j = g.end
            if q.isHyphen(j), q.touches(j), q.key(j + 1) == magnitudeWord { end = j + 2 }
            else if q.key(j) == magnitudeWord, q.isWord(j) { end = j + 1 }
            else if q.key(j) == on, q.key(j + 1) == Keys.the, q.key(j + 2) == richter {
                end = j + 3
                if q.key(end) == scale { end += 1 }
            } else if quakeWords.contains(q.key(j)) || q.isWord(j) && !q.tokens[j].isCapitalized && quakeWords.contains(q.key(j + 1)),
                      g.firstDigits >= 0, (FigureParser.digits(q, g.firstDigits)?.decimals ?? 0) == 1 {
                // "a 7.8 quake", "the 6.4 earthquake", "a 7.8 undersea quake": one decimal, then the quake
                end = g.end
            } else {
                return nil
            }
        }
        var hedge = Hedge.exact
        if let h = Hedges.before(q, start) { hedge = h.hedge; start = h.start }
        var value = Intervals.value(PercentRecognizer.toThePoint(f), hedge: hedge, unit: "M", widths: widths)
        value.crossUnitWidth = 0
        var m = Mention(kind: .quantity, range: q.range(start, end), hedge: hedge, value: value)
        m.measurement = magnitudeUnit.value
        return (m, end)
    }

    static let ageUnits: [String: (String, Double)] = [
        "year": ("year", 31_557_600), "years": ("year", 31_557_600), "yr": ("year", 31_557_600), "yrs": ("year", 31_557_600),
        "month": ("month", 2_629_800), "months": ("month", 2_629_800), "week": ("week", 604_800), "weeks": ("week", 604_800),
        "day": ("day", 86_400), "days": ("day", 86_400),
    ]
    static let ageUnitTable = WordTable(ageUnits.mapValues { AgeUnit(name: $0.0, seconds: $0.1) })
    struct AgeUnit: Sendable { var name: String; var seconds: Double }
    static let old = WordKey("old"), yo = WordKey("yo"), aged = WordKey("aged"), ageWord = WordKey("age")

    /// "29-year-old", "five years old", "ten months old", "6 weeks of age", "87 yo", "aged 64",
    /// "age 87".
    static func ageReading(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths) -> (Mention, Int)? {
        let t = q.tokens[i]
        var f: Figure, start: Int, end: Int, unit = AgeUnit(name: "year", seconds: 31_557_600)
        if t.kind == .word, t.key == aged || t.key == ageWord {
            guard q.isNumber(i + 1) || NumberWords.cardinalTable[q.key(i + 1)] != nil,
                  let g = FigureParser.parse(q, at: i + 1), !g.scaled, !g.fraction, !g.ordinal, g.value > 0, g.value < 130,
                  !q.isWord(g.end) || CountLexicon.stopTable.contains(q.key(g.end)) else { return nil }
            f = g; start = i; end = g.end
        } else {
            guard let g = figure.get(q, i), !g.scaled, !g.ordinal, g.value > 0 else { return nil }
            f = g; start = g.start
            var j = g.end
            let hyphenated = q.isHyphen(j) && q.touches(j)
            if hyphenated { j += 1 }
            if let u = ageUnitTable[q.key(j)], q.isWord(j) {
                unit = u; j += 1
                if hyphenated {
                    guard q.isHyphen(j), q.key(j + 1) == old else { return nil }
                    end = j + 2
                } else if q.key(j) == old {
                    end = j + 1
                } else if q.key(j) == Keys.of, q.key(j + 1) == ageWord {
                    end = j + 2
                } else { return nil }
            } else if !hyphenated, q.key(j) == yo, q.isWord(j) {
                end = j + 1
            } else { return nil }
        }
        var hedge = Hedge.exact
        if let h = Hedges.before(q, start) { hedge = h.hedge; start = h.start }
        var value = Intervals.value(PercentRecognizer.toThePoint(f), hedge: hedge, unit: "s", factor: unit.seconds, widths: widths)
        value.crossUnitWidth = 0
        var m = Mention(kind: .quantity, range: q.range(start, end), hedge: hedge, value: value)
        m.measurement = UnitValue(dimension: "age", unit: unit.name, symbol: unit.name, baseSymbol: "s", factor: unit.seconds)
        return (m, end)
    }

    static let fractionWords = WordTable(["half": 0.5, "quarter": 0.25, "third": 1.0 / 3, "fourth": 0.25, "tenth": 0.1])

    /// "a litre", "an ml", "half a mile", "a half-mile", "quarter-litre", "a tenth of a gallon".
    static func articleReading(_ q: QuantityText, at i: Int, widths: HedgeWidths) -> (Mention, Int)? {
        var j = i, value = 1.0
        if q.key(j) == Keys.a || q.key(j) == Keys.an { j += 1 }
        if let fr = fractionWords[q.key(j)], q.isWord(j) {
            value = fr; j += 1
            if q.isHyphen(j), q.touches(j) { j += 1 } else {
                if q.key(j) == Keys.of { j += 1 }
                if q.key(j) == Keys.a || q.key(j) == Keys.an { j += 1 }
            }
        }
        guard j > i, q.isWord(j), q.tokens[j].end - q.tokens[j].start >= 2, q.key(j) != Keys.in,
              let (u, end) = UnitPhrases.unit(q, at: j), u.dimension != "degrees", u.dimension != "angle" else { return nil }
        // "a third of the homes" has no unit; "a pound" alone is money
        let f = Figure(value: value, start: i, end: j, halfUnit: 0, spelled: true, scaled: false, fraction: value < 1,
                       ordinal: false, plainDigits: false, digitCount: 0, firstDigits: -1)
        var start = i, hedge = Hedge.exact
        if let h = Hedges.before(q, start) { hedge = h.hedge; start = h.start }
        var v = Intervals.value(f, hedge: hedge, unit: u.value.baseSymbol, factor: u.factor, widths: widths)
        shift(&v, by: u.offset)
        v.crossUnitWidth = widths.unitConversion + u.ambiguity
        var m = Mention(kind: .quantity, range: q.range(start, end), hedge: hedge, value: v)
        var measured = u.value
        if let (product, e2) = productAfter(q, at: end) { measured.product = product; m.range = q.range(start, e2); m.measurement = measured; return (m, e2) }
        m.measurement = measured
        return (m, end)
    }
}
