/// Percents and percentage points: "10%", "10 percent", "10 per cent", "ten percent",
/// "3 percentage points" (unit "pp"), "5-10%", "between 5 and 10 percent", "5% to 7%". Hedges
/// and change direction as for every quantity ("an increase of about 10 percent", "fell 3%").
public struct PercentRecognizer: QuantityStepRecognizer {
    public init() {}

    /// Reads what starts at token `i`; returns the token to go on from.
    static func step(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths, into mentions: inout [Mention]) -> Int {
            if q.tokens[i].kind == .word, let (m, end) = Self.unitFirst(q, at: i, widths: widths) {
                mentions.append(m); return end
            }
            if q.tokens[i].kind == .word, q.key(i) == Keys.half, let (m, end) = Self.halfOf(q, at: i, widths: widths) {
                mentions.append(m); return end
            }
            guard let f = figure.get(q, i) else { return i + 1 }
            if let (m, end) = Self.read(q, f, widths: widths) {
                mentions.append(m); return end
            }
            if f.fraction, let (m, end) = Self.shareOfWhole(q, f, widths: widths) {
                mentions.append(m); return end
            }
            return max(i + 1, f.end)
    }

    /// The percent unit at token `j`: "%", "percent", "per cent", "percentage point(s)".
    static func unit(_ q: QuantityText, at j: Int) -> (unit: String, end: Int)? {
        guard q.inside(j) else { return nil }
        let k = q.tokens[j].key
        var end: Int
        if k == Keys.percent {
            // "%28", "%2D": URL encoding, not a percent
            if q.touches(j + 1), q.isNumber(j + 1) || q.isWord(j + 1) { return nil }
            end = j + 1
        }
        else if PercentLexicon.wordTable[k] != nil, q.isWord(j) { end = j + 1 }
        else if k == Keys.per, q.key(j + 1) == Keys.cent { end = j + 2 }
        else if q.isWord(j), q.text.source.bytes[q.tokens[j].start] | 0x20 == 0x62, let bp = basisPoints(q, at: j) { return ("bp", bp) }
        else { return nil }
        if PercentLexicon.pointTable.contains(q.key(end)), q.isWord(end) { return ("pp", end + 1) }
        return ("%", end)
    }

    /// "basis points", "bps", "bp" at `j` (a word starting with b): the token after it.
    static func basisPoints(_ q: QuantityText, at j: Int) -> Int? {
        let k = q.tokens[j].key
        if k == PercentLexicon.basis, PercentLexicon.pointTable.contains(q.key(j + 1)) { return j + 2 }
        return PercentLexicon.basisPoints.contains(k) ? j + 1 : nil
    }

    /// "percent of 10", "per cent of twenty-two": the unit named before the figure, when the
    /// figure ends the phrase and no figure comes before the unit ("20 percent of 10 workers" is a
    /// percent of a count, read from the 20).
    static func unitFirst(_ q: QuantityText, at i: Int, widths: HedgeWidths) -> (Mention, Int)? {
        let k = q.tokens[i].key
        var j: Int
        if k == Keys.percentWord || k == percents { j = i + 1 } else if k == Keys.per, q.key(i + 1) == Keys.cent { j = i + 2 } else { return nil }
        guard q.key(j) == Keys.of, !q.isNumber(i - 1), NumberWords.cardinalTable[q.key(i - 1)] == nil, q.key(i - 1) != Keys.percent else { return nil }
        j += 1
        guard q.isNumber(j) || NumberWords.cardinalTable[q.key(j)] != nil, let f = FigureParser.parse(q, at: j), !f.ordinal,
              !q.isWord(f.end), !NonQuantity.excluded(q, f) else { return nil }
        let m = Mention(kind: .percent, range: q.range(i, f.end), hedge: .exact,
                        direction: ChangeDirection.of(q, start: i, end: f.end),
                        value: Intervals.value(toThePoint(f), hedge: .exact, unit: "%", widths: widths))
        return (m, f.end)
    }

    static let percents = WordKey("percents")

    /// Percents are stated to the whole point ("20%" is [19.5, 20.5], not [15, 25] as a bare 20
    /// would be), so a whole-number percent rounds to its unit.
    static func toThePoint(_ f: Figure) -> Figure {
        var f = f
        if f.value == f.value.rounded() { f.halfUnit = 0.5 }
        return f
    }

    static func read(_ q: QuantityText, _ f: Figure, widths: HedgeWidths) -> (Mention, Int)? {
        var f = toThePoint(f)
        var hedge = Hedge.exact, start = f.start
        let between = q.key(f.start - 1) == Keys.between
        var value: QuantityValue
        var end: Int
        if let u0 = unit(q, at: f.end) {
            // basis points are hundredths of a percentage point
            let u = (unit: u0.unit == "bp" ? "pp" : u0.unit, end: u0.end)
            if u0.unit == "bp" { f.value /= 100; f.halfUnit /= 100 }
            end = u.end
            // "5% to 10%", "5 percent to 7 percent"
            if q.inside(end), q.isHyphen(end) || q.key(end) == Keys.to && !ChangeDirection.stepsTo(q, figureStart: f.start) || (between && q.key(end) == Keys.and),
               let g = FigureParser.parse(q, at: end + 1).map(toThePoint), let u2 = unit(q, at: g.end), u2.unit == u.unit, g.value > f.value {
                hedge = .range; end = u2.end
                if between || q.key(f.start - 1) == Keys.from { start = f.start - 1 }
                value = Intervals.range(f, g, unit: u.unit, widths: widths)
            } else {
                if let h = Hedges.before(q, f.start) { hedge = h.hedge; start = h.start }
                Hedges.applyAfter(q, end, hedge: &hedge, end: &end)
                value = Intervals.value(f, hedge: hedge, unit: u.unit, widths: widths)
            }
        } else if var g = Ranges.second(q, after: &f, at: f.end, between: between).map(toThePoint), var u = unit(q, at: g.end) {
            f = toThePoint(f)
            if u.unit == "bp" { u.unit = "pp"; f.value /= 100; f.halfUnit /= 100; g.value /= 100; g.halfUnit /= 100 }
            hedge = .range; end = u.end
            if between || q.key(f.start - 1) == Keys.from { start = f.start - 1 }
            if let h = Hedges.before(q, start), h.hedge == .approximate { start = h.start }
            value = Intervals.range(f, g, unit: u.unit, widths: widths)
        } else {
            return nil
        }
        if hedge != .range && NonQuantity.excluded(q, f, yearOK: true) { return nil }
        let m = Mention(kind: .percent, range: q.range(start, end), hedge: hedge,
                        direction: ChangeDirection.of(q, start: start, end: end), value: value)
        return (m, end)
    }
}
