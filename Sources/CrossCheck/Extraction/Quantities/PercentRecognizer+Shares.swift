/// Fractions of a whole read as the percent they state: "a quarter of the workforce" (25%),
/// "two-thirds of voters", "one in five adults" (20%), "half of the homes", "nearly half the
/// staff". A share written as a fraction is loose: it asserts its value ± 2.5 points (a third is
/// anything a writer would not call "a quarter" or "two-fifths" more readily), so "a third" agrees
/// with 35% and conflicts with 45%.
extension PercentRecognizer {
    typealias Ex = RuleExample
    typealias Not = RuleCounterExample

    static let rules: [RecognizerRule] = [
        RecognizerRule("a fraction of a whole", startWords: ["half"], examples: [
            Ex("A quarter of the workforce was laid off.", "A quarter", .percent(25)),
            Ex("Two-thirds of voters backed the plan.", "Two-thirds", .percent(200.0 / 3)),
            Ex("One in five adults smokes.", "One in five", .percent(20)),
            Ex("Half of the homes were lost.", "Half", .percent(50)),
            Ex("Nearly half the staff quit.", "Nearly half", .percent(50)),
            Ex("About a third of the crop failed.", "About a third", .percent(100.0 / 3)),
        ], counterExamples: [
            Not("Profit fell in the first quarter of the year.", kind: .percent),
            Not("The race lasted a quarter of an hour.", kind: .percent),
            Not("Earnings rose in the second half.", kind: .percent),
        ]),
        RecognizerRule("percent forms", examples: [
            Ex("Prices rose +0.2% in May.", "+0.2%", .percent(0.2)),
            Ex("Growth was 2.5pc last year.", "2.5pc", .percent(2.5)),
            Ex("Rates rose 5 to 7 per cent.", "5 to 7 per cent", .range(5, 7)),
            Ex("The Fed cut rates by 25 basis points.", "25 basis points", .percent(0.25, unit: "pp")),
            Ex("Yields rose 50bps.", "50bps", .percent(0.5, unit: "pp")),
            Ex("The gap widened 2 percentage points.", "2 percentage points", .percent(2, unit: "pp")),
            Ex("Inflation rose from 5% to 7%.", "7%", .direction(.up, point: 7)),
        ]),
    ]

    static let shareHalfWidth = 2.5

    static func shareOfWhole(_ q: QuantityText, _ f: Figure, widths: HedgeWidths) -> (Mention, Int)? {
        // spelled fractions only: "1/2 of" is a figure as written
        guard f.fraction, f.value > 0, f.value < 1, !f.scaled, f.spelled, f.firstDigits < 0 else { return nil }
        let e = f.end
        let ratio = f.end - f.start >= 3 && (q.key(f.end - 2) == Keys.in || q.key(f.end - 3) == Keys.out)
        if q.key(e) == Keys.of {
            guard q.isWord(e + 1) else { return nil } // the whole must be named
            // "a quarter of an hour", "half of the year" are lengths of time
            var k = e + 1
            if q.key(k) == Keys.a || q.key(k) == Keys.an || q.key(k) == Keys.the { k += 1 }
            if TimeLexicon.durationUnitTable.contains(q.key(k)) { return nil }
        } else if !(ratio && q.isWord(e)) {
            return nil
        }
        return share(q, f.start, e, f.value * 100, widths: widths)
    }

    /// "half of the homes", "nearly half the staff".
    static func halfOf(_ q: QuantityText, at i: Int, widths: HedgeWidths) -> (Mention, Int)? {
        let next = q.key(i + 1)
        guard next == Keys.of || next == Keys.the || HalfLexicon.determiners.contains(next) else { return nil }
        var k = i + 2
        if next == Keys.of, q.key(k) == Keys.the || HalfLexicon.determiners.contains(q.key(k)) { k += 1 }
        if TimeLexicon.durationUnitTable.contains(q.key(k)) { return nil }
        return share(q, i, i + 1, 50, widths: widths)
    }

    static func share(_ q: QuantityText, _ s: Int, _ e: Int, _ percent: Double, widths: HedgeWidths) -> (Mention, Int)? {
        var start = s, hedge = Hedge.exact
        if let h = Hedges.before(q, s) { hedge = h.hedge; start = h.start }
        let f = Figure(value: percent, start: s, end: e, halfUnit: shareHalfWidth, spelled: true, scaled: false, fraction: false,
                       ordinal: false, plainDigits: false, digitCount: 0, firstDigits: -1)
        let m = Mention(kind: .percent, range: q.range(start, e), hedge: hedge, direction: ChangeDirection.of(q, start: start, end: e),
                        value: Intervals.value(f, hedge: hedge, unit: "%", widths: widths))
        return (m, e)
    }
}

enum HalfLexicon {
    static let determiners = WordTable(words: ["all", "its", "their", "his", "her", "our", "those", "these", "them", "us"], value: true)
}
