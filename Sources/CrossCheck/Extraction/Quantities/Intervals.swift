/// Turns a figure and its hedge into the interval the words assert, with the widths of
/// `HedgeWidths`. `factor` scales the figure into the unit (0.01 for cents).
///
/// - exact (bare figure): [X − r, X + r] where r is the figure's rounding (`Figure.halfUnit`), or a
///   point when `HedgeWidths.rounding` is off;
/// - approximate ("about X"): X ± approximate × |X| (the hedge replaces the rounding);
/// - nearly ("nearly X"): [X − nearly × |X|, X];
/// - moreThan / atLeast: [X, open), or [X, X × (1 + moreThanCeiling)] when that is set
///   (X itself is stored as the low end although "more than" excludes it);
/// - lessThan / atMost: (open, X];
/// - upTo ("as much as X"): (open, X + r], the figure's own rounding included;
/// - range ("between X and Y", "X-Y"): [X − rX, Y + rY], no point;
/// - vague ("thousands of"): [vagueLow × base, vagueHigh × base], no point.
enum Intervals {
    static func value(_ f: Figure, hedge: Hedge, unit: String?, factor: Double = 1, widths: HedgeWidths) -> QuantityValue {
        let p = f.value * factor
        let r = rounding(f, factor: factor, widths: widths)
        switch hedge {
        case .exact:
            return QuantityValue(low: p - r, high: p + r, point: p, unit: unit)
        case .approximate:
            let d = abs(p) * widths.approximate
            return QuantityValue(low: p - d, high: p + d, point: p, unit: unit)
        case .nearly:
            return QuantityValue(low: p - abs(p) * widths.nearly, high: p, point: p, unit: unit)
        case .moreThan, .atLeast:
            return QuantityValue(low: p, high: widths.moreThanCeiling.map { p + abs(p) * $0 }, point: p, unit: unit)
        case .lessThan, .atMost:
            return QuantityValue(low: nil, high: p, point: p, unit: unit)
        case .upTo:
            return QuantityValue(low: nil, high: p + r, point: p, unit: unit)
        case .range, .vague:
            return QuantityValue(low: p - r, high: p + r, point: p, unit: unit)
        }
    }

    static func range(_ a: Figure, _ b: Figure, unit: String?, factor: Double = 1, widths: HedgeWidths) -> QuantityValue {
        let ra = rounding(a, factor: factor, widths: widths)
        let rb = rounding(b, factor: factor, widths: widths)
        let lo = min(a.value, b.value) * factor, hi = max(a.value, b.value) * factor
        var v = QuantityValue(low: lo - ra, high: hi + rb, point: nil, unit: unit)
        v.rangeEnds = RangeEnds(low: lo, high: hi)
        return v
    }

    /// Half a unit of the figure's last significant digit, capped at `roundingCap` of the figure.
    static func rounding(_ f: Figure, factor: Double, widths: HedgeWidths) -> Double {
        guard widths.rounding else { return 0 }
        let half = f.halfUnit * factor
        let cap = abs(f.value * factor) * widths.roundingCap
        return cap > 0 ? min(half, cap) : half
    }

    static func vague(base: Double, unit: String?, widths: HedgeWidths) -> QuantityValue {
        QuantityValue(low: widths.vagueLow * base, high: widths.vagueHigh * base, point: nil, unit: unit)
    }
}

/// The reading of a figure (or two, for a range) with its hedge, shared by the recognizers.
struct Amount {
    var first: Figure
    var second: Figure?
    var hedge: Hedge
    /// Token span of the whole phrase, hedge words included.
    var start: Int
    var end: Int

    func value(unit: String?, factor: Double = 1, widths: HedgeWidths) -> QuantityValue {
        if let second { return Intervals.range(first, second, unit: unit, factor: factor, widths: widths) }
        return Intervals.value(first, hedge: hedge, unit: unit, factor: factor, widths: widths)
    }
}

enum Ranges {
    /// A second figure after `f` that makes a range: "X-Y", "X–Y", "X to Y", "X through Y", "X~Y",
    /// or "X and Y" when `between` (the phrase began with "between"). `repeatSymbol` lets the
    /// currency sign repeat ("$10-$20"). The first figure takes the second's scale ("5 to 6 million").
    static func second(_ q: QuantityText, after f: inout Figure, at c: Int, between: Bool, repeatSymbol: WordKey? = nil) -> Figure? {
        guard q.inside(c) else { return nil }
        let k = q.tokens[c].key
        let hyphen = q.isHyphen(c)
        guard hyphen || k == Keys.tilde || (between ? k == Keys.and : (k == Keys.to || k == Keys.through)) else { return nil }
        // "rose from 5 to 7 percent": two levels; "rose 5 to 7 percent" is a range of the rise
        if k == Keys.to, q.key(f.start - 1) == Keys.from, ChangeDirection.stepsTo(q, figureStart: f.start) { return nil }
        var j = c + 1
        if let s = repeatSymbol, q.key(j) == s { j += 1 }
        guard q.isNumber(j) || NumberWords.cardinalTable[q.key(j)] != nil else { return nil }
        guard var g = FigureParser.parse(q, at: j) else { return nil }
        guard !g.fraction || f.fraction else { return nil }
        // Phone numbers and codes: "555-0142", "3210-4567", "1-222-2222".
        if hyphen, f.plainDigits, g.plainDigits {
            let a = q.digitShape(f.firstDigits), b = q.digitShape(g.firstDigits)
            if b.leadingZero || a.leadingZero { return nil }
            if a.digits >= 3 && b.digits == 4 && f.value.truncatingRemainder(dividingBy: 100) != 0 && g.value.truncatingRemainder(dividingBy: 100) != 0 { return nil }
            if q.isHyphen(g.end) && q.isNumber(g.end + 1) { return nil }
            if a.digits == 4 && b.digits <= 4 && f.value >= 1800 && f.value <= 2099 { return nil } // "2019-20", "2019-2020"
        }
        if !f.scaled && g.scaled && !f.fraction {
            var s = 1.0, v = g.value
            // the scale of the second figure: the power of ten that brings it back near the first
            while abs(v) >= 10 * max(abs(f.value), 1) && s < 1e15 { v /= 10; s *= 10 }
            if s >= 100 && f.value * s <= g.value {
                let newHalf = max(f.halfUnit * s, 0.5 * s)
                f.value *= s; f.halfUnit = newHalf; f.scaled = true
            }
        }
        guard g.value > f.value else { return nil }
        g.start = c + 1
        return g
    }
}
