/// A month or a weekday first ("March 17, 2020", "Tuesday, March 17", "Fri 13th"), seasons and spelled days of a month.
extension DateGrammar {
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
        // "the August Complex fire", "last year's August Ridge fire": a bare month after an
        // article or a possessive and before a capitalised word is part of a name, not a date.
        let possessive = i - 2 >= lo && tokens[i - 1].key == "s" && (tokens[i - 2].key == "'" || tokens[i - 2].key == "’")
        if i > lo, possessive || ["the", "a", "an"].contains(tokens[i - 1].key), next < hi, tokens[next].kind == .word, tokens[next].isCapitalized,
           TimeLexicon.monthTable[tokens[next].key] == nil, TimeLexicon.weekdayTable[tokens[next].key] == nil {
            return nil
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
}
