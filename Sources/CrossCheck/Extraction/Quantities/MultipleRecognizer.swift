/// Multiples, unit "x": "fivefold", "five-fold", "5-fold", "three times as many", "doubled",
/// "tripled", "halved", "twice", and "half" where it scales something ("cut by half", "half as
/// much", "half the"). Verbs carry their direction ("doubled" up, "halved" down); "a fivefold
/// increase" takes the direction of the noun after it.
public struct MultipleRecognizer: QuantityStepRecognizer {
    public init() {}

    /// Reads what starts at token `i`; returns the token to go on from.
    static func step(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths, into mentions: inout [Mention]) -> Int {
            let t = q.tokens[i]
            var found: (value: Double, start: Int, end: Int, direction: Direction?, half: Double)? = nil
            if t.kind == .word {
                if let v = MultipleLexicon.foldTable[t.key] {
                    found = (v, i, i + 1, nil, 0)
                } else if let w = MultipleLexicon.verbTable[t.key] {
                    found = (w.factor, i, i + 1, w.direction, 0)
                } else if t.key == Keys.half {
                    let p = q.key(i - 1), n = q.key(i + 1)
                    if p == Keys.by || n == WordKey("as") || n == Keys.the {
                        found = (0.5, i, i + 1, nil, 0)
                    }
                }
            }
            if found == nil, let f = figure.get(q, i), !f.fraction, f.value > 0 {
                var e = f.end
                if q.isHyphen(e), q.touches(e), q.key(e + 1) == Keys.fold { e += 2 }
                else if q.key(e) == Keys.fold, q.touches(e) { e += 1 }
                else if q.key(e) == Keys.times, MultipleLexicon.comparativeTable.contains(q.key(e + 1)) { e += 1 }
                else { e = -1 }
                if e > 0 { found = (f.value, f.start, e, nil, f.halfUnit) }
            }
            guard let (v, s, e, dir, half) = found else { return i + 1 }
            var hedge = Hedge.exact, start = s
            if let h = Hedges.before(q, s) { hedge = h.hedge; start = h.start }
            let f = Figure(value: v, start: s, end: e, halfUnit: half, spelled: true, scaled: false, fraction: false,
                           ordinal: false, plainDigits: false, digitCount: 0, firstDigits: -1)
            let direction = dir ?? ChangeDirection.of(q, start: start, end: e)
            mentions.append(Mention(kind: .multiple, range: q.range(start, e), hedge: hedge, direction: direction,
                                    value: Intervals.value(f, hedge: hedge, unit: "x", widths: widths)))
            return e
    }
}
