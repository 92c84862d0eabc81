/// Ordinals, `point` = n: "seventh", "7th", "11th", "twenty-first", "one hundred twenty-fifth".
/// Day-of-month forms next to a month name ("March 17th", "the 17th of March") are left to the
/// date recognizers; a bare "the 17th" is emitted and loses to a date over the same span.
public struct OrdinalRecognizer: QuantityStepRecognizer {
    public init() {}

    static let suffixes = WordTable(words: ["st", "nd", "rd", "th"], value: true)

    /// Reads what starts at token `i`; returns the token to go on from.
    static func step(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths, into mentions: inout [Mention]) -> Int {
            let t = q.tokens[i]
            var found: (Double, Int)? = nil
            if t.kind == .number, Self.suffixes.contains(q.key(i + 1)), q.touches(i + 1), q.digitShape(i).plain,
               let d = FigureParser.digits(q, i) {
                let month = NonQuantityLexicon.monthTable
                if !(month.contains(q.key(i - 1)) || (q.key(i + 2) == Keys.of && month.contains(q.key(i + 3)))) {
                    found = (d.value, i + 2)
                } else { return i + 2 }
            } else if t.kind == .word, NumberWords.ordinalTable[t.key] != nil || mayEndInOrdinal(q, figure.get(q, i)) {
                if let f = FigureParser.parse(q, at: i, ordinal: true), f.ordinal {
                    // "a second", "per second": time units, not ranks
                    let p = q.key(f.start - 1)
                    let isSecond = f.end - f.start == 1 && t.key == WordKey("second")
                    if !(isSecond && (p == Keys.a || p == Keys.per || p == Keys.one || q.isNumber(f.start - 1))) {
                        found = (f.value, f.end)
                    }
                }
            }
            guard let (v, e) = found else { return i + 1 }
            mentions.append(Mention(kind: .ordinal, range: q.range(i, e), hedge: .exact,
                                    value: QuantityValue(low: v, high: v, point: v, unit: nil)))
            return e
    }

    /// A cardinal figure followed by an ordinal word ("twenty-fifth", "one hundred twenty fifth").
    static func mayEndInOrdinal(_ q: QuantityText, _ f: Figure?) -> Bool {
        guard let f, f.spelled || f.firstDigits < 0 else { return false }
        let e = f.end
        return NumberWords.ordinalTable[q.key(e)] != nil || (q.isHyphen(e) && NumberWords.ordinalTable[q.key(e + 1)] != nil)
    }
}
