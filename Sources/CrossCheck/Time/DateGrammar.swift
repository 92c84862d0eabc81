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


    /// Reads the date expression starting at token `i`, if any: digits go to the numeric forms;
    /// a word to the rules that may start with it (`DateGrammar.rules`), in their order, the first
    /// that reads something winning.
    func parse(at i: Int) -> DateItem? {
        guard i < hi else { return nil }
        let t = tokens[i]
        if t.kind == .number { return parseNumeric(at: i) }
        guard t.kind == .word, let candidates = DateGrammar.rulesByStartWord[t.key] else { return nil }
        let readers = DateGrammar.readers
        for r in candidates {
            if let item = readers[r].read(self, i) { return item }
            if readers[r].final { return nil }
        }
        return nil
    }
}
