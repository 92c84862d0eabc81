/// Bare numbers (kind `number`): digits with grouping and decimals, number words, scale words and
/// abbreviations, signed figures, spelled fractions, ranges ("between 20 and 30", "1000-5000") and
/// hedged figures ("more than 30000"). Figures in the negative table (`NonQuantity`: years, dates,
/// times, phone numbers, scores, addresses, labels) produce nothing. Figures with a unit are also
/// read by the money, count, percent and multiple recognizers, whose longer mentions win.
public struct NumberRecognizer: QuantityStepRecognizer {
    public init() {}

    /// Reads what starts at token `i`; returns the token to go on from.
    static func step(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths, into mentions: inout [Mention]) -> Int {
            guard var f = figure.get(q, i) else {
                // "more than half", "nearly half": a bare half after a hedge
                if q.key(i) == Keys.half, q.isWord(i), let h = Hedges.before(q, i), h.hedge != .exact, !q.isNumber(i + 1) {
                    let v = Intervals.value(Figure(value: 0.5, start: i, end: i + 1, halfUnit: 0, spelled: true, scaled: false, fraction: true,
                                                   ordinal: false, plainDigits: false, digitCount: 0, firstDigits: -1),
                                            hedge: h.hedge, unit: nil, widths: widths)
                    mentions.append(Mention(kind: .number, range: q.range(h.start, i + 1), hedge: h.hedge,
                                            direction: ChangeDirection.of(q, start: h.start, end: i + 1), value: v))
                    return i + 1
                }
                return i + 1
            }
            if f.ordinal { return f.end }
            var hedge = Hedge.exact, start = f.start
            let between = q.key(f.start - 1) == Keys.between
            let second = Ranges.second(q, after: &f, at: f.end, between: between)
            if NonQuantity.excluded(q, f, inRange: second != nil) {
                var i = f.end
                // skip the rest of a chain ("2020-03-17", "555-0142")
                while q.inside(i), q.isHyphen(i) || q.key(i) == Keys.slash || q.key(i) == Keys.colon || q.key(i) == Keys.dot,
                      q.touches(i), q.isNumber(i + 1), q.touches(i + 1) { i += 2 }
                return i
            }
            var end = (second ?? f).end
            // "forty-five (45)": the figure repeated in digits
            if second == nil, f.spelled, q.key(end) == Keys.openParen, q.isNumber(end + 1), q.key(end + 2) == Keys.closeParen,
               let d = FigureParser.digits(q, end + 1), d.value == f.value {
                end += 3
            }
            if second == nil, !f.spelled, q.key(end) == Keys.openParen, let g = FigureParser.parse(q, at: end + 1), g.spelled,
               g.value == f.value, q.key(g.end) == Keys.closeParen {
                end = g.end + 1
            }
            let value: QuantityValue
            if let second {
                hedge = .range
                if between || q.key(f.start - 1) == Keys.from { start = f.start - 1 }
                value = Intervals.range(f, second, unit: nil, widths: widths)
            } else {
                if let h = Hedges.before(q, f.start) { hedge = h.hedge; start = h.start }
                Hedges.applyAfter(q, end, hedge: &hedge, end: &end)
                value = Intervals.value(f, hedge: hedge, unit: nil, widths: widths)
                // "larger than 10 and smaller than 20", "at most 100 and at least 20": one range
                if let (other, otherHedge, otherEnd) = secondComparison(q, after: end, hedge: hedge) {
                    let lowOpen = hedge == .moreThan || hedge == .atLeast
                    let lo = lowOpen ? f.value : other.value, hi = lowOpen ? other.value : f.value
                    if lo < hi {
                        _ = otherHedge
                        end = otherEnd; hedge = .range
                        mentions.append(Mention(kind: .number, range: q.range(start, end), hedge: .range,
                                                direction: ChangeDirection.of(q, start: start, end: end),
                                                value: QuantityValue(low: lo, high: hi, point: nil, unit: nil)))
                        return end
                    }
                }
            }
            mentions.append(Mention(kind: .number, range: q.range(start, end), hedge: hedge,
                                    direction: ChangeDirection.of(q, start: start, end: end), value: value))
            return end
    }

    static let but = WordKey("but")

    /// A comparison of the other side right after a one-sided one: "and smaller than 20",
    /// ", lower or equal than three hundred", "but below 1500". Returns the figure, its hedge and end.
    static func secondComparison(_ q: QuantityText, after end: Int, hedge: Hedge) -> (Figure, Hedge, Int)? {
        let lowSide: Bool
        switch hedge {
        case .moreThan, .atLeast: lowSide = true
        case .lessThan, .atMost: lowSide = false
        default: return nil
        }
        var j = end
        if q.key(j) == Keys.comma { j += 1 }
        if q.key(j) == Keys.and || q.key(j) == but { j += 1 }
        guard j > end, q.inside(j) else { return nil }
        // the figure is at most six tokens on ("less than or equal to 40")
        var p = j + 1
        while p <= j + 6, q.inside(p) {
            if q.isNumber(p) || NumberWords.cardinalTable[q.key(p)] != nil || (q.key(p) == Keys.a && q.isWord(p)) || q.isHyphen(p) && q.isNumber(p + 1) {
                guard let h = Hedges.before(q, p), h.start == j else { return nil }
                let other: Bool
                switch h.hedge {
                case .moreThan, .atLeast: other = true
                case .lessThan, .atMost: other = false
                default: return nil
                }
                guard other != lowSide, let g = FigureParser.parse(q, at: p), !g.ordinal else { return nil }
                if NonQuantity.excluded(q, g) { return nil }
                var e = g.end, hg = h.hedge
                Hedges.applyAfter(q, e, hedge: &hg, end: &e)
                return (g, hg, e)
            }
            p += 1
        }
        return nil
    }
}
