/// The words of clock times as data: meridiems, named times of day, parts of a day and the
/// phrases that put a time just before or after another.
enum ClockLexicon {
    static let mid = WordKey("mid"), night = WordKey("night"), past = WordKey("past"), after = WordKey("after"),
               before = WordKey("before"), oclock = WordKey("oclock"), o = WordKey("o"), clock = WordKey("clock"), ish = WordKey("ish"),
               local = WordKey("local"), time = WordKey("time"), hours = WordKey("hours"), hrs = WordKey("hrs"), h = WordKey("h"),
               early = WordKey("early"), late = WordKey("late"), on = WordKey("on"), at = WordKey("at"), a = WordKey("a"), p = WordKey("p"),
               m = WordKey("m"), am = WordKey("am"), pm = WordKey("pm"), ampm = WordKey("ampm"), standard = WordKey("standard"),
               daylight = WordKey("daylight"), summer = WordKey("summer"), plus = WordKey("+"), utc = WordKey("utc"), gmt = WordKey("gmt")

    /// Times of day named by a word.
    static let fixedTable = WordTable(["noon": 43_200, "midday": 43_200, "noonish": 43_200, "midnight": 0])

    static let minuteWordTable = WordTable(words: ["min", "mins", "minute", "minutes"], value: true)

    /// Parts of a day after a time ("7 in the morning", "ten past 9 in the evening"): whether they
    /// put the time after noon.
    static let dayHalves: [String: Bool] = ["morning": false, "afternoon": true, "evening": true, "night": true]
    static let dayHalfTable = WordTable(dayHalves)

    /// Parts of a day as spans of local time, in seconds after midnight (end exclusive).
    static let partSpans: [String: (Int, Int)] = [
        "morning": (6 * 3600, 12 * 3600), "afternoon": (12 * 3600, 18 * 3600), "evening": (18 * 3600, 22 * 3600),
        "night": (20 * 3600, 24 * 3600), "overnight": (0, 6 * 3600),
    ]
    static let partSpanTable = WordTable(partSpans.mapValues { Span(from: $0.0, to: $0.1) })
    struct Span: Sendable { var from: Int; var to: Int }

    /// "shortly after 2am", "just before midnight": how far after (+) or before (−) the time the
    /// phrase allows, in seconds.
    static let approaches: [(words: [String], seconds: Int)] = [
        (["shortly", "after"], 1800), (["just", "after"], 900), (["soon", "after"], 3600), (["right", "after"], 600),
        (["shortly", "before"], -1800), (["just", "before"], -900), (["right", "before"], -600), (["after"], 0), (["before"], 0),
    ]

    /// A meridiem at token `e`: "pm", "p.m.", "p . m .", "PM", "a", "p" (glued: "9:00a"), "a m"
    /// (spelled times: "nine a m"), and whether it is after noon, with the token after it. A lone
    /// glued letter counts only after minutes: "3p" and "250p" are pence.
    static func meridiem(_ q: QuantityText, at e: Int, afterMinutes: Bool = true) -> (pm: Bool, end: Int)? {
        guard q.inside(e) else { return nil }
        var j = e
        // "9.am"
        if q.key(j) == Keys.dot, q.touches(j), q.touches(j + 1), q.key(j + 1) == am || q.key(j + 1) == pm { j += 1 }
        let k = q.key(j)
        if k == am || k == pm, q.isWord(j) { return (k == pm, j + 1) }
        guard k == a || k == p, q.isWord(j) else { return nil }
        var end = j + 1
        if q.key(end) == Keys.dot { end += 1 }
        if q.key(end) == m, q.isWord(end) {
            end += 1
            if q.key(end) == Keys.dot { end += 1 }
            return (k == p, end)
        }
        // a lone glued letter: "9:00a"
        end = j + 1
        guard afterMinutes, q.touches(j), !q.isWord(end) || !q.touches(end) else { return nil }
        return (k == p, end)
    }

    /// "o'clock", "oclock", "o’clock" at `e`: the token after it.
    static func oClock(_ q: QuantityText, at e: Int) -> Int? {
        if q.key(e) == oclock { return e + 1 }
        if q.key(e) == o, q.key(e + 1) == Keys.apostrophe || q.key(e + 1) == Keys.rightQuote, q.key(e + 2) == clock { return e + 3 }
        return nil
    }

    /// "in the morning", "in the evening", "at night", "early morning" after a time: whether the
    /// time is after noon, and the token after the phrase.
    static func dayHalfAfter(_ q: QuantityText, at e: Int) -> (pm: Bool, end: Int)? {
        var j = e
        if q.key(j) == Keys.in, q.key(j + 1) == Keys.the { j += 2 }
        else if q.key(j) == at, q.key(j + 1) == night { return (true, j + 2) }
        else if q.key(j) == early || q.key(j) == late { j += 1 }
        guard j > e, let pm = dayHalfTable[q.key(j)], q.isWord(j) else { return nil }
        return (pm, j + 1)
    }
}

extension Keys {
    static let apostrophe = WordKey("'"), rightQuote = WordKey("’")
}
