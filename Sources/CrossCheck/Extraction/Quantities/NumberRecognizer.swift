/// Bare numbers (kind `number`): digits with grouping and decimals, number words, scale words and
/// abbreviations, signed figures, spelled fractions, ranges ("between 20 and 30", "1000-5000") and
/// hedged figures ("more than 30000"). Figures in the negative table (`NonQuantity`: years, dates,
/// times, phone numbers, scores, addresses, labels) produce nothing. Figures with a unit are also
/// read by the money, count, percent and multiple recognizers, whose longer mentions win.
public struct NumberRecognizer: Recognizer {
    public init() {}

    public func recognize(_ text: TokenizedText, sentence: Sentence, context: ExtractionContext, into mentions: inout [Mention]) {
        let q = QuantityText(text, sentence)
        let widths = context.options.hedges
        let triggers = Triggers.shared
        var i = q.lo
        while i < q.hi {
            if !triggers.relevant(q, i) { i += 1; continue }
            var figure = FigureAt()
            i = Self.step(q, at: i, figure: &figure, widths: widths, into: &mentions)
        }
    }

    /// Reads what starts at token `i`; returns the token to go on from.
    static func step(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths, into mentions: inout [Mention]) -> Int {
            guard var f = figure.get(q, i) else { return i + 1 }
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
                if let h = Hedges.after(q, end), hedge == .exact { hedge = h.hedge; end = h.end }
                value = Intervals.value(f, hedge: hedge, unit: nil, widths: widths)
            }
            mentions.append(Mention(kind: .number, range: q.range(start, end), hedge: hedge,
                                    direction: ChangeDirection.of(q, start: start, end: end), value: value))
            return end
    }
}
