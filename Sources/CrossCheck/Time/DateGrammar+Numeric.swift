/// Digits first: ISO and numeric dates, years, decades, quarters ("2020-03-17", "3/17/2020", "17.03.2020", "1990s", "Q1 2020").
extension DateGrammar {
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
}
