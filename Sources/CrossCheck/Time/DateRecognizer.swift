/// Finds dates ("March 17, 2020", "the 17th", "Tuesday", "last year", "mid-March") and date ranges
/// ("March 17-19", "from the 17th to 18th", "Tuesday through Thursday", "between January and
/// March"), resolves them against the document's publication date, and sets their modality.
///
/// A single day is a `date` mention; anything longer (a month, a year, a week, a part of one, or a
/// range of two dates) is a `daterange`. Ranges are built in the same scan as the dates they join.
public struct DateRecognizer: Recognizer {
    /// The lean used when the clause around a date has no tense. News text has none by default;
    /// the conformance suites of calendar assistants lean to the future.
    public var defaultLean: TimeLean

    public init(defaultLean: TimeLean = .none) {
        self.defaultLean = defaultLean
    }

    /// What the recognizer reads around the grammar's phrases: ranges, hedges and stretches.
    static let scanRules: [RecognizerRule] = [
        RecognizerRule("range of two dates", startWords: ["from", "between"], examples: [
            DateGrammar.ex("Prices rose between January and March.", "between January and March", "2020-01-01", "2020-03-31"),
            DateGrammar.ex("Talks run from Monday to April 5.", "from Monday to April 5", "2020-03-16", "2020-04-05"),
            DateGrammar.ex("The vote is set for March 17-19.", "March 17-19", "2020-03-17", "2020-03-19"),
        ]),
        RecognizerRule("around a date", startWords: ["around"], examples: [
            DateGrammar.ex("A deal is expected around next week.", "around next week", "2020-03-23", "2020-03-29"),
        ]),
        RecognizerRule("a hedged count back", startWords: DateRecognizer.agoHedgeWords, examples: [
            DateGrammar.ex("The plant closed about two years ago.", "about two years ago", "2017-10-02", "2018-08-28"),
            DateGrammar.ex("The season ended about a month ago.", "about a month ago", "2020-02-03", "2020-03-04"),
            DateGrammar.ex("The talks stalled nearly two weeks ago.", "nearly two weeks ago", "2020-03-01", "2020-03-07"),
        ]),
        RecognizerRule("a stretch from a day", startWords: ["for"], examples: [
            DateGrammar.ex("He was suspended for 10 days from March 1.", "for 10 days from March 1", "2020-03-01", "2020-03-10"),
        ]),
    ]

    /// How far after a trigger word a date's anchor may lie ("the end of the first half of 2020").
    static let anchorReach = 8

    public func recognize(_ text: TokenizedText, sentence: Sentence, context: ExtractionContext, into mentions: inout [Mention]) {
        let tokens = text.tokens
        // Every date holds an anchor: a number, a month, a weekday, a relative day or a unit of
        // time. Sentences without one are skipped, and a common trigger word ("the", "in", "a")
        // is only parsed when an anchor follows it closely.
        var nextAnchor = Int.max
        var anchorAfter = [Int](repeating: Int.max, count: sentence.tokens.count)
        for i in sentence.tokens.reversed() {
            if TimeLexicon.isAnchor(tokens[i]) { nextAnchor = i }
            anchorAfter[i - sentence.tokens.lowerBound] = nextAnchor
        }
        guard nextAnchor != Int.max else { return }
        let g = DateGrammar(text, sentence)
        var i = g.lo
        while i < g.hi {
            let t = tokens[i]
            guard t.kind == .number || (t.kind == .word && TimeLexicon.triggerTable.contains(t.key)) else { i += 1; continue }
            guard anchorAfter[i - sentence.tokens.lowerBound] - i <= DateRecognizer.anchorReach else { i += 1; continue }
            if let (mention, end) = scan(g, text, sentence, at: i, context: context) {
                mentions.append(mention)
                i = end
            } else {
                i += 1
            }
        }
    }

    static let agoHedgeWords = ["about", "nearly", "almost", "roughly", "some", "approximately"]
    static let agoHedges = WordTable(words: agoHedgeWords, value: true)

    /// A date or a range starting at token `i`, with the token index after it.
    func scan(_ g: DateGrammar, _ text: TokenizedText, _ sentence: Sentence, at i: Int, context: ExtractionContext) -> (Mention, Int)? {
        let k = g.key(i)
        if k == "from" || k == "between" {
            if let r = range(g, text, sentence, prefix: i, at: i + 1, context: context) { return r }
            // "from the 13 to 15 July"
            if g.isWord(i + 1, "the"), g.dayNumber(i + 2) != nil, let r = range(g, text, sentence, prefix: i, at: i + 2, context: context) { return r }
            return nil
        }
        // "around next week", "around the 21st": the hedge joins the date; the date is unchanged.
        if k == "around" {
            guard let (m, end) = scan(g, text, sentence, at: i + 1, context: context), g.tokens[i + 1].start == m.range.start else { return nil }
            var m2 = m
            m2.range = ByteRange(g.tokens[i].start, m.range.end)
            return (m2, end)
        }
        // "about ten years ago", "nearly a decade ago": the hedge joins a date counted back (read
        // by itself the phrase would be a length of time, "about ten years").
        if DateRecognizer.agoHedges.contains(k), let item = g.parseAgo(at: i + 1), item.first == i + 1, item.spec.isOffset, item.spec.offsetSign < 0,
           let (m, end) = mention(g, text, sentence, item, context: context) {
            var m2 = m
            m2.range = ByteRange(g.tokens[i].start, m.range.end)
            m2.hedge = .approximate
            // "About a month ago" is two weeks either side: half the unit counted (five months for
            // years, so that the date stays under a year long).
            if case let .offset(days, months) = item.spec, let r = m.date?.interval {
                let half = months != 0 ? (months % 12 == 0 ? 150 : 15) : (days % 7 == 0 ? 3 : 1)
                m2.date = DateValue(r.lowerBound.adding(days: -half), r.upperBound.adding(days: half))
                m2.kind = .daterange
            }
            return (m2, end)
        }
        // "for 3 days from today", "for 1 week, from 20th Dec": a stretch from that day.
        if k == "for" {
            guard let (n, a) = g.count(i + 1), let (d, mo, e) = g.calendarUnit(a, n: n) else { return nil }
            var b = e
            if g.isWord(b, ",") { b += 1 }
            guard g.isWord(b, "from") || g.isWord(b, "starting") || g.isWord(b, "beginning"),
                  let base = g.parse(at: b + 1), base.first == b + 1, !base.needsFuture, base.spec.isDay else { return nil }
            return mention(g, text, sentence, DateItem(spec: .lasting(base.spec, days: d, months: mo), first: i, end: base.end), context: context)
        }
        if let r = range(g, text, sentence, prefix: nil, at: i, context: context) { return r }
        guard var item = g.parse(at: i) else { return nil }
        // "in 3 days on Friday": that weekday of the week.
        if item.spec.isOffset, item.spec.offsetSign > 0 {
            let o = g.isWord(item.end, "on") ? item.end + 1 : item.end
            if let (w, next) = g.weekday(o), o > item.end || g.tokens[o].isCapitalized {
                item = DateItem(spec: .weekdayInWeek(w, item.spec), first: item.first, end: next, needsFuture: item.needsFuture)
            }
        }
        return mention(g, text, sentence, item, context: context)
    }

    func mention(_ g: DateGrammar, _ text: TokenizedText, _ sentence: Sentence, _ item: DateItem, context: ExtractionContext) -> (Mention, Int)? {
        let span = ByteRange(g.tokens[item.first].start, g.tokens[item.end - 1].end)
        // "the last Friday of October": a position, not a past-tense cue.
        var cueSpan = span
        switch item.spec {
        case .nthWeekday, .subPeriod:
            if let l = (item.first..<item.end).first(where: { g.isWord($0, "last") }), l + 1 < item.end {
                cueSpan = ByteRange(g.tokens[l + 1].start, span.end)
            }
        default: break
        }
        let modality = ModalityClassifier.modality(in: text, sentence: sentence, at: cueSpan)
        if item.needsFuture && !(modality == .planned || modality == .unspecified && defaultLean == .future) { return nil }
        var lean = modality == .unspecified ? defaultLean : TimeLean(modality)
        // "since September": what a period started from lies behind the report, whatever the tense.
        if item.first > g.lo, g.isWord(item.first - 1, "since") { lean = .past }
        let value = DateResolver.resolve(item.spec, reference: context.published, lean: item.spec.isDeictic ? .none : lean)
        return (Mention(kind: kind(of: value, item.spec), range: span, date: value, modality: modality), item.end)
    }

    func kind(of value: DateValue, _ spec: DateSpec) -> MentionKind {
        if let s = value.start.date, let e = value.end.date { return s == e ? .date : .daterange }
        return spec.isDay ? .date : .daterange
    }

    // MARK: ranges

    enum Grain: Int { case day, month, year }

    static func grain(_ spec: DateSpec) -> Grain {
        switch spec {
        case .day, .weekday, .relativeDay, .offset, .weekdayOfWeek, .checkedDay, .offsetFrom, .nthWeekday, .dayOf,
             .shiftedDay, .weekdayCount, .weekdayInWeek, .closestWeekday: return .day
        case .month, .period, .span, .subPeriod, .weekOf, .season, .quarters, .yearToDate, .lasting, .businessDays, .weekend: return .month
        case .year, .decade, .century, .yearPair: return .year
        }
    }

    /// "March 17-19", "the 17th to 18th", "Tuesday through Thursday", "between January and March",
    /// "from 2014 to 2018", "17-19 March".
    func range(_ g: DateGrammar, _ text: TokenizedText, _ sentence: Sentence, prefix: Int?, at i: Int, context: ExtractionContext) -> (Mention, Int)? {
        // The first date, or a bare day that takes its month from the second ("17 to 19 March").
        var a = g.parse(at: i)
        // "between now and November 15th", "from now to June"
        if a == nil, prefix != nil, g.isWord(i, "now") { a = DateItem(spec: .relativeDay(0), first: i, end: i + 1) }
        var bareFirst = false
        if a?.needsFuture ?? true {
            guard let (d, next, _, spelled) = g.dayNumber(i), !spelled || g.isWord(i - 1, "the") || prefix != nil else { return nil }
            a = DateItem(spec: .day(year: nil, month: nil, day: d), first: i, end: next)
            bareFirst = true
        }
        guard var first = a, first.first == i, !first.needsFuture else { return nil }
        let c = first.end
        guard c < g.hi else { return nil }
        let ck = g.key(c)
        let between = prefix.map { g.key($0) == "between" } ?? false
        let isAnd = ck == "and"
        guard TimeLexicon.rangeConnectorTable.contains(ck) || isAnd else { return nil }
        if isAnd && !between && prefix != nil { return nil }

        // The second date, or a bare day that takes its month from the first ("March 17-19").
        var secondStart = c + 1
        if g.isWord(secondStart, "the") && g.dayNumber(secondStart + 1) != nil && g.parse(at: secondStart) == nil { secondStart += 1 }
        var b = g.parse(at: secondStart)
        if let bi = b, bi.needsFuture { b = nil }
        // "between Jan 2019 and now", "from March to date", "till current date"
        if b == nil, g.isWord(secondStart, "now") || (g.isWord(secondStart, "date") && ck != "and") {
            b = DateItem(spec: .relativeDay(0), first: secondStart, end: secondStart + 1)
        }
        if b == nil, g.isWord(secondStart, "current"), g.isWord(secondStart + 1, "date") {
            b = DateItem(spec: .relativeDay(0), first: secondStart, end: secondStart + 2)
        }
        if b == nil, let (d, next, _, _) = g.dayNumber(secondStart),
           next >= g.hi || g.tokens[next].kind != .word || g.month(next) != nil || TimeLexicon.wordsAfterADay.contains(g.tokens[next].key) {
            // A day number followed by a month belongs to that month ("17 to 19 March"); one
            // followed by a noun counts something ("sentenced on Monday to 11 years").
            b = DateItem(spec: .day(year: nil, month: nil, day: d), first: secondStart, end: next)
        }
        guard var second = b else { return nil }
        // "from 5/1-5/7, 2020": a year after the range dates both ends.
        if case let .day(nil, m1?, d1) = first.spec, case let .day(nil, m2?, d2) = second.spec, let (y, end) = g.trailingYear(second.end) {
            first.spec = .day(year: m1 > m2 ? y - 1 : y, month: m1, day: d1)
            second.spec = .day(year: y, month: m2, day: d2)
            second.end = end
        }
        if bareFirst {
            // "17-19 March": the first day needs a month from the second.
            guard case let .day(y2, m2?, _) = second.spec, case let .day(_, _, d1) = first.spec else { return nil }
            first.spec = .day(year: y2, month: m2, day: d1)
        }
        let ga = DateRecognizer.grain(first.spec), gb = DateRecognizer.grain(second.spec)
        // A range to or from the reference day ("between Jan 2019 and today", "between now and
        // November 15th") needs "between" or "from" before it.
        var toReference = false
        if case .relativeDay = second.spec, prefix != nil, !(isRelative(first.spec)) { toReference = true }
        if case .relativeDay(0) = first.spec, prefix != nil, !(isRelative(second.spec)) { toReference = true }
        guard toReference || ga == gb || (ga == .year && gb != .year && hasYear(second.spec)) else { return nil }
        // Periods and spans ("last week to next week") are not joined.
        if case .period = first.spec { return nil }
        if case .span = first.spec { return nil }
        if case .offset = first.spec { return nil }
        if case .relativeDay = first.spec, case .relativeDay = second.spec {} else if case .relativeDay = first.spec, !toReference { return nil }
        // A bare "and" without "between" joins only consecutive days or months ("the 17th and 18th").
        if isAnd && !between && !consecutive(first.spec, second.spec) { return nil }
        // "-" between numbers must be tight or spaced on both sides like a dash, not a minus sign.
        if ck == "-", case .year = first.spec, g.tokens[c].spaceBefore != g.tokens[c + 1].spaceBefore { return nil }

        let startToken = prefix ?? i
        let span = ByteRange(g.tokens[startToken].start, g.tokens[second.end - 1].end)
        let modality = ModalityClassifier.modality(in: text, sentence: sentence, at: span)
        let lean = modality == .unspecified ? defaultLean : TimeLean(modality)
        let value = DateRanges.join(first.spec, second.spec, reference: context.published, lean: lean)
        return (Mention(kind: .daterange, range: span, date: value, modality: modality), second.end)
    }

    func isRelative(_ spec: DateSpec) -> Bool {
        if case .relativeDay = spec { return true }
        return false
    }

    func hasYear(_ spec: DateSpec) -> Bool {
        switch spec {
        case .day(let y?, _, _), .month(let y?, _, _, _): _ = y; return true
        default: return false
        }
    }

    func consecutive(_ a: DateSpec, _ b: DateSpec) -> Bool {
        switch (a, b) {
        case let (.day(_, _, d1), .day(_, _, d2)): return d2 == d1 + 1
        case let (.weekday(w1, _), .weekday(w2, nil)): return w2 == w1 % 7 + 1
        case let (.month(_, m1, nil, _), .month(_, m2, nil, nil)): return m2 == m1 % 12 + 1
        default: return false
        }
    }
}

/// Joins the two ends of a date range, letting the second borrow what the first fixes ("March 17-19",
/// "Tuesday through Thursday") and the first borrow the year of the second ("Nov. 30 to Dec. 2, 2019").
enum DateRanges {
    static func join(_ a: DateSpec, _ b: DateSpec, reference: CalendarDate?, lean: TimeLean) -> DateValue {
        var a = a, b = b
        // The first end borrows a year (and month) the second states.
        switch (a, b) {
        case let (.day(nil, nil, d1), .day(nil, m2?, d2)):
            // "the 13th to 15th July"
            a = .day(year: nil, month: d1 <= d2 ? m2 : (m2 == 1 ? 12 : m2 - 1), day: d1)
        case let (.day(nil, m1, d1), .day(y2?, m2?, d2)):
            let m = m1 ?? m2
            var y = y2
            if m > m2 || (m == m2 && d1 > d2) { y -= 1 }
            a = .day(year: y, month: m, day: d1)
        case let (.month(nil, m1, p1, nil), .month(y2?, m2, _, _)), let (.month(nil, m1, p1, nil), .day(y2?, m2?, _)):
            a = .month(year: m1 > m2 ? y2 - 1 : y2, month: m1, part: p1, shift: nil)
        default: break
        }
        // A yearless range ("from May to September", "January 14-15") is placed as a whole: the
        // clause's tense picks among last year's, this year's and next year's.
        if let ref = reference, let year = { () -> Int?? in
            switch a {
            case .month(nil, _, _, nil): return .some(nil)
            case .day(nil, _?, _): return .some(nil)
            default: return nil
            }
        }(), year == nil {
            var candidates: [(CalendarDate, CalendarDate)] = []
            for off in -1...1 {
                var a2 = a
                switch a {
                case let .month(nil, m, p, nil): a2 = .month(year: ref.year + off, month: m, part: p, shift: nil)
                case let .day(nil, m?, d): a2 = .day(year: ref.year + off, month: m, day: d)
                default: break
                }
                let v = join(a2, b, reference: ref, lean: lean)
                if let s = v.start.date, let e = v.end.date, v.resolved { candidates.append((s, e)) }
            }
            if let c = DateResolver.choose(candidates, ref: ref, lean: lean, window: 330) { return DateValue(c.0, c.1) }
        }
        guard let ref = reference ?? anchorYear(a) else {
            return unresolvedJoin(a, b)
        }
        let leanA = a.isDeictic ? TimeLean.none : lean
        guard let (s, e1) = DateResolver.interval(a, ref: ref, lean: leanA) else { return unresolvedJoin(a, b) }
        // The second end borrows month and year from the resolved first.
        switch b {
        case let .day(nil, m2, d2):
            if m2 == nil {
                var candidate = CalendarDate(year: s.year, month: s.month, day: d2)
                if candidate.map({ $0 < s }) ?? true {
                    let next = CalendarDate(clamping: s.year, s.month, 1).adding(months: 1)
                    candidate = CalendarDate(year: next.year, month: next.month, day: d2)
                }
                guard let end = candidate else { return unresolvedJoin(a, b) }
                return DateValue(s, end)
            }
            b = .day(year: s.year, month: m2, day: d2)
            if let e = b.asDate, e < s { b = .day(year: s.year + 1, month: m2, day: d2) }
        case let .weekday(w2, nil):
            let end = s.adding(days: (w2 - s.weekday + 7) % 7)
            return DateValue(s, end)
        case let .month(nil, m2, p2, nil):
            b = .month(year: m2 < s.month ? s.year + 1 : s.year, month: m2, part: p2, shift: nil)
        default: break
        }
        guard let (s2, e2) = DateResolver.interval(b, ref: ref, lean: b.isDeictic ? .none : lean) else { return unresolvedJoin(a, b) }
        _ = s2
        return DateValue(s, max(e2, e1))
    }

    /// A range whose first end states a year needs no reference date ("January 14-15, 2020").
    static func anchorYear(_ a: DateSpec) -> CalendarDate? {
        switch a {
        case let .day(y?, m?, _): return CalendarDate(year: y, month: m, day: 1)
        case let .month(y?, m, _, nil): return CalendarDate(year: y, month: m, day: 1)
        case let .year(y, _): return CalendarDate(year: y, month: 1, day: 1)
        case let .decade(y): return CalendarDate(year: y, month: 1, day: 1)
        default: return nil
        }
    }

    static func unresolvedJoin(_ a: DateSpec, _ b: DateSpec) -> DateValue {
        let va = DateResolver.unresolved(a)
        var vb = DateResolver.unresolved(b)
        // "the 17th to 18th" → XXXX-XX-17 … XXXX-XX-18; "March 17-19" → XXXX-03-17 … XXXX-03-19.
        if vb.end.month == nil, vb.end.year == nil, case .day = b {
            vb.end.month = va.start.month
            vb.end.year = va.start.year
        }
        let resolved = va.start.date != nil && vb.end.date != nil
        return DateValue(start: va.start, end: vb.end, resolved: resolved)
    }
}

extension DateSpec {
    var asDate: CalendarDate? {
        if case let .day(y?, m?, d) = self { return CalendarDate(year: y, month: m, day: d) }
        return nil
    }
}

extension TimeLexicon {
    /// Tokens without which no date can be written: numbers and words that name a day, a month,
    /// a season, a decade or a unit of calendar time.
    static let anchorTable: WordTable<Bool> = {
        var words: [String] = Array(months.keys) + Array(weekdays.keys) + Array(relativeDays.keys) + Array(periods.keys)
        words += Array(durationUnits.keys) + ["spring", "summer", "fall", "autumn", "winter", "q", "h", "cy", "eom", "bom", "eoy"]
        words += ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "century", "workweek", "date", "now"]
        words += Array(NumberWords.ordinals.keys) + Array(NumberWords.cardinals.keys)
        return WordTable(words: words, value: true)
    }()

    @inline(__always) static func isAnchor(_ t: Token) -> Bool {
        t.kind == .number || (t.kind == .word && anchorTable.contains(t.key))
    }

    /// Words that can start a date expression, from the rules (`DateGrammar.rules` and the
    /// recognizer's own `DateRecognizer.scanRules`); the recognizer looks no further at other words.
    static let triggerTable = WordTable(words: DateGrammar.startWords + DateRecognizer.scanRules.flatMap(\.startWords), value: true)
}
