/// The date grammar's rules for phrases that start with a word, in the order they are tried, each
/// with the words it may start with and examples it must read. The date recognizer's trigger words
/// and `parse(at:)`'s dispatch are built from these start words, so a new form cannot be forgotten
/// in a separate list. Figures are read by `parseNumeric` (`DateGrammar+Numeric`). Examples are
/// read against Wednesday 18 March 2020.
struct DateRule: Sendable {
    let rule: RecognizerRule
    /// A rule whose start word it owns: when it reads nothing, no later rule is tried.
    let final: Bool
    let read: @Sendable (DateGrammar, Int) -> DateItem?
}

extension DateGrammar {
    typealias Ex = RuleExample

    static let seasonWords = ["spring", "summer", "fall", "autumn", "winter"]
    static let decadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
    static let periodCodes = ["eom", "bom", "eoy"]
    static let ordinalWords = Array(NumberWords.ordinals.keys) + Array(NumberWords.compoundOrdinals.keys)

    static func ex(_ sentence: String, _ span: String, _ start: String, _ end: String? = nil) -> Ex {
        Ex(sentence, span, .days(start, end ?? start), published: "2020-03-18")
    }

    static let rules: [DateRule] = [
        DateRule(rule: RecognizerRule("the-phrase", startWords: ["the"], examples: [
            ex("The law passed on the 3rd of March.", "the 3rd of March", "2020-03-03"),
            ex("Schools stay closed for the rest of the year.", "the rest of the year", "2020-03-18", "2020-12-31"),
            ex("Output grew in the first quarter of 2020.", "the first quarter of 2020", "2020-01-01", "2020-03-31"),
        ]), final: true, read: { g, i in g.parseThe(at: i) }),
        DateRule(rule: RecognizerRule("ordinal phrase", startWords: ["last"] + ordinalWords, examples: [
            ex("Polls close on first Tuesday in November 2020.", "first Tuesday in November 2020", "2020-11-03"),
        ]), final: false, read: { g, i in g.parseOrdinalPhrase(at: i, first: i) }),
        DateRule(rule: RecognizerRule("spelled day of a month", startWords: ordinalWords + ["twenty", "thirty"], examples: [
            ex("It was signed on fourth of July, 1995.", "fourth of July, 1995", "1995-07-04"),
        ]), final: false, read: { g, i in g.parseSpelledDayOfMonth(at: i) }),
        DateRule(rule: RecognizerRule("quarter or half code", startWords: ["q", "h"], examples: [
            ex("Revenue fell in Q1 2020 as stores closed.", "Q1 2020", "2020-01-01", "2020-03-31"),
        ]), final: false, read: { g, i in g.parseQuarter(at: i) }),
        DateRule(rule: RecognizerRule("season with a year", startWords: seasonWords, examples: [
            ex("The plan was drafted in summer 2019.", "summer 2019", "2019-06-21", "2019-09-23"),
        ]), final: false, read: { g, i in g.parseSeason(at: i, first: i) }),
        DateRule(rule: RecognizerRule("month first", startWords: Array(TimeLexicon.months.keys), examples: [
            ex("The law passed on Sept. 9, 2019.", "Sept. 9, 2019", "2019-09-09"),
            ex("The law passed in March 2020.", "March 2020", "2020-03-01", "2020-03-31"),
            ex("The budget is due in the August session.", "August", "2020-08-01", "2020-08-31"),
        ], counterExamples: [
            RuleCounterExample("Crews fought the August Ridge fire for weeks.", "August", kind: .date),
            RuleCounterExample("It outgrew last year’s August Ridge fire.", "August", kind: .date),
        ]), final: false, read: { g, i in g.parseMonthFirst(at: i) }),
        DateRule(rule: RecognizerRule("weekday first", startWords: Array(TimeLexicon.weekdays.keys), examples: [
            ex("The summit opened on Monday 16th.", "Monday 16th", "2020-03-16"),
            ex("Talks resume Friday after next.", "Friday after next", "2020-03-27"),
        ]), final: false, read: { g, i in g.parseWeekdayFirst(at: i) }),
        DateRule(rule: RecognizerRule("relative day", startWords: Array(TimeLexicon.relativeDays.keys), examples: [
            ex("The board met yesterday.", "yesterday", "2020-03-17"),
        ]), final: true, read: { g, i in TimeLexicon.relativeDayTable[g.tokens[i].key].map { DateItem(spec: .relativeDay($0), first: i, end: i + 1) } }),
        DateRule(rule: RecognizerRule("shifted period", startWords: Array(TimeLexicon.shifts.keys), examples: [
            ex("Results are due next month.", "next month", "2020-04-01", "2020-04-30"),
            ex("He left this past Friday.", "this past Friday", "2020-03-13"),
        ]), final: true, read: { g, i in
            let k = g.tokens[i].key
            guard let shift = TimeLexicon.shiftTable[k] else { return nil }
            // "will last three weekends": the verb, not a shift.
            if k == "last", i > g.lo, TimeLexicon.verbLastCueTable.contains(g.tokens[i - 1].key) { return nil }
            return g.parseShifted(at: i, shift: shift, first: i)
        }),
        DateRule(rule: RecognizerRule("part of a period", startWords: Array(TimeLexicon.partWords.keys), examples: [
            ex("The company was founded in mid-2010.", "mid-2010", "2010-05-01", "2010-08-31"),
        ]), final: true, read: { g, i in TimeLexicon.partTable[g.tokens[i].key].flatMap { g.parsePart(at: i, part: $0) } }),
        DateRule(rule: RecognizerRule("earlier or later this", startWords: ["earlier", "later"], examples: [
            ex("Sales fell earlier this month.", "earlier this month", "2020-03-01", "2020-03-17"),
        ]), final: true, read: { g, i in g.parseEarlierLater(at: i) }),
        DateRule(rule: RecognizerRule("rest of a period", startWords: ["rest", "remainder", "remaining"], examples: [
            ex("Shops close for remainder of this month.", "remainder of this month", "2020-03-18", "2020-03-31"),
        ]), final: false, read: { g, i in g.parseRestOf(at: i, first: i) }),
        DateRule(rule: RecognizerRule("part of a named period", startWords: Array(TimeLexicon.partOfWords.keys), examples: [
            ex("The deal will end by end of December.", "end of December", "2020-12-21", "2020-12-31"),
        ]), final: false, read: { g, i in g.isWord(i + 1, "of") ? g.parsePartOf(at: i, first: i) : nil }),
        DateRule(rule: RecognizerRule("year and its number", startWords: ["year"], examples: [
            ex("Spending rose in year 2019.", "year 2019", "2019-01-01", "2019-12-31"),
        ]), final: false, read: { g, i in g.year(i + 1).map { DateItem(spec: .year($0, part: nil), first: i, end: i + 2) } }),
        DateRule(rule: RecognizerRule("calendar year", startWords: ["calendar", "cy"], examples: [
            ex("Spending rose in calendar year 2019.", "calendar year 2019", "2019-01-01", "2019-12-31"),
            ex("Spending rose in CY 2019.", "CY 2019", "2019-01-01", "2019-12-31"),
        ]), final: false, read: { g, i in g.parseCalendarYear(at: i) }),
        DateRule(rule: RecognizerRule("week commencing", startWords: ["w"], examples: [
            ex("Shifts change w/c Feb 4.", "w/c Feb 4", "2020-02-03", "2020-02-09"),
        ]), final: false, read: { g, i in
            guard g.isWord(i + 1, "/"), g.glued(i + 1), g.isWord(i + 2, "c"), g.glued(i + 2),
                  let base = g.parse(at: i + 3), base.first == i + 3, !base.needsFuture, base.spec.isDay else { return nil }
            return DateItem(spec: .weekOf(base.spec), first: i, end: base.end)
        }),
        DateRule(rule: RecognizerRule("year to date", startWords: ["year"], examples: [
            ex("Sales have grown year to date.", "year to date", "2020-01-01", "2020-03-18"),
        ]), final: false, read: { g, i in g.parseYearToDate(at: i) }),
        DateRule(rule: RecognizerRule("period code", startWords: periodCodes, examples: [
            ex("Reports are due EOM.", "EOM", "2020-03-21", "2020-03-31"),
        ]), final: true, read: { g, i in
            TimeLexicon.periodCodeTable[g.tokens[i].key].map { DateItem(spec: .period($0.1 ? .year : .month, shift: 0, part: $0.0), first: i, end: i + 1) }
        }),
        DateRule(rule: RecognizerRule("decade word", startWords: decadeWords, examples: [
            ex("It was a hit in nineties.", "nineties", "1990-01-01", "1999-12-31"),
        ]), final: true, read: { g, i in TimeLexicon.decadeWordTable[g.tokens[i].key].map { DateItem(spec: .decade($0), first: i, end: i + 1) } }),
        DateRule(rule: RecognizerRule("in a span of time", startWords: ["in"], examples: [
            ex("The report is due in two weeks' time.", "in two weeks", "2020-04-01"),
        ]), final: true, read: { g, i in g.parseIn(at: i) }),
        DateRule(rule: RecognizerRule("a span ago", startWords: ["a", "an", "one"], examples: [
            // Counted back in years, the month (as Duckling reads it), not the very day.
            ex("It happened a year ago.", "a year ago", "2019-03-01", "2019-03-31"),
        ]), final: true, read: { g, i in g.parseAgo(at: i) }),
        DateRule(rule: RecognizerRule("a counted span ago or ahead", startWords: Array(NumberWords.cardinals.keys.filter { $0 != "one" })
                                      + Array(NumberWords.zeroWords.keys), examples: [
            ex("The plant closed three weeks ago.", "three weeks ago", "2020-02-26"),
            ex("Results come three Fridays from now.", "three Fridays from now", "2020-04-03"),
        ]), final: true, read: { g, i in g.parseAgo(at: i) ?? g.parseCountShift(at: i) }),
    ]

    /// What `parse(at:)` calls, apart from the rules' names and examples (copying those per token
    /// would cost more than the reading).
    struct Reader: Sendable {
        let final: Bool
        let read: @Sendable (DateGrammar, Int) -> DateItem?
    }

    static let readers: [Reader] = rules.map { Reader(final: $0.final, read: $0.read) }

    /// Rule indices by the words they may start with, in rule order.
    static let rulesByStartWord: WordTable<[Int]> = {
        var byWord: [String: [Int]] = [:]
        for (n, r) in rules.enumerated() {
            for w in Set(r.rule.startWords) { byWord[w, default: []].append(n) }
        }
        return WordTable(byWord.mapValues { $0.sorted() })
    }()

    /// Every word a date phrase may start with.
    static let startWords: [String] = Array(Set(rules.flatMap(\.rule.startWords))).sorted()

    /// "calendar year 2008", "CY 2008", "CY18".
    func parseCalendarYear(at i: Int) -> DateItem? {
        let k = key(i)
        if k == "calendar", isWord(i + 1, "year"), let y = year(i + 2) { return DateItem(spec: .year(y, part: nil), first: i, end: i + 3) }
        if k == "cy", let (v, digits) = integer(i + 1), digits == 4 && year(i + 1) != nil || digits == 2 && glued(i + 1) {
            return DateItem(spec: .year(digits == 4 ? v : 2000 + v, part: nil), first: i, end: i + 2)
        }
        return nil
    }

    /// "year to date", "year-to-date".
    func parseYearToDate(at i: Int) -> DateItem? {
        var j = i + 1
        if isWord(j, "-") { j += 1 }
        guard isWord(j, "to") else { return nil }
        j += 1
        if isWord(j, "-") { j += 1 }
        return isWord(j, "date") ? DateItem(spec: .yearToDate, first: i, end: j + 1) : nil
    }
}
