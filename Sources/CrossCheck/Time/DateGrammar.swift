/// What a date expression says before it is resolved against a reference date.
indirect enum DateSpec: Sendable, Equatable {
    /// A day; missing parts are filled from the reference date ("the 17th", "March 17").
    case day(year: Int?, month: Int?, day: Int)
    /// A month or part of one ("in January", "mid-March", "last September").
    case month(year: Int?, month: Int, part: TimeLexicon.Part?, shift: Int?)
    /// A year or part of one ("in 2019", "late 2019", "the first half of 2020").
    case year(Int, part: TimeLexicon.Part?)
    /// "the 1990s".
    case decade(Int)
    /// A weekday: bare ("Tuesday") or shifted ("last Wednesday" −1, "next Friday" +1, "this Monday" 0).
    case weekday(Int, shift: Int?)
    /// A weekday of a shifted week: "Wednesday of next week", "next week Wednesday".
    case weekdayOfWeek(Int, shift: Int)
    /// "today" 0, "yesterday" −1, "tomorrow" +1.
    case relativeDay(Int)
    /// A calendar period around the reference date: "this week", "last month", "earlier this year".
    case period(TimeLexicon.PeriodUnit, shift: Int, part: TimeLexicon.Part?)
    /// A day at a distance from the reference date: "two days ago", "in two weeks", "a year earlier".
    case offset(days: Int, months: Int)
    /// The days just before (`forward` false) or after the reference date: "the past five years".
    case span(days: Int, months: Int, forward: Bool)
    /// A day of the month that must fall on a weekday: "Monday 21", "Thu 15th", "Fri, Jul 18".
    case checkedDay(weekday: Int, month: Int?, day: Int)
    /// A day at a distance from another date: "three days after January 12", "two weeks from tomorrow".
    case offsetFrom(DateSpec, days: Int, months: Int)
    /// The n-th weekday of a month (n < 0 counts from the end): "the first Tuesday of October".
    case nthWeekday(Int, weekday: Int, DateSpec)
    /// Whole units counted from the start (index > 0) or the end (index < 0) of a period:
    /// "the first week of 2015", "the last three weeks of this year", "the third month of 2021".
    case subPeriod(TimeLexicon.PeriodUnit, index: Int, count: Int, DateSpec)
    /// The Monday–Sunday week holding a day: "the week of April 10th".
    case weekOf(DateSpec)
    /// A day of a period: "the 20th of next month".
    case dayOf(Int, DateSpec)
    /// A season (0 spring … 3 winter) of a year, or shifted from the reference: "summer 2020", "last winter".
    case season(Int, year: Int?, shift: Int?)
    /// Whole calendar quarters just before (`forward` false) or after the current one: "the past two quarters".
    case quarters(Int, forward: Bool)
    /// From January 1 to the reference date: "year to date".
    case yearToDate
    /// "the 21st century": 2000–2099.
    case century(Int)
    /// A season or fiscal year written across two years: "2019/20", "2019-20".
    case yearPair(Int)
    /// A month-day placed by "this" (0: this year's), "next" (> 0: the first after the reference) or
    /// "last" (< 0: the last before it): "next 6th of April", "this 5/12".
    case shiftedDay(month: Int, day: Int, shift: Int)
    /// The n-th such weekday after (n > 0) or before (n < 0) the reference, not counting the
    /// reference day: "3 Fridays from now", "two Sundays ago", "Friday after next" (n = 2).
    case weekdayCount(Int, count: Int)
    /// A weekday of the Monday–Sunday week holding another day: "Monday two weeks from now",
    /// "in 3 days on Friday".
    case weekdayInWeek(Int, DateSpec)
    /// The n-th nearest such weekday to another day: "the closest Monday to Oct 5th" (n = 1),
    /// "the second closest Mon to October fifth" (n = 2).
    case closestWeekday(Int, DateSpec, rank: Int)
    /// A stretch of days from a first day: "3 days starting next Monday", "for 1 week, from 20th Dec".
    case lasting(DateSpec, days: Int, months: Int)
    /// The n working days (Monday–Friday) just before or after the reference: "the next 4 business days".
    case businessDays(Int, forward: Bool)
    /// "the weekend": the Saturday–Sunday nearest the reference, placed by tense like a bare weekday.
    case weekend

    /// True when the words themselves fix the direction in time, so tense must not move them.
    var isDeictic: Bool {
        switch self {
        case .relativeDay, .period, .offset, .span, .weekdayOfWeek, .quarters, .yearToDate, .shiftedDay, .weekdayCount, .businessDays: return true
        case .weekday(_, let shift): return shift != nil
        case .month(_, _, _, let shift): return shift != nil
        case .season(_, _, let shift): return shift != nil
        case .offsetFrom(let base, _, _), .nthWeekday(_, _, let base), .subPeriod(_, _, _, let base), .weekOf(let base), .dayOf(_, let base),
             .weekdayInWeek(_, let base), .closestWeekday(_, let base, _), .lasting(let base, _, _):
            return base.isDeictic
        default: return false
        }
    }

    /// A day at a distance from the reference or another day: "two weeks from now", "3 days after May 1".
    var isOffset: Bool {
        switch self {
        case .offset, .offsetFrom: return true
        default: return false
        }
    }

    /// +1 for an offset ahead, −1 for one back, 0 otherwise.
    var offsetSign: Int {
        switch self {
        case let .offset(d, m), let .offsetFrom(_, d, m): return d + m > 0 ? 1 : (d + m < 0 ? -1 : 0)
        default: return 0
        }
    }

    /// A day-level expression (one day, not a month or a period).
    var isDay: Bool {
        switch self {
        case .day, .weekday, .relativeDay, .offset, .weekdayOfWeek, .checkedDay, .offsetFrom, .nthWeekday, .dayOf,
             .shiftedDay, .weekdayCount, .weekdayInWeek, .closestWeekday: return true
        default: return false
        }
    }
}

/// One date expression found in a sentence: token indices `first..<end`.
struct DateItem: Sendable {
    var spec: DateSpec
    var first: Int
    var end: Int
    /// "in two weeks": a date only when the clause looks ahead.
    var needsFuture = false
}

/// Hand-written parser of English date expressions over tokens. Each `parse…` function looks at the
/// tokens from an index and returns what it read and where it stopped; none allocates.
struct DateGrammar {
    let tokens: [Token]
    let bytes: [UInt8]
    /// Sentence bounds (token indices).
    let lo: Int
    let hi: Int

    init(_ text: TokenizedText, _ sentence: Sentence) {
        tokens = text.tokens
        bytes = text.source.bytes
        lo = sentence.tokens.lowerBound
        hi = sentence.tokens.upperBound
    }

    // MARK: token helpers

    @inline(__always) func key(_ i: Int) -> WordKey { i < hi && i >= lo ? tokens[i].key : .none }
    @inline(__always) func isWord(_ i: Int, _ w: WordKey) -> Bool { i < hi && i >= lo && tokens[i].key == w }
    @inline(__always) func glued(_ i: Int) -> Bool { i < hi && !tokens[i].spaceBefore }

    /// The integer value of a plain digit token (no grouping or decimal marks), with its digit count.
    func integer(_ i: Int) -> (value: Int, digits: Int)? {
        guard i < hi, i >= lo, tokens[i].kind == .number else { return nil }
        let t = tokens[i]
        guard t.end - t.start <= 9 else { return nil }
        var v = 0
        for b in bytes[t.start..<t.end] {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return (v, t.end - t.start)
    }

    /// A month word at `i` (with a following "." for abbreviations); ambiguous words ("may") need a
    /// day or year after them, a date cue before them, or a capital.
    func month(_ i: Int) -> (month: Int, next: Int)? {
        guard i < hi, tokens[i].kind == .word, let m = TimeLexicon.monthTable[tokens[i].key] else { return nil }
        var next = i + 1
        // "Sept." keeps its dot; "June." ends a sentence.
        if isWord(next, ".") && glued(next) && tokens[i].end - tokens[i].start <= 4 && !TimeLexicon.shortFullMonthTable.contains(tokens[i].key) && next + 1 < hi { next += 1 }
        if TimeLexicon.ambiguousMonthTable.contains(tokens[i].key) {
            let numberAfter = next < hi && (tokens[next].kind == .number || (tokens[next].key == "/" && glued(next)) || dayNumber(next) != nil)
            // "Dec-2018", "Dec, 2018", "Jan-Feb 2017"
            let joinedAfter = next + 1 < hi && (tokens[next].key == "-" || tokens[next].key == "/" || tokens[next].key == ",")
                && (year(next + 1) != nil || (tokens[next].key == "-" && TimeLexicon.monthTable.contains(tokens[next + 1].key))
                    || tokens[next].key == "-" && glued(next) && glued(next + 1) && dayNumber(next + 1) != nil)
            // "May to March": a range to an unambiguous month.
            let rangeAfter = next + 1 < hi && (tokens[next].key == "to" || tokens[next].key == "through")
                && TimeLexicon.monthTable.contains(tokens[next + 1].key)
                && (!TimeLexicon.ambiguousMonthTable.contains(tokens[next + 1].key) || tokens[next + 1].isCapitalized)
            // "18th Dec", "23rd to 26th Oct" (not "5 may").
            let dayBefore = i > lo && tokens[i].key != "may"
                && (tokens[i - 1].kind == .number || (TimeLexicon.ordinalSuffixTable.contains(tokens[i - 1].key) && !tokens[i - 1].spaceBefore))
            let cueBefore = dayBefore || joinedAfter || i > lo && TimeLexicon.monthCueTable.contains(tokens[i - 1].key)
            let abbreviatedWithDot = next > i + 1
            let capitalMarch = tokens[i].isCapitalized && tokens[i].key == "march"
            // "May twenty nine"
            let spelledDayAfter = tokens[i].isCapitalized && spelledCardinalDay(next) != nil
            if !(numberAfter || cueBefore || abbreviatedWithDot || capitalMarch || spelledDayAfter || rangeAfter) { return nil }
        }
        return (m, next)
    }

    func weekday(_ i: Int) -> (weekday: Int, next: Int)? {
        guard i < hi, tokens[i].kind == .word, let w = TimeLexicon.weekdayTable[tokens[i].key] else { return nil }
        var next = i + 1
        // "Tue." keeps its dot; "Tuesday." ends a sentence.
        if isWord(next, ".") && glued(next) && tokens[i].end - tokens[i].start <= 5 { next += 1 }
        if TimeLexicon.ambiguousWeekdayTable.contains(tokens[i].key) {
            let dateAfter = next < hi && (tokens[next].kind == .number || TimeLexicon.monthTable.contains(tokens[next].key))
            // "sun." ending "in the sun." is the full stop after a word: a lower-case "sun."/"sat." at
            // the end of a sentence is a weekday only alone or after a date cue ("on sat.").
            let dotted = next > i + 1 && (next < hi || tokens[i].isCapitalized || i == lo
                || TimeLexicon.plainWeekdayAbbreviationTable.contains(tokens[i].key)
                || TimeLexicon.monthCueTable.contains(tokens[i - 1].key) || tokens[i - 1].key == ",")
            if !(dotted || dateAfter || tokens[i].isCapitalized || TimeLexicon.plainWeekdayAbbreviationTable.contains(tokens[i].key)) { return nil }
        }
        // Plural weekdays ("on Tuesdays") are habits, not dates: the table has no plurals, so nothing to do.
        return (w, next)
    }

    /// A four-digit year (1000–2999).
    func year(_ i: Int) -> Int? {
        guard let (v, digits) = integer(i), digits == 4, (1000...2999).contains(v) else { return nil }
        return v
    }

    /// A day of the month written as digits with an optional ordinal suffix ("17", "17th"), or as an
    /// ordinal word ("seventeenth", "twenty-first").
    func dayNumber(_ i: Int) -> (day: Int, next: Int, suffixed: Bool, spelled: Bool)? {
        guard i < hi else { return nil }
        if let (v, digits) = integer(i), digits <= 2, (1...31).contains(v) {
            // "17:30" or "17.5" are not days.
            if i + 1 < hi, glued(i + 1), tokens[i + 1].key == ":" { return nil }
            if i + 1 < hi, glued(i + 1), tokens[i + 1].kind == .word {
                if TimeLexicon.ordinalSuffixTable.contains(tokens[i + 1].key) { return (v, i + 2, true, false) }
                // "14april 2015"
                if TimeLexicon.monthTable.contains(tokens[i + 1].key), tokens[i + 1].end - tokens[i + 1].start >= 3 { return (v, i + 1, false, false) }
                return nil
            }
            return (v, i + 1, false, false)
        }
        guard tokens[i].kind == .word else { return nil }
        if let o = NumberWords.ordinalTable[tokens[i].key], o <= 31 { return (o, i + 1, true, true) }
        if let tens = NumberWords.cardinalTable[tokens[i].key], tens == 20 || tens == 30 {
            var j = i + 1
            if isWord(j, "-") && glued(j) { j += 1 }
            if let o = NumberWords.ordinalTable[key(j)], o < 10, Int(tens) + o <= 31 { return (Int(tens) + o, j + 1, true, true) }
        }
        return nil
    }

    func dayNumberSuffixed(_ i: Int) -> (Int, Int, Bool, Bool)? {
        guard let r = dayNumber(i), r.suffixed else { return nil }
        return (r.day, r.next, true, r.spelled)
    }

    /// A spelled cardinal day after a month ("May twenty nine").
    func spelledCardinalDay(_ i: Int) -> (day: Int, next: Int)? {
        guard i < hi, tokens[i].kind == .word, let v = NumberWords.cardinalTable[tokens[i].key], v >= 1, v <= 31 else { return nil }
        var d = Int(v), j = i + 1
        if v == 20 || v == 30 {
            var k = j
            if isWord(k, "-") && glued(k) { k += 1 }
            if let u = NumberWords.cardinalTable[key(k)], u >= 1, u <= 9, d + Int(u) <= 31 { d += Int(u); j = k + 1 }
        }
        return (d, j)
    }

    // MARK: items

    /// Reads the date expression starting at token `i`, if any.
    func parse(at i: Int) -> DateItem? {
        guard i < hi else { return nil }
        let t = tokens[i]
        if t.kind == .number { return parseNumeric(at: i) }
        guard t.kind == .word else { return nil }
        let k = t.key
        if k == "the" { return parseThe(at: i) }
        if let item = parseOrdinalPhrase(at: i, first: i) { return item }
        if let item = parseSpelledDayOfMonth(at: i) { return item }
        if let item = parseQuarter(at: i) { return item }
        if let item = parseSeason(at: i, first: i) { return item }
        if let item = parseMonthFirst(at: i) { return item }
        if let item = parseWeekdayFirst(at: i) { return item }
        if let r = TimeLexicon.relativeDayTable[k] { return DateItem(spec: .relativeDay(r), first: i, end: i + 1) }
        if let shift = TimeLexicon.shiftTable[k] {
            // "will last three weekends": the verb, not a shift.
            if k == "last", i > lo, TimeLexicon.verbLastCueTable.contains(tokens[i - 1].key) { return nil }
            return parseShifted(at: i, shift: shift, first: i)
        }
        if let part = TimeLexicon.partTable[k] { return parsePart(at: i, part: part) }
        if k == "earlier" || k == "later" { return parseEarlierLater(at: i) }
        if let item = parseRestOf(at: i, first: i) { return item }
        if TimeLexicon.partOfTable[k] != nil, isWord(i + 1, "of") { return parsePartOf(at: i, first: i) }
        if k == "year", let y = year(i + 1) { return DateItem(spec: .year(y, part: nil), first: i, end: i + 2) }
        // "calendar year 2008", "CY 2008", "CY18"
        if k == "calendar", isWord(i + 1, "year"), let y = year(i + 2) { return DateItem(spec: .year(y, part: nil), first: i, end: i + 3) }
        if k == "cy", let (v, digits) = integer(i + 1), digits == 4 && year(i + 1) != nil || digits == 2 && glued(i + 1) {
            return DateItem(spec: .year(digits == 4 ? v : 2000 + v, part: nil), first: i, end: i + 2)
        }
        // "w/c Feb 4": the week commencing that day.
        if k == "w", isWord(i + 1, "/"), glued(i + 1), isWord(i + 2, "c"), glued(i + 2),
           let base = parse(at: i + 3), base.first == i + 3, !base.needsFuture, base.spec.isDay {
            return DateItem(spec: .weekOf(base.spec), first: i, end: base.end)
        }
        if k == "year" {
            // "year to date", "year-to-date"
            var j = i + 1
            if isWord(j, "-") { j += 1 }
            if isWord(j, "to") {
                j += 1
                if isWord(j, "-") { j += 1 }
                if isWord(j, "date") { return DateItem(spec: .yearToDate, first: i, end: j + 1) }
            }
        }
        if let part = TimeLexicon.periodCodeTable[k] {
            // "EOM", "BOM", "EOY"
            return DateItem(spec: .period(part.1 ? .year : .month, shift: 0, part: part.0), first: i, end: i + 1)
        }
        if let d = TimeLexicon.decadeWordTable[k] { return DateItem(spec: .decade(d), first: i, end: i + 1) }
        if k == "in" { return parseIn(at: i) }
        if k == "a" || k == "an" || k == "one" { return parseAgo(at: i) }
        if NumberWords.cardinalTable[k] != nil { return parseAgo(at: i) ?? parseCountShift(at: i) }
        return nil
    }

    /// Digits first: ISO dates, US numeric dates, years, decades, "17 March", "17th".
    func parseNumeric(at i: Int) -> DateItem? {
        // "$12 December 27": a figure after a currency sign is not a day.
        if i > lo, tokens[i - 1].kind == .symbol, !tokens[i].spaceBefore || tokens[i - 1].key == "$" { return nil }
        if let item = parseDotted(at: i) { return item }
        guard let (v, digits) = integer(i) else { return nil }
        // 23/Sep/2020, 05-Aug-2016, 31-Oct-74
        if digits <= 2, i + 4 < hi, glued(i + 1), glued(i + 2), glued(i + 3), glued(i + 4),
           tokens[i + 1].key == "-" || tokens[i + 1].key == "/", tokens[i + 3].key == tokens[i + 1].key,
           let m = TimeLexicon.monthTable[tokens[i + 2].key], let (yv, yd) = integer(i + 4), yd == 4 || yd == 2 {
            let y = yd == 4 ? yv : (yv < 40 ? 2000 + yv : 1900 + yv)
            if CalendarDate(year: y, month: m, day: v) != nil { return DateItem(spec: .day(year: y, month: m, day: v), first: i, end: i + 5) }
        }
        // 2019/aug/01, 2019-aug-1, 2020/Sep/23
        if digits == 4, let y = year(i), i + 4 < hi, glued(i + 1), glued(i + 2), glued(i + 3), glued(i + 4),
           tokens[i + 1].key == "-" || tokens[i + 1].key == "/", tokens[i + 3].key == tokens[i + 1].key,
           let m = TimeLexicon.monthTable[tokens[i + 2].key], let (d, dd) = integer(i + 4), dd <= 2,
           CalendarDate(year: y, month: m, day: d) != nil {
            return DateItem(spec: .day(year: y, month: m, day: d), first: i, end: i + 5)
        }
        // "the 90s", "'90s"
        if digits == 2, v % 10 == 0, isWord(i + 1, "s"), glued(i + 1) || !(i + 2 < hi && tokens[i + 2].kind == .word) {
            return DateItem(spec: .decade(v >= 20 ? 1900 + v : 2000 + v), first: i, end: i + 2)
        }
        // "21st century"
        if case let (c, next, true, _)? = dayNumber(i), isWord(next, "century") {
            return DateItem(spec: .century(c), first: i, end: next + 1)
        }
        if let item = parseOrdinalPhrase(at: i, first: i) { return item }
        // 2/2013, 12-2015
        if digits <= 2, (1...12).contains(v), i + 2 < hi, glued(i + 1), glued(i + 2), tokens[i + 1].key == "/" || tokens[i + 1].key == "-",
           let y = year(i + 2), !(i + 3 < hi && glued(i + 3) && (tokens[i + 3].key == "/" || tokens[i + 3].key == "-")) {
            return DateItem(spec: .month(year: y, month: v, part: nil, shift: nil), first: i, end: i + 3)
        }
        // 2020-03-17, 2020/03/17
        if digits == 4, let y = year(i) {
            // 2014-10, 2014/10 (a month); 2019/20, 2019-20 (two years)
            if i + 2 < hi, glued(i + 1), glued(i + 2), tokens[i + 1].key == "-" || tokens[i + 1].key == "/",
               let (b, bd) = integer(i + 2), bd <= 2, !(i + 3 < hi && glued(i + 3) && (tokens[i + 3].key == "-" || tokens[i + 3].key == "/")) {
                if (1...12).contains(b), b != (y + 1) % 100 || tokens[i + 1].key == "-" && bd == 1 {
                    return DateItem(spec: .month(year: y, month: b, part: nil, shift: nil), first: i, end: i + 3)
                }
                if b == (y + 1) % 100 { return DateItem(spec: .yearPair(y), first: i, end: i + 3) }
            }
            // 2017-q1, 2017 q1, 2019 H2
            var q = i + 1
            if isWord(q, "-"), glued(q) { q += 1 }
            if let part = quarterCode(q) { return DateItem(spec: .year(y, part: part.0), first: i, end: part.1) }
            if i + 4 < hi, glued(i + 1), glued(i + 2), glued(i + 3), glued(i + 4),
               tokens[i + 1].key == tokens[i + 3].key, tokens[i + 1].key == "-" || tokens[i + 1].key == "/",
               let (m, md) = integer(i + 2), md <= 2, let (d, dd) = integer(i + 4), dd <= 2,
               CalendarDate(year: y, month: m, day: d) != nil {
                return DateItem(spec: .day(year: y, month: m, day: d), first: i, end: i + 5)
            }
            // 1990s, "1990 s"
            if i + 1 < hi, tokens[i + 1].key == "s", y % 10 == 0, glued(i + 1) || !(i + 2 < hi && tokens[i + 2].kind == .word) {
                return DateItem(spec: .decade(y), first: i, end: i + 2)
            }
            // "2017 April": a year then a month, with no day after it.
            if let (m, after) = month(i + 1), dayNumber(after) == nil, integer(after) == nil {
                return DateItem(spec: .month(year: y, month: m, part: nil, shift: nil), first: i, end: after)
            }
            if isYearContext(i) {
                // "2014 AD", "2014 A.D."
                if isWord(i + 1, "ad") { return DateItem(spec: .year(y, part: nil), first: i, end: i + 2) }
                if isWord(i + 1, "a"), isWord(i + 2, "."), isWord(i + 3, "d"), isWord(i + 4, ".") { return DateItem(spec: .year(y, part: nil), first: i, end: i + 5) }
                return DateItem(spec: .year(y, part: nil), first: i, end: i + 1)
            }
            return nil
        }
        // 20200317
        if digits == 8 {
            let y = v / 10000, m = (v / 100) % 100, d = v % 100
            if (1900...2099).contains(y), CalendarDate(year: y, month: m, day: d) != nil {
                return DateItem(spec: .day(year: y, month: m, day: d), first: i, end: i + 1)
            }
            return nil
        }
        if digits <= 3, let item = parseAgo(at: i) ?? parseCountShift(at: i) { return item }
        guard digits <= 2 else { return nil }
        // 3/17/2020, 3/17, 10-1-2018
        if i + 2 < hi, glued(i + 1), glued(i + 2), tokens[i + 1].key == "/" || tokens[i + 1].key == "-",
           let (b, bd) = integer(i + 2), bd <= 2 {
            let sep = tokens[i + 1].key
            var month = v, day = b
            if month > 12 && day <= 12 { swap(&month, &day) }
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            if i + 4 < hi, glued(i + 3), glued(i + 4), tokens[i + 3].key == sep, let (yv, yd) = integer(i + 4), yd == 4 || yd == 2 {
                // A third slash group that is not a year ("1/2/3/4") is not a date.
                // "10-1-2018-10-7-2018" is a range of two such dates.
                if i + 5 < hi, glued(i + 5), tokens[i + 5].key == sep {
                    guard sep == "-", glued(i + 6), let other = parseNumeric(at: i + 6), case .day(_?, _?, _) = other.spec else { return nil }
                }
                let y = yd == 4 ? yv : (yv < 40 ? 2000 + yv : 1900 + yv)
                return DateItem(spec: .day(year: y, month: month, day: day), first: i, end: i + 5)
            }
            guard sep == "/" else { return nil }
            if i + 3 < hi, glued(i + 3), tokens[i + 3].key == "/" || tokens[i + 3].kind == .number { return nil }
            // A yearless 3/17 needs a date cue before it: fractions look the same.
            // ("and" joins lists of fractions as well as of dates: the list rule below decides after it.)
            var cue = i > lo && tokens[i - 1].key != "and" && (TimeLexicon.monthCueTable.contains(tokens[i - 1].key) || TimeLexicon.weekdayTable.contains(tokens[i - 1].key))
            // "10/1-11/2/2017": a range to a full date.
            if !cue, isWord(i + 3, "-"), glued(i + 3), glued(i + 4), let other = parseNumeric(at: i + 4), case .day(_?, _?, _) = other.spec { cue = true }
            // "11/20, 11/22 or 11/25": a list goes on from a dated item.
            if !cue, i - 4 >= lo, isWord(i - 1, ",") || isWord(i - 1, "or") || isWord(i - 1, "and"),
               tokens[i - 2].kind == .number, isWord(i - 3, "/"), glued(i - 3), glued(i - 2), let prev = parseNumeric(at: i - 4), prev.end == i - 1 {
                cue = true
            }
            guard cue || i == lo else { return nil }
            return DateItem(spec: .day(year: nil, month: month, day: day), first: i, end: i + 3)
        }
        // 17 March 2020, 17th of March, 4th July
        guard let (d, next, suffixed, _) = dayNumber(i) else { return nil }
        if let item = dayOfPeriod(d, at: next, first: i) { return item }
        var j = next
        if isWord(j, "of") { j += 1 }
        if let (m, after) = month(j) {
            if let (y, end) = trailingYear(after) { return DateItem(spec: .day(year: y, month: m, day: d), first: i, end: end) }
            return DateItem(spec: .day(year: nil, month: m, day: d), first: i, end: after)
        }
        // "on 17th", "by the 17th" is handled by parseThe.
        if suffixed, i > lo {
            let p = tokens[i - 1].key
            if p == "on" || p == "by" || p == "from" || p == "until" || p == "since" || TimeLexicon.weekdayTable.contains(p) {
                return DateItem(spec: .day(year: nil, month: nil, day: d), first: i, end: next)
            }
        }
        return nil
    }

    /// A year after a day-month: ", 2020", " 2020", " of 87".
    func trailingYear(_ j: Int) -> (Int, Int)? {
        var k = j
        if isWord(k, ",") || isWord(k, "of") || isWord(k, "in") { k += 1 }
        if let y = year(k) { return (y, k + 1) }
        if isWord(j, "of"), let (v, d) = integer(j + 1), d == 2 { return (v < 40 ? 2000 + v : 1900 + v, j + 2) }
        return nil
    }

    /// Whether a bare four-digit number at `i` reads as a year: a date cue before it, or no noun after it.
    func isYearContext(_ i: Int) -> Bool {
        guard let y = year(i), (1800...2100).contains(y) else { return false }
        if i > lo, tokens[i - 1].kind == .symbol || tokens[i - 1].key == "$" { return false }
        if i > lo, TimeLexicon.yearCueTable.contains(tokens[i - 1].key) || TimeLexicon.monthTable.contains(tokens[i - 1].key) { return true }
        let n = i + 1
        if n >= hi { return true }
        let t = tokens[n]
        if t.kind == .punct { return t.key != "%" }
        if t.kind == .word {
            if TimeLexicon.durationUnitTable.contains(t.key) || NumberWords.scaleTable.contains(t.key) { return false }
            return !t.isCapitalized ? TimeLexicon.yearFollowers.contains(t.key) : true
        }
        return false
    }

    /// "the 17th", "the 17th of March", "the end of December", "the first half of 2020",
    /// "the past five years", "the day before yesterday".
    func parseThe(at i: Int) -> DateItem? {
        let j = i + 1
        guard j < hi else { return nil }
        if let item = parseOrdinalPhrase(at: j, first: i) { return item }
        if let item = parseWeekOf(at: j, first: i) { return item }
        if let item = parseSeason(at: j, first: i) { return item }
        if let d = TimeLexicon.decadeWordTable[key(j)] { return DateItem(spec: .decade(d), first: i, end: j + 1) }
        if let part = TimeLexicon.periodCodeTable[key(j)] {
            return DateItem(spec: .period(part.1 ? .year : .month, shift: 0, part: part.0), first: i, end: j + 1)
        }
        if isWord(j, "year"), let item = parse(at: j), case .yearToDate = item.spec { return DateItem(spec: .yearToDate, first: i, end: item.end) }
        if let (d, next, suffixed, _) = dayNumber(j), suffixed || isWord(next, "of") {
            if let item = dayOfPeriod(d, at: next, first: i) { return item }
            if isWord(next, "century") { return DateItem(spec: .century(d), first: i, end: next + 1) }
        }
        if let (d, next, suffixed, spelled) = dayNumber(j), suffixed {
            var k = next
            if isWord(k, "day") && isWord(k + 1, "of") { k += 1 }
            if isWord(k, "of"), let (m, after) = month(k + 1) {
                if let (y, end) = trailingYear(after) { return DateItem(spec: .day(year: y, month: m, day: d), first: i, end: end) }
                return DateItem(spec: .day(year: nil, month: m, day: d), first: i, end: after)
            }
            if let (m, after) = month(k) {
                if let (y, end) = trailingYear(after) { return DateItem(spec: .day(year: y, month: m, day: d), first: i, end: end) }
                return DateItem(spec: .day(year: nil, month: m, day: d), first: i, end: after)
            }
            if isWord(k, "of"), isWord(k + 1, "the"), isWord(k + 2, "month") {
                return DateItem(spec: .day(year: nil, month: nil, day: d), first: i, end: k + 3)
            }
            // "the first half/quarter of …" is handled below; a spelled ordinal alone is not a day.
            // "the 7th meeting", "the 3rd summit": an ordinal before a noun qualifies it, dates nothing.
            let qualifiesNoun = next < hi && tokens[next].kind == .word && !TimeLexicon.wordsAfterADay.contains(tokens[next].key)
            if !spelled, !qualifiesNoun { return DateItem(spec: .day(year: nil, month: nil, day: d), first: i, end: next) }
        }
        let k = tokens[j].key
        if TimeLexicon.partOfTable[k] != nil, isWord(j + 1, "of") { return parsePartOf(at: j, first: i) }
        if (k == "first" || k == "second"), isWord(j + 1, "half"), isWord(j + 2, "of") {
            return parseOfTarget(at: j + 3, part: k == "first" ? .firstHalf : .secondHalf, first: i)
        }
        if let q = NumberWords.ordinalTable[k], q <= 4, isWord(j + 1, "quarter"), isWord(j + 2, "of") {
            return parseOfTarget(at: j + 3, part: .quarter(q), first: i)
        }
        if let shift = TimeLexicon.shiftTable[k], shift != 0 { return parseShifted(at: j, shift: shift, first: i) }
        if let item = parseRestOf(at: j, first: i) { return item }
        // "the week after next"
        if k == "week", isWord(j + 1, "after"), isWord(j + 2, "next") { return DateItem(spec: .period(.week, shift: 2, part: nil), first: i, end: j + 3) }
        // "over the weekend"
        if k == "weekend", !isWord(j + 1, "of") { return DateItem(spec: .weekend, first: i, end: j + 1) }
        // "the closest Monday to Oct 5th", "the second closest Mon to October fifth"
        do {
            var c = j, rank = 1
            if let o = NumberWords.ordinalTable[key(c)], o <= 5, isWord(c + 1, "closest") || isWord(c + 1, "nearest") { rank = o; c += 1 }
            if isWord(c, "closest") || isWord(c, "nearest"), let (w, next) = weekday(c + 1), isWord(next, "to"),
               let base = parse(at: next + 1), base.first == next + 1, !base.needsFuture, base.spec.isDay {
                return DateItem(spec: .closestWeekday(w, base.spec, rank: rank), first: i, end: base.end)
            }
        }
        if k == "day", isWord(j + 1, "before"), isWord(j + 2, "yesterday") { return DateItem(spec: .relativeDay(-2), first: i, end: j + 3) }
        if k == "day", isWord(j + 1, "after"), isWord(j + 2, "tomorrow") { return DateItem(spec: .relativeDay(2), first: i, end: j + 3) }
        // "the 1990s"
        if let y = year(j), glued(j + 1), isWord(j + 1, "s"), y % 10 == 0 { return DateItem(spec: .decade(y), first: i, end: j + 2) }
        return nil
    }

    /// "end of December", "beginning of 2020", "the middle of next month".
    func parsePartOf(at j: Int, first: Int) -> DateItem? {
        guard let part = TimeLexicon.partOfTable[key(j)], isWord(j + 1, "of") else { return nil }
        return parseOfTarget(at: j + 2, part: part, first: first)
    }

    /// The period after "the end of", "early", "the first half of": a month (with year), a year,
    /// "this/next/last" period, "the year", "the month".
    func parseOfTarget(at k: Int, part: TimeLexicon.Part, first: Int) -> DateItem? {
        if let (m, after) = month(k) {
            if let (y, end) = trailingYear(after) { return DateItem(spec: .month(year: y, month: m, part: part, shift: nil), first: first, end: end) }
            return DateItem(spec: .month(year: nil, month: m, part: part, shift: nil), first: first, end: after)
        }
        if let y = year(k) { return DateItem(spec: .year(y, part: part), first: first, end: k + 1) }
        var s = k
        if isWord(s, "the") { s += 1 }
        // "the beginning of around next week"
        if isWord(s, "around") { s += 1 }
        if let shift = TimeLexicon.shiftTable[key(s)], let unit = TimeLexicon.periodTable[key(s + 1)] {
            return DateItem(spec: .period(unit, shift: shift, part: part), first: first, end: s + 2)
        }
        if let unit = TimeLexicon.periodTable[key(s)], unit != .weekend {
            return DateItem(spec: .period(unit, shift: 0, part: part), first: first, end: s + 1)
        }
        if s > k, let shift = TimeLexicon.shiftTable[key(s)], shift != 0, let (m, after) = month(s + 1) {
            return DateItem(spec: .month(year: nil, month: m, part: part, shift: shift), first: first, end: after)
        }
        return nil
    }

    /// "early April", "mid-March", "late 2019", "late last year", "early next week".
    func parsePart(at i: Int, part: TimeLexicon.Part) -> DateItem? {
        var j = i + 1
        if isWord(j, "-") && glued(j) { j += 1 }
        if isWord(j, "in") { j += 1 }
        return parseOfTarget(at: j, part: part, first: i)
    }

    /// "the rest of the year", "the remainder of this month", "remaining of the week": from the
    /// reference day to the period's end.
    func parseRestOf(at j: Int, first: Int) -> DateItem? {
        guard isWord(j, "rest") || isWord(j, "remainder") || isWord(j, "remaining"), isWord(j + 1, "of") else { return nil }
        var k = j + 2
        guard isWord(k, "the") || isWord(k, "this") else { return nil }
        k += 1
        guard let unit = TimeLexicon.periodTable[key(k)], unit != .weekend else { return nil }
        return DateItem(spec: .period(unit, shift: 0, part: .restOf), first: first, end: k + 1)
    }

    /// "earlier this month", "later this year", "earlier in the week".
    func parseEarlierLater(at i: Int) -> DateItem? {
        let part: TimeLexicon.Part = key(i) == "earlier" ? .earlierThis : .laterThis
        var j = i + 1
        if isWord(j, "in") && isWord(j + 1, "the") { j += 2 } else if isWord(j, "this") { j += 1 } else { return nil }
        guard let unit = TimeLexicon.periodTable[key(j)] else { return nil }
        return DateItem(spec: .period(unit, shift: 0, part: part), first: i, end: j + 1)
    }

    /// Month first: "March 17, 2020", "Mar. 17", "March 17th", "March 2020", "April the ninth", "March".
    func parseMonthFirst(at i: Int) -> DateItem? {
        guard let (m, next) = month(i) else { return nil }
        var j = next
        // Sep-23-2020
        if next + 4 < hi, isWord(next, "-"), glued(next), glued(next + 1), isWord(next + 2, "-"), glued(next + 2), glued(next + 3),
           let (d, dd) = integer(next + 1), dd <= 2, let y = year(next + 3), CalendarDate(year: y, month: m, day: d) != nil {
            return DateItem(spec: .day(year: y, month: m, day: d), first: i, end: next + 4)
        }
        // Dec-2018, Dec/2018
        if isWord(j, "-") || isWord(j, "/"), glued(j), glued(j + 1), let y = year(j + 1) {
            return DateItem(spec: .month(year: y, month: m, part: nil, shift: nil), first: i, end: j + 2)
        }
        if isWord(j, "/") || isWord(j, "-"), glued(j) && glued(j + 1), let (d, after, _, _) = dayNumber(j + 1),
           !(isWord(after, "-") || isWord(after, "/")) {
            return DateItem(spec: .day(year: nil, month: m, day: d), first: i, end: after)
        }
        // "March after next"
        if isWord(j, "after"), isWord(j + 1, "next") { return DateItem(spec: .month(year: nil, month: m, part: nil, shift: 2), first: i, end: j + 2) }
        if isWord(j, ",") && !isWord(j + 1, ","), let (d, after, _, _) = dayNumberSuffixed(j + 1) {
            return DateItem(spec: .day(year: nil, month: m, day: d), first: i, end: after)
        }
        if let (d, after, _, _) = dayNumber(j) {
            if let (y, end) = trailingYear(after) { return DateItem(spec: .day(year: y, month: m, day: d), first: i, end: end) }
            return DateItem(spec: .day(year: nil, month: m, day: d), first: i, end: after)
        }
        if isWord(j, "the"), let (d, after, suffixed, _) = dayNumber(j + 1), suffixed {
            if let (y, end) = trailingYear(after) { return DateItem(spec: .day(year: y, month: m, day: d), first: i, end: end) }
            return DateItem(spec: .day(year: nil, month: m, day: d), first: i, end: after)
        }
        if let (d, after) = spelledCardinalDay(j) {
            return DateItem(spec: .day(year: nil, month: m, day: d), first: i, end: after)
        }
        if isWord(j, ",") && year(j + 1) != nil { j += 1 }
        if (isWord(j, "of") || isWord(j, "in")) && year(j + 1) != nil { j += 1 }
        if let y = year(j) { return DateItem(spec: .month(year: y, month: m, part: nil, shift: nil), first: i, end: j + 1) }
        if isWord(j, "of"), let (v, d) = integer(j + 1), d == 2 {
            return DateItem(spec: .month(year: v < 40 ? 2000 + v : 1900 + v, month: m, part: nil, shift: nil), first: i, end: j + 2)
        }
        // "January this year", "March of last year": the month of a year counted from the report.
        var k = next
        if isWord(k, "of") { k += 1 }
        if k + 1 < hi, isWord(k + 1, "year"), let shift = isWord(k, "this") ? 0 : isWord(k, "last") ? -1 : isWord(k, "next") ? 1 : nil {
            return DateItem(spec: .subPeriod(.month, index: m, count: 1, .period(.year, shift: shift, part: nil)), first: i, end: k + 2)
        }
        return DateItem(spec: .month(year: nil, month: m, part: nil, shift: nil), first: i, end: next)
    }

    /// "Tuesday", "Tuesday, March 17", "Tue 13th", "Friday 7/6".
    func parseWeekdayFirst(at i: Int) -> DateItem? {
        guard let (w, next) = weekday(i) else { return nil }
        // "Friday after next": the second Friday from now.
        if isWord(next, "after"), isWord(next + 1, "next") { return DateItem(spec: .weekdayCount(w, count: 2), first: i, end: next + 2) }
        var j = next
        // "Friday-Jun-15", "friday (jun-15)": the date wins.
        if isWord(j, "-"), glued(j), glued(j + 1), let inner = parse(at: j + 1), inner.first == j + 1, case let .day(y, m?, d) = inner.spec {
            return DateItem(spec: y == nil ? .checkedDay(weekday: w, month: m, day: d) : inner.spec, first: i, end: inner.end)
        }
        if isWord(j, "("), let inner = parse(at: j + 1), inner.first == j + 1, isWord(inner.end, ")"), case let .day(y, m?, d) = inner.spec {
            return DateItem(spec: y == nil ? .checkedDay(weekday: w, month: m, day: d) : inner.spec, first: i, end: inner.end + 1)
        }
        // "Friday 7.6", "Friday 7-6": a weekday makes a bare month.day a date.
        if let (m, d, end) = weekdayMonthDay(j) {
            return DateItem(spec: .checkedDay(weekday: w, month: m, day: d), first: i, end: end)
        }
        // "Monday two weeks from now", "Thursday, two year from now": that weekday of the week.
        do {
            let o = isWord(j, ",") ? j + 1 : j
            if let inner = parseAgo(at: o), inner.first == o, inner.spec.isOffset, inner.spec.offsetSign > 0 {
                return DateItem(spec: .weekdayInWeek(w, inner.spec), first: i, end: inner.end)
            }
        }
        var s = next
        if isWord(s, "of") || isWord(s, "from") { s += 1 }
        if isWord(s, "the") { s += 1 }
        if let shift = TimeLexicon.shiftTable[key(s)], isWord(s + 1, "week") {
            return DateItem(spec: .weekdayOfWeek(w, shift: shift), first: i, end: s + 2)
        }
        if isWord(j, ",") { j += 1 }
        // A weekday with a yearless day names the day of that date that falls on the weekday
        // ("Monday 21", "Thu 15th", "Fri, Jul 18").
        if j < hi, tokens[j].kind == .word || tokens[j].kind == .number {
            if let inner = parse(at: j), inner.first == j {
                if case let .day(y, m, d) = inner.spec {
                    if y == nil { return DateItem(spec: .checkedDay(weekday: w, month: m, day: d), first: i, end: inner.end) }
                    return DateItem(spec: inner.spec, first: i, end: inner.end)
                }
            }
            if let (d, after, suffixed, spelled) = dayNumber(j), suffixed, !spelled {
                return DateItem(spec: .checkedDay(weekday: w, month: nil, day: d), first: i, end: after)
            }
            if case let (d, after, false, false)? = dayNumber(j), tokens[i].isCapitalized, after >= hi || tokens[after].kind == .punct && tokens[after].key != "-" && tokens[after].key != "/" && tokens[after].key != ":" {
                return DateItem(spec: .checkedDay(weekday: w, month: nil, day: d), first: i, end: after)
            }
            if isWord(j, "the"), let (d, after, suffixed, _) = dayNumber(j + 1), suffixed {
                return DateItem(spec: .checkedDay(weekday: w, month: nil, day: d), first: i, end: after)
            }
        }
        return DateItem(spec: .weekday(w, shift: nil), first: i, end: next)
    }

    /// "7.6" (one number token) or "7-6" after a weekday: month and day.
    func weekdayMonthDay(_ j: Int) -> (Int, Int, Int)? {
        guard j < hi, tokens[j].kind == .number else { return nil }
        if let (m, md) = integer(j), md <= 2, isWord(j + 1, "-"), glued(j + 1), glued(j + 2), let (d, dd) = integer(j + 2), dd <= 2,
           !(glued(j + 3) && (isWord(j + 3, "-") || isWord(j + 3, "/"))), (1...12).contains(m), (1...31).contains(d) {
            return (m, d, j + 3)
        }
        guard let (parts, lengths) = dottedParts(j), parts.count == 2, lengths[0] <= 2, lengths[1] <= 2, (1...12).contains(parts[0]), (1...31).contains(parts[1]) else { return nil }
        return (parts[0], parts[1], j + 1)
    }

    /// After "this/next/last/past": a weekday, a month, a period, or "N units".
    func parseShifted(at i: Int, shift: Int, first: Int) -> DateItem? {
        var j = i + 1
        // "this calendar year"
        if isWord(j, "calendar"), isWord(j + 1, "year") { j += 1 }
        // "this working week", "next workweek": Monday to Friday.
        if isWord(j, "workweek") { return DateItem(spec: .period(.week, shift: shift, part: .workdays), first: first, end: j + 1) }
        if isWord(j, "working") || isWord(j, "work"), isWord(j + 1, "week") {
            return DateItem(spec: .period(.week, shift: shift, part: .workdays), first: first, end: j + 2)
        }
        // "last week's Sunday"
        if isWord(j, "week"), isWord(j + 1, "'") || isWord(j + 1, "’"), isWord(j + 2, "s"), glued(j + 1), let (w, next) = weekday(j + 3) {
            return DateItem(spec: .weekdayOfWeek(w, shift: shift), first: first, end: next)
        }
        // "this friday 5/12", "next Friday-Jun-15": a weekday with a full date names that date, placed
        // by tense like the date alone.
        if weekday(j) != nil, let inner = parseWeekdayFirst(at: j), case let .checkedDay(_, m?, d) = inner.spec {
            return DateItem(spec: .day(year: nil, month: m, day: d), first: first, end: inner.end)
        }
        // "this 5/12", "next 6th of April", "last March 3"
        if key(i) == "this" || key(i) == "next" || key(i) == "last", let inner = parse(at: j), inner.first == j, case let .day(nil, m?, d) = inner.spec {
            return DateItem(spec: .shiftedDay(month: m, day: d, shift: shift), first: first, end: inner.end)
        }
        // "this past Wednesday", "this coming Friday"
        if shift == 0, let s2 = TimeLexicon.shiftTable[key(j)], s2 != 0, weekday(j + 1) != nil {
            return parseShifted(at: j, shift: s2, first: first)
        }
        if let item = parseOrdinalPhrase(at: i, first: first) { return item }
        if let item = parseSeason(at: j, first: first, shift: shift) { return item }
        if let (w, next) = weekday(j) {
            // "coming/upcoming Friday" is the next one after the report; "next Friday" that of next week.
            if key(i) == "coming" || key(i) == "upcoming" { return DateItem(spec: .weekday(w, shift: 2), first: first, end: next) }
            return DateItem(spec: .weekday(w, shift: shift), first: first, end: next)
        }
        if let (m, next) = month(j) { return DateItem(spec: .month(year: nil, month: m, part: nil, shift: shift), first: first, end: next) }
        if key(j) == "week", let (w, next) = weekday(j + (isWord(j + 1, "on") || isWord(j + 1, "-") ? 2 : 1)) {
            return DateItem(spec: .weekdayOfWeek(w, shift: shift), first: first, end: next)
        }
        if let unit = TimeLexicon.periodTable[key(j)] {
            // "the past year" reads as the twelve months before the report, "last year" as the calendar
            // year; quarters are always calendar quarters ("the last quarter").
            if first < i, shift < 0, unit != .quarter {
                let (d, m) = TimeLexicon.unitLength(unit)
                return DateItem(spec: .span(days: d, months: m, forward: shift > 0), first: first, end: j + 1)
            }
            return DateItem(spec: .period(unit, shift: shift, part: nil), first: first, end: j + 1)
        }
        // "the past five years", "last 3 months", "next two weeks"
        guard shift != 0 else { return nil }
        // "the next few days": three days.
        if isWord(j, "few"), let (d, m, end) = calendarUnit(j + 1, n: 3) {
            return DateItem(spec: .span(days: d, months: m, forward: shift > 0), first: first, end: end)
        }
        if let (n, after) = count(j), isWord(after, "business") || isWord(after, "working"), isWord(after + 1, "days") || isWord(after + 1, "day") {
            return DateItem(spec: .businessDays(n, forward: shift > 0), first: first, end: after + 2)
        }
        if let (n, after) = count(j), let (d, m, end) = calendarUnit(after, n: n) {
            if isWord(after, "quarter") || isWord(after, "quarters") { return DateItem(spec: .quarters(n, forward: shift > 0), first: first, end: end) }
            return DateItem(spec: .span(days: d, months: m, forward: shift > 0), first: first, end: end)
        }
        return nil
    }

    /// "31.10.1974" (day first, as written in Europe) or "10.31.1974" (month first when the
    /// second part cannot be a month): one number token with two dots and a year at the end.
    func parseDotted(at i: Int) -> DateItem? {
        guard i < hi, tokens[i].kind == .number, let (parts, lengths) = dottedParts(i) else { return nil }
        guard parts.count == 3, lengths[0] <= 2, lengths[1] <= 2, lengths[2] == 4 || lengths[2] == 2 else { return nil }
        let y = lengths[2] == 4 ? parts[2] : (parts[2] < 40 ? 2000 + parts[2] : 1900 + parts[2])
        var day = parts[0], month = parts[1]
        if month > 12 && day <= 12 { swap(&day, &month) }
        guard CalendarDate(year: y, month: month, day: day) != nil else { return nil }
        return DateItem(spec: .day(year: y, month: month, day: day), first: i, end: i + 1)
    }

    /// The dot-separated digit runs of the number token at `i` ("17.03.2020": 17, 3, 2020) and their
    /// lengths; nil for other marks or for a run longer than four digits, which no date part has
    /// (a longer run would overflow: "9223372036854775808").
    func dottedParts(_ i: Int) -> (parts: [Int], lengths: [Int])? {
        var parts: [Int] = [0], lengths: [Int] = [0]
        for b in bytes[tokens[i].start..<tokens[i].end] {
            if b == 0x2E { parts.append(0); lengths.append(0); continue }
            guard b >= 0x30 && b <= 0x39, lengths[lengths.count - 1] < 4 else { return nil }
            parts[parts.count - 1] = parts[parts.count - 1] * 10 + Int(b - 0x30)
            lengths[lengths.count - 1] += 1
        }
        return (parts, lengths)
    }

    /// "q1", "Q3", "H2" at `i` (letter and digit glued): the part of a year and the index after it.
    func quarterCode(_ i: Int) -> (TimeLexicon.Part, Int)? {
        guard i + 1 < hi, key(i) == "q" || key(i) == "h", glued(i + 1), let (n, d) = integer(i + 1), d == 1 else { return nil }
        if key(i) == "q", (1...4).contains(n) { return (.quarter(n), i + 2) }
        if key(i) == "h", n == 1 || n == 2 { return (n == 1 ? .firstHalf : .secondHalf, i + 2) }
        return nil
    }

    /// "Q1 2020", "q1-2019", "Q3 of 2019", "Q1" (this year's).
    func parseQuarter(at i: Int) -> DateItem? {
        guard let (part, next) = quarterCode(i) else { return nil }
        var j = next
        if isWord(j, "-") && glued(j) || isWord(j, "of") { j += 1 }
        if let y = year(j) { return DateItem(spec: .year(y, part: part), first: i, end: j + 1) }
        guard key(i) == "q" else { return nil }
        return DateItem(spec: .period(.year, shift: 0, part: part), first: i, end: next)
    }

    /// "summer 2020", "the summer of 2019", "fall 2020", "this winter", "last summer".
    /// A bare season word is not read ("fall" is a verb, "spring" a noun).
    func parseSeason(at j: Int, first: Int, shift: Int? = nil) -> DateItem? {
        guard let n = TimeLexicon.seasonTable[key(j)] else { return nil }
        var k = j + 1
        if isWord(k, "of") { k += 1 }
        if let y = year(k) { return DateItem(spec: .season(n, year: y, shift: nil), first: first, end: k + 1) }
        if let shift { return DateItem(spec: .season(n, year: nil, shift: shift), first: first, end: j + 1) }
        return nil
    }

    /// "first of March", "second of Aug.", "fourth of July, 1995", "twenty third day of September".
    func parseSpelledDayOfMonth(at i: Int) -> DateItem? {
        guard case let (d, next, _, true)? = dayNumber(i) else { return nil }
        var k = next
        if isWord(k, "day") { k += 1 }
        guard isWord(k, "of"), let (m, after) = month(k + 1) else { return nil }
        if let (y, end) = trailingYear(after) { return DateItem(spec: .day(year: y, month: m, day: d), first: i, end: end) }
        return DateItem(spec: .day(year: nil, month: m, day: d), first: i, end: after)
    }

    /// After a day number: "of next month", "day of the current month" → that day of the period.
    func dayOfPeriod(_ d: Int, at next: Int, first: Int) -> DateItem? {
        var k = next
        if isWord(k, "day") { k += 1 }
        guard isWord(k, "of") else { return nil }
        k += 1
        if isWord(k, "the") { k += 1 }
        if let shift = TimeLexicon.shiftTable[key(k)], isWord(k + 1, "month") {
            return DateItem(spec: .dayOf(d, .period(.month, shift: shift, part: nil)), first: first, end: k + 2)
        }
        return nil
    }

    /// "the week of April 10th", "the week beginning February 4", "the week starting on Monday".
    func parseWeekOf(at j: Int, first: Int) -> DateItem? {
        guard isWord(j, "week") else { return nil }
        var k = j + 1
        guard isWord(k, "of") || isWord(k, "beginning") || isWord(k, "starting") || isWord(k, "commencing") else { return nil }
        k += 1
        if isWord(k, "on") { k += 1 }
        guard let base = parse(at: k), base.first == k, !base.needsFuture, base.spec.isDay else { return nil }
        return DateItem(spec: .weekOf(base.spec), first: first, end: base.end)
    }

    /// An ordinal position: "first" 1, "3rd" 3, "last" −1, "second last" / "2nd last" −2.
    func ordinalIndex(_ j: Int) -> (Int, Int)? {
        if isWord(j, "last") { return (-1, j + 1) }
        var n: Int, next: Int
        if let o = NumberWords.ordinalTable[key(j)], o <= 12 { n = o; next = j + 1 }
        else if case let (v, after, true, false)? = dayNumber(j), v <= 53 { n = v; next = after }
        else { return nil }
        if isWord(next, "last") { return (-n, next + 1) }
        return (n, next)
    }

    /// The period after "of"/"in" in an ordinal phrase: a month (with year), a year, "this/next/last
    /// month|year", "the month".
    func target(at k0: Int) -> (DateSpec, Int)? {
        var k = k0
        if isWord(k, "the") { k += 1 }
        if let (m, after) = month(k) {
            if let (y, end) = trailingYear(after) { return (.month(year: y, month: m, part: nil, shift: nil), end) }
            return (.month(year: nil, month: m, part: nil, shift: nil), after)
        }
        if let y = year(k) { return (.year(y, part: nil), k + 1) }
        if let shift = TimeLexicon.shiftTable[key(k)] {
            if let unit = TimeLexicon.periodTable[key(k + 1)], unit == .month || unit == .year || unit == .quarter {
                return (.period(unit, shift: shift, part: nil), k + 2)
            }
            if let (m, after) = month(k + 1) { return (.month(year: nil, month: m, part: nil, shift: shift), after) }
            return nil
        }
        if k > k0, let unit = TimeLexicon.periodTable[key(k)], unit == .month || unit == .year {
            return (.period(unit, shift: 0, part: nil), k + 1)
        }
        return nil
    }

    /// "the first Tuesday of October", "last Friday in October", "the first week of 2015", "the last
    /// three weeks of this year", "the third month of 2021", "first ten days of last year".
    func parseOrdinalPhrase(at j: Int, first: Int) -> DateItem? {
        guard let (index, k) = ordinalIndex(j) else { return nil }
        if let (w, next) = weekday(k), isWord(next, "of") || isWord(next, "in"), let (t, end) = target(at: next + 1) {
            switch t {
            case .month, .period(.month, _, _): return DateItem(spec: .nthWeekday(index, weekday: w, t), first: first, end: end)
            default: return nil
            }
        }
        var n = 1, u = k
        if let (c, after) = count(k), key(k) != "a", key(k) != "an" { n = c; u = after }
        guard u < hi, isWord(u + 1, "of") || isWord(u + 1, "in") else { return nil }
        let unit: TimeLexicon.PeriodUnit
        switch key(u) {
        case "day", "days": unit = .day
        case "week", "weeks": unit = .week
        case "month", "months": unit = .month
        case "quarter", "quarters": unit = .quarter
        default: return nil
        }
        guard let (t, end) = target(at: u + 2) else { return nil }
        return DateItem(spec: .subPeriod(unit, index: index, count: n, t), first: first, end: end)
    }

    /// A small count: digits or a number word ("two", "a", "a couple of").
    func count(_ j: Int) -> (Int, Int)? {
        if let (v, digits) = integer(j), digits <= 3, v > 0 { return (v, j + 1) }
        let k = key(j)
        if k == "a" || k == "an" {
            if isWord(j + 1, "couple"), isWord(j + 2, "of") { return (2, j + 3) }
            return (1, j + 1)
        }
        if k == "couple", isWord(j + 1, "of") { return (2, j + 2) }
        if k == "couple", TimeLexicon.durationUnitTable.contains(key(j + 1)) { return (2, j + 1) }
        guard let v = NumberWords.cardinalTable[k], v >= 1 else { return nil }
        var n = Int(v), next = j + 1
        if v >= 20, v < 100 {
            var s = next
            if isWord(s, "-") && glued(s) { s += 1 }
            if let u = NumberWords.cardinalTable[key(s)], u >= 1, u <= 9 { n += Int(u); next = s + 1 }
        }
        return (n, next)
    }

    /// A calendar unit after a count: days, weeks, months, years, decades → (days, months, end).
    func calendarUnit(_ j: Int, n: Int) -> (Int, Int, Int)? {
        guard j < hi, let u = TimeLexicon.durationUnitTable[tokens[j].key], !u.isTime else { return nil }
        if TimeLexicon.digitOnlyUnitTable.contains(tokens[j].key) { return nil }
        let mult = Int(TimeLexicon.isoMultiplierTable[tokens[j].key] ?? 1)
        switch u.iso {
        case "D": return (n * Int(u.days), 0, j + 1)
        case "W": return (n * 7 * mult, 0, j + 1)
        case "M": return (0, n * mult, j + 1)
        case "Y": return (0, n * 12 * mult, j + 1)
        default: return nil
        }
    }

    /// "two days ago", "a year earlier", "three weeks later".
    func parseAgo(at i: Int) -> DateItem? {
        guard let (n, after) = count(i) else { return nil }
        // "3 Fridays from now", "two Sundays ago", "2 Thursdays back"
        if let w = TimeLexicon.pluralWeekdayTable[key(after)] {
            let k = key(after + 1)
            if k == "from" && isWord(after + 2, "now") || k == "hence" { return DateItem(spec: .weekdayCount(w, count: n), first: i, end: k == "from" ? after + 3 : after + 2) }
            if k == "ago" || k == "back" { return DateItem(spec: .weekdayCount(w, count: -n), first: i, end: after + 2) }
            return nil
        }
        guard var (d, m, end) = calendarUnit(after, n: n) else { return nil }
        // "3 days starting next Monday", "a week starting tomorrow": a stretch from that day.
        if isWord(end, "starting") || isWord(end, "beginning") || isWord(end, "commencing") {
            var b = end + 1
            if isWord(b, "from") || isWord(b, "on") { b += 1 }
            if let base = parse(at: b), base.first == b, !base.needsFuture, base.spec.isDay {
                return DateItem(spec: .lasting(base.spec, days: d, months: m), first: i, end: base.end)
            }
        }
        // "2 weeks and 2 days ago", "2 years 1 month 21 days later": a compound before an ago-word.
        var e = end
        while true {
            var c = e
            if isWord(c, "and") || isWord(c, ",") { c += 1 }
            guard let (n2, a2) = count(c), key(c) != "a", key(c) != "an", let (d2, m2, e2) = calendarUnit(a2, n: n2) else { break }
            let k2 = key(e2)
            let continues = k2 == "and" || k2 == "," || integer(e2) != nil || NumberWords.cardinalTable[k2] != nil
            guard continues || DurationRecognizer.anchorWords.contains(k2) else { break }
            d += d2; m += m2; e = e2
        }
        if e > end, !DurationRecognizer.anchorWords.contains(key(e)), let first = calendarUnit(after, n: n) { e = end; (d, m, _) = first }
        end = e
        let k = key(end)
        if k == "ago" || k == "earlier" || k == "before" && end + 1 >= hi {
            return DateItem(spec: .offset(days: -d, months: -m), first: i, end: end + 1)
        }
        if k == "later" || k == "hence" || (k == "from" && isWord(end + 1, "now")) {
            return DateItem(spec: .offset(days: d, months: m), first: i, end: k == "from" ? end + 2 : end + 1)
        }
        // "three days after January 12", "two weeks from tomorrow", "two days before yesterday"
        if k == "after" || k == "before" || k == "from", let base = parse(at: end + 1), base.first == end + 1, !base.needsFuture, base.spec.isDay {
            let sign = k == "before" ? -1 : 1
            return DateItem(spec: .offsetFrom(base.spec, days: sign * d, months: sign * m), first: i, end: base.end)
        }
        return nil
    }

    /// "5 upcoming years", "the 3 next weeks", "10 previous weeks".
    func parseCountShift(at i: Int) -> DateItem? {
        guard let (n, after) = count(i), let shift = TimeLexicon.shiftTable[key(after)], shift != 0,
              let (d, m, end) = calendarUnit(after + 1, n: n) else { return nil }
        // "3 next week" is not "the 3 next weeks": a count above one needs a plural unit.
        if n > 1, !TimeLexicon.pluralUnitTable.contains(key(after + 1)) { return nil }
        return DateItem(spec: .span(days: d, months: m, forward: shift > 0), first: i, end: end)
    }

    /// "in two weeks", "in 2019", "in a month": a date ahead only in a clause that looks ahead.
    func parseIn(at i: Int) -> DateItem? {
        // "in two days from today", "in 3 weeks after the 1st of May"
        if let item = parseAgo(at: i + 1), item.spec.offsetSign > 0 { return DateItem(spec: item.spec, first: i, end: item.end) }
        guard let (n, after) = count(i + 1), let (d, m, end) = calendarUnit(after, n: n) else { return nil }
        // "in a fortnight's time"
        if isWord(end, "'") || isWord(end, "’"), glued(end), isWord(end + 1, "s"), isWord(end + 2, "time") {
            return DateItem(spec: .offset(days: d, months: m), first: i, end: end)
        }
        if isWord(end, "time") { return DateItem(spec: .offset(days: d, months: m), first: i, end: end + 1, needsFuture: false) }
        return DateItem(spec: .offset(days: d, months: m), first: i, end: end, needsFuture: true)
    }
}

extension TimeLexicon {
    /// Length of one calendar period, as days or months.
    static func unitLength(_ unit: PeriodUnit) -> (days: Int, months: Int) {
        switch unit {
        case .day: return (1, 0)
        case .week, .weekend: return (7, 0)
        case .fortnight: return (14, 0)
        case .month: return (0, 1)
        case .quarter: return (0, 3)
        case .year: return (0, 12)
        case .decade: return (0, 120)
        }
    }

    /// Lower-case words that may follow a bare year ("2019 was", "2019 and 2020").
    static let yearFollowers = WordTable(words: [
        "and", "or", "to", "through", "was", "were", "is", "when", "as", "after", "before", "until", "with",
        "the", "that", "which", "while", "but", "because", "in", "on", "at", "for", "saw", "had", "has",
        "budget", "election", "elections", "season", "levels", "level", "deal", "agreement", "figure", "figures",
        "onward", "onwards", "alone", "so", "compared", "than", "from", "-", "–",
    ], value: true)
}
