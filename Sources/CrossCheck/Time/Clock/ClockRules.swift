/// The clock-time rules in the order they are tried, each with its examples.
extension ClockTimeRecognizer {
    typealias Ex = RuleExample
    typealias Not = RuleCounterExample

    static let rules: [Rule] = [partOfDay, timeOfDay]

    static let timeOfDay = Rule(rule: RecognizerRule(
        "time of day",
        startWords: ["noon", "midday", "noonish", "midnight", "mid", "half", "quarter", "a", "in", "early", "late", "at", "shortly", "just",
                     "soon", "right", "after", "before", "around", "about", "circa", "approximately", "roughly"] + Array(NumberWords.cardinals.keys),
        examples: [
            Ex("The quake struck at 11.40pm.", "11.40pm", .clock("23:40")),
            Ex("It struck at 21:40 GMT on Friday.", "21:40 GMT", .clock("21:40", utc: "21:40")),
            Ex("It hit at 1.40am (Moscow time).", "1.40am (Moscow time)", .clock("01:40", utc: "22:40")),
            Ex("The blast came shortly after 2am local time.", "shortly after 2am local time", .clock("02:00")),
            Ex("Polls closed at 12:01 a.m. PT.", "12:01 a.m. PT", .clock("00:01", utc: "07:01"), published: "2024-05-10"),
            Ex("The first shock came at 11.40pm local time (2040 GMT).", "11.40pm local time (2040 GMT)", .clock("23:40", utc: "20:40")),
            Ex("We met at half past seven o'clock.", "half past seven o'clock", .clock("07:30")),
            Ex("It's 20 min past eight in the evening.", "20 min past eight in the evening", .clock("20:20")),
            Ex("Voting ends at 8 p.m. tonight.", "8 p.m.", .clock("20:00")),
            Ex("The talks resumed at noon.", "noon", .clock("12:00")),
            Ex("The bell rang at 7:56:30 pm.", "7:56:30 pm", .clock("19:56:30")),
            Ex("Troops moved at 0500 hrs.", "0500 hrs", .clock("05:00")),
            Ex("I am feeling sick around 1pm.", "around 1pm", .clock("13:00")),
            Ex("She left at one in the morning.", "one in the morning", .clock("01:00")),
            Ex("Traders quit at 10:30 am in London.", "10:30 am", .clock("10:30")),
        ],
        counterExamples: [
            Not("Prices rose to 11.40 on Friday.", kind: .quantity),
            Not("Sales reached 2040 units.", kind: .quantity),
            Not("The vote was 7 to 2.", kind: .quantity),
            Not("The score was 3:1 at the break.", kind: .quantity),
        ]), read: { q, i, context in timePhrase(q, at: i, context: context) })

    static let partOfDay = Rule(rule: RecognizerRule(
        "part of a day",
        startWords: ["the", "early", "late", "overnight"] + Array(TimeLexicon.weekdays.keys),
        examples: [
            Ex("The dam broke in the early hours of Friday.", "the early hours of Friday", .clockSpan("00:00", "06:00")),
            Ex("The dam broke in the early hours of Friday.", "the early hours of Friday", .days("2024-05-10", "2024-05-10"), published: "2024-05-11"),
            Ex("Fighting resumed late Friday night.", "late Friday night", .clockSpan("21:00", "00:00")),
            Ex("Officials met on Tuesday morning.", "Tuesday morning", .clockSpan("06:00", "12:00")),
        ],
        counterExamples: [
            Not("He worked late into the night.", kind: .quantity),
            Not("The early returns favoured him.", kind: .quantity),
        ]), read: { q, i, context in partOfDayPhrase(q, at: i, context: context) })

    /// "the early hours of Friday", "late Friday night", "Tuesday morning", "early on Monday":
    /// a span of local time on a day the phrase names (resolved as a date is).
    static func partOfDayPhrase(_ q: QuantityText, at i: Int, context: ExtractionContext) -> (Mention, Int)? {
        var j = i, span: ClockLexicon.Span
        var dayAt: Int?
        let k = q.key(i)
        if k == Keys.the || k == ClockLexicon.early, q.key(k == Keys.the ? i + 1 : i) == ClockLexicon.early {
            j = k == Keys.the ? i + 2 : i + 1
            guard q.key(j) == ClockLexicon.hours else { return nil }
            span = ClockLexicon.Span(from: 0, to: 6 * 3600); j += 1
            if q.key(j) == Keys.of { dayAt = j + 1 }
        } else if k == ClockLexicon.late || k == ClockLexicon.early {
            j = i + 1
            if q.key(j) == ClockLexicon.on { j += 1 }
            guard TimeLexicon.weekdayTable.contains(q.key(j)) else { return nil }
            dayAt = j
            span = k == ClockLexicon.late ? ClockLexicon.Span(from: 18 * 3600, to: 24 * 3600) : ClockLexicon.Span(from: 0, to: 9 * 3600)
        } else if TimeLexicon.weekdayTable.contains(k), q.tokens[i].isCapitalized, let part = ClockLexicon.partSpanTable[q.key(i + 1)] {
            dayAt = i; span = part
        } else {
            return nil
        }
        var end = j
        var day: DateValue?
        if let d = dayAt {
            let sentence = Sentence(index: 0, tokens: q.lo..<q.hi, range: ByteRange(q.tokens[q.lo].start, q.tokens[q.hi - 1].end))
            let g = DateGrammar(q.text, sentence)
            guard let item = g.parse(at: d), item.spec.isDay, !item.needsFuture,
                  let (m, e) = DateRecognizer().mention(g, q.text, sentence, item, context: context) else { return nil }
            day = m.date; end = e
            // "late Friday night", "Tuesday morning"
            if let part = ClockLexicon.partSpanTable[q.key(end)], q.isWord(end) {
                span = k == ClockLexicon.late && q.key(end) == ClockLexicon.night ? ClockLexicon.Span(from: 21 * 3600, to: 24 * 3600) : part
                if k == ClockLexicon.early, q.key(end) != ClockLexicon.night { span = ClockLexicon.Span(from: part.from, to: part.from + 3 * 3600) }
                end += 1
            }
        }
        guard end > i else { return nil }
        let v = QuantityValue(low: Double(span.from), high: Double(span.to), point: nil, unit: "s")
        var m = Mention(kind: .quantity, range: q.range(i, end), hedge: .range, value: v)
        var u = UnitValue(dimension: "time", unit: "clock", symbol: "", baseSymbol: "s")
        u.day = day
        m.measurement = u
        return (m, end)
    }
}
