/// English calendar words as data: month names, weekdays, relative words, part-of-period words,
/// duration units and the cue words around dates. The recognizers beside this file read only these
/// tables, so adding a spelling is a one-line change here.
enum TimeLexicon {
    /// Month names and abbreviations → 1…12.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Month words that are also ordinary English words ("may", "to mar", "Jan" the name): they count
    /// as months only with a day or year next to them or a date preposition before them.
    static let ambiguousMonths: Set<String> = ["may", "march", "mar", "jan", "jun", "dec", "sep", "oct", "aug"]

    /// Weekdays → ISO number (1 = Monday … 7 = Sunday).
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    ]

    /// Weekday abbreviations that are also words ("sat", "sun", "wed"): need a capital, a dot or a
    /// date right after them.
    static let ambiguousWeekdays: Set<String> = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// Words naming a day relative to the reference date.
    static let relativeDays: [String: Int] = [
        "today": 0, "yesterday": -1, "tomorrow": 1, "tmrw": 1, "tmr": 1,
    ]

    /// Words shifting the next period or weekday: "last week", "next Friday", "this year".
    static let shifts: [String: Int] = [
        "this": 0, "current": 0, "next": 1, "coming": 1, "upcoming": 1, "following": 1,
        "last": -1, "past": -1, "previous": -1, "preceding": -1,
    ]

    enum PeriodUnit: Sendable {
        case day, week, weekend, fortnight, month, quarter, year, decade
    }

    /// Calendar periods that "this/next/last" and "early/late" apply to.
    static let periods: [String: PeriodUnit] = [
        "week": .week, "weekend": .weekend, "fortnight": .fortnight, "month": .month, "quarter": .quarter,
        "year": .year, "yr": .year, "decade": .decade,
    ]

    /// Part-of-period words before a month, a year or a relative period. Days 1–10 are "early",
    /// 11–20 "mid", 21–end "late"; for a year, January–April, May–August, September–December.
    enum Part: Sendable, Equatable {
        case early, mid, late, end, beginning, firstHalf, secondHalf, earlierThis, laterThis
        /// Monday to Friday of a week: "this working week", "next workweek".
        case workdays
        /// From the reference day to the period's end: "the rest of the year".
        case restOf
        case quarter(Int)
    }

    static let partWords: [String: Part] = [
        "early": .early, "mid": .mid, "late": .late, "middle": .mid,
    ]

    /// "the end of", "the beginning of", "the start of", "the middle of".
    static let partOfWords: [String: Part] = [
        "end": .end, "beginning": .beginning, "start": .beginning, "middle": .mid, "close": .end,
    ]

    /// Duration units: days per unit and the ISO 8601 designator.
    struct DurationUnit: Sendable {
        var days: Double
        var iso: String
        /// Time units ("hours") are written after "T" in ISO 8601 periods.
        var isTime: Bool = false
    }

    static let durationUnits: [String: DurationUnit] = [
        "day": DurationUnit(days: 1, iso: "D"), "days": DurationUnit(days: 1, iso: "D"),
        "night": DurationUnit(days: 1, iso: "D"), "nights": DurationUnit(days: 1, iso: "D"),
        "week": DurationUnit(days: 7, iso: "W"), "weeks": DurationUnit(days: 7, iso: "W"),
        "wk": DurationUnit(days: 7, iso: "W"), "wks": DurationUnit(days: 7, iso: "W"),
        "w": DurationUnit(days: 7, iso: "W"),
        "fortnight": DurationUnit(days: 14, iso: "W"), "fortnights": DurationUnit(days: 14, iso: "W"),
        "weekend": DurationUnit(days: 2, iso: "D"), "weekends": DurationUnit(days: 2, iso: "D"),
        "month": DurationUnit(days: 30, iso: "M"), "months": DurationUnit(days: 30, iso: "M"),
        "mo": DurationUnit(days: 30, iso: "M"), "mos": DurationUnit(days: 30, iso: "M"),
        "quarter": DurationUnit(days: 90, iso: "M"), "quarters": DurationUnit(days: 90, iso: "M"),
        "year": DurationUnit(days: 365, iso: "Y"), "years": DurationUnit(days: 365, iso: "Y"),
        "yr": DurationUnit(days: 365, iso: "Y"), "yrs": DurationUnit(days: 365, iso: "Y"),
        "y": DurationUnit(days: 365, iso: "Y"),
        "decade": DurationUnit(days: 3650, iso: "Y"), "decades": DurationUnit(days: 3650, iso: "Y"),
        "century": DurationUnit(days: 36500, iso: "Y"), "centuries": DurationUnit(days: 36500, iso: "Y"),
        "d": DurationUnit(days: 1, iso: "D"),
        "hour": DurationUnit(days: 1.0 / 24, iso: "H", isTime: true), "hours": DurationUnit(days: 1.0 / 24, iso: "H", isTime: true),
        "hr": DurationUnit(days: 1.0 / 24, iso: "H", isTime: true), "hrs": DurationUnit(days: 1.0 / 24, iso: "H", isTime: true),
        "h": DurationUnit(days: 1.0 / 24, iso: "H", isTime: true),
        "minute": DurationUnit(days: 1.0 / 1440, iso: "M", isTime: true), "minutes": DurationUnit(days: 1.0 / 1440, iso: "M", isTime: true),
        "min": DurationUnit(days: 1.0 / 1440, iso: "M", isTime: true), "mins": DurationUnit(days: 1.0 / 1440, iso: "M", isTime: true),
        "second": DurationUnit(days: 1.0 / 86400, iso: "S", isTime: true), "seconds": DurationUnit(days: 1.0 / 86400, iso: "S", isTime: true),
        "sec": DurationUnit(days: 1.0 / 86400, iso: "S", isTime: true), "secs": DurationUnit(days: 1.0 / 86400, iso: "S", isTime: true),
    ]

    /// How many of a unit one ISO designator counts ("decade" is P10Y, "quarter" P3M, "fortnight" P2W).
    static let isoMultiplier: [String: Double] = [
        "decade": 10, "decades": 10, "century": 100, "centuries": 100, "quarter": 3, "quarters": 3,
        "fortnight": 2, "fortnights": 2, "weekend": 2, "weekends": 2,
    ]

    /// Units that are also ordinary words or ordinals and need a digit right before them.
    static let digitOnlyUnits: Set<String> = ["second", "d", "h", "w", "y", "mo", "mos", "min"]

    /// One-word durations: "yearlong", "weeklong".
    static let longWords: [String: String] = [
        "yearlong": "year", "weeklong": "week", "monthlong": "month", "daylong": "day", "decadelong": "decade",
    ]

    /// Vague counts before a unit: "several weeks", "a few days" ([low, high] of the count).
    static let vagueCounts: [String: (Double, Double)] = [
        "several": (3, 9), "few": (2, 5), "some": (2, 9), "many": (3, 50), "couple": (2, 2),
    ]

    /// Hedge words before a duration (one or two words).
    static let hedges1: [String: Hedge] = [
        "about": .approximate, "around": .approximate, "roughly": .approximate, "approximately": .approximate,
        "some": .approximate, "nearly": .nearly, "almost": .nearly, "over": .moreThan, "under": .lessThan,
        "within": .atMost, "exactly": .exact,
    ]
    static let hedges2: [String: [String: Hedge]] = [
        "more": ["than": .moreThan], "less": ["than": .lessThan], "fewer": ["than": .lessThan],
        "at": ["least": .atLeast, "most": .atMost], "up": ["to": .upTo], "close": ["to": .nearly],
        "longer": ["than": .moreThan], "shorter": ["than": .lessThan],
    ]

    /// Words after which a bare four-digit number reads as a year.
    static let yearCues: Set<String> = [
        "in", "since", "by", "of", "from", "until", "till", "through", "to", "between", "and", "before",
        "after", "during", "year", "early", "mid", "late", "end", "fiscal", "until", "around", "circa", "for",
    ]

    /// Words before a month name that make an ambiguous one ("may") a month.
    static let monthCues: Set<String> = [
        "in", "since", "by", "of", "from", "until", "till", "through", "to", "between", "and", "before",
        "after", "during", "early", "mid", "late", "last", "next", "this", "end", "-", "on", "coming", "past",
    ]

    /// Range connectors between two dates.
    static let rangeConnectors: Set<String> = ["-", "–", "—", "to", "through", "thru", "until", "till", "~"]

    /// Full month names short enough to look like abbreviations: a dot after them ends a sentence.
    /// Weekday abbreviations that are no English word, so read in lower case too ("thu", "fri");
    /// "mon", "wed", "sat" and "sun" need a capital, a dot or a date after them.
    static let plainWeekdayAbbreviationTable = WordTable(words: ["tue", "tues", "thu", "thur", "thurs", "fri"], value: true)

    static let pluralWeekdayTable = WordTable([
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
    ])

    /// Words before "last" that make it the verb ("will last", "to last", "could last").
    static let verbLastCueTable = WordTable(words: [
        "will", "would", "to", "can", "could", "may", "might", "should", "must", "shall", "did", "does", "do", "ll",
    ], value: true)

    static let shortFullMonthTable = WordTable(words: ["may", "june", "july"], value: true)

    /// Seasons: 0 spring, 1 summer, 2 fall, 3 winter (dated in `DateResolver.seasonInterval`).
    static let seasonTable = WordTable(["spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3])

    /// "the nineties" → 1990 (the twenties are the 1920s).
    static let decadeWordTable = WordTable([
        "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
        "seventies": 1970, "eighties": 1980, "nineties": 1990,
    ])

    /// Period codes: "EOM" end of month, "BOM" beginning of month, "EOY" end of year (part, is-year).
    static let periodCodeTable = WordTable([
        "eom": (Part.end, false), "bom": (Part.beginning, false), "eoy": (Part.end, true),
    ])

    static let pluralUnitTable = WordTable(words: ["days", "weeks", "months", "years", "quarters", "decades", "fortnights"], value: true)

    // Tables keyed by WordKey for the hot path.
    static let monthTable = WordTable(months)
    static let weekdayTable = WordTable(weekdays)
    static let relativeDayTable = WordTable(relativeDays)
    static let shiftTable = WordTable(shifts)
    static let periodTable = WordTable(periods)
    static let partTable = WordTable(partWords)
    static let partOfTable = WordTable(partOfWords)
    static let durationUnitTable = WordTable(durationUnits)
    static let isoMultiplierTable = WordTable(isoMultiplier)
    static let longWordTable = WordTable(longWords.compactMapValues { durationUnits[$0] })
    static let longWordMultiplier = WordTable(longWords.mapValues { isoMultiplier[$0] ?? 1 })
    static let vagueTable = WordTable(vagueCounts.mapValues { [$0.0, $0.1] })
    static let hedge1Table = WordTable(hedges1)
    static let hedge2Table = WordTable(hedges2.mapValues { WordTable($0) })
    static let ambiguousMonthTable = WordTable(words: Array(ambiguousMonths), value: true)
    static let ambiguousWeekdayTable = WordTable(words: Array(ambiguousWeekdays), value: true)
    static let digitOnlyUnitTable = WordTable(words: Array(digitOnlyUnits), value: true)
    static let yearCueTable = WordTable(words: Array(yearCues), value: true)
    static let monthCueTable = WordTable(words: Array(monthCues), value: true)
    static let rangeConnectorTable = WordTable(words: Array(rangeConnectors), value: true)
    static let ordinalSuffixTable = WordTable(words: Array(NumberWords.ordinalSuffixes), value: true)

    /// Words that can follow a day of the month ("the 13th that …", "the 17th and 18th"); any other
    /// word after "the 7th" is a noun the ordinal qualifies ("the 7th meeting").
    static let wordsAfterADay = WordTable(words: [
        "and", "or", "to", "through", "thru", "till", "until", "at", "in", "on", "of", "local", "that", "when",
        "as", "for", "with", "by", "from", "but", "after", "before", "was", "were", "is", "will", "would", "the",
        "a", "an", "its", "his", "her", "their", "morning", "afternoon", "evening", "night", "this", "next",
        "last", "said", "says", "announced", "while", "amid", "if", "so", "since", "he", "she", "they", "it", "we",
    ], value: true)
}
