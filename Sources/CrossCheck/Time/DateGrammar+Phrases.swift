/// Phrases around a period: "the 17th", "the end of December", "the first half of 2020", "early April", "the rest of the year", "the first Tuesday of October", "the week of April 10th".
extension DateGrammar {
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
}
