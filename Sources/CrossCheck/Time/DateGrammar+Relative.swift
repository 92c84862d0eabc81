/// Dates relative to the report: "last week", "next Friday", "the past five years", "two days ago", "in two weeks".
extension DateGrammar {
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
