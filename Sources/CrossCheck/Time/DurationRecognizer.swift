/// Finds lengths of time: "five years", "11 years", "a decade", "three weeks", "two-day",
/// "a two-month hiatus" (the "two-month"), "yearlong", "more than two months", "an hour and a half".
///
/// Values are days (a month is 30 days, a year 365, as Duckling and Recognizers-Text count) and an
/// ISO 8601 period of the figure as written. Hedges give intervals like quantities: "more than two
/// months" is (60, open), "about a year" is 365 ± 10 %, "nearly two weeks" [12.6, 14].
public struct DurationRecognizer: Recognizer {
    public init() {}

    public func recognize(_ text: TokenizedText, sentence: Sentence, context: ExtractionContext, into mentions: inout [Mention]) {
        let g = DateGrammar(text, sentence)
        var i = g.lo
        while i < g.hi {
            let t = g.tokens[i]
            guard t.kind == .number || (t.kind == .word && DurationRecognizer.triggers.contains(t.key)) else { i += 1; continue }
            // "0500 hrs", "at 2040 hours": a time on the 24-hour clock, not a length of time.
            if t.kind == .number, t.end - t.start == 4, g.bytes[t.start] == 0x30 || i > g.lo && g.isWord(i - 1, "at") { i += 1; continue }
            if let (m, end) = parse(g, at: i, options: context.options) {
                mentions.append(m)
                i = end
            } else {
                i += 1
            }
        }
    }

    struct Part {
        var count: Double
        var unit: TimeLexicon.DurationUnit
        var multiplier: Double
    }

    func parse(_ g: DateGrammar, at i: Int, options: ExtractionOptions) -> (Mention, Int)? {
        var j = i
        var hedge = Hedge.exact
        // "all day", "all week", "all month": one whole unit.
        if g.isWord(j, "all"), let u = TimeLexicon.durationUnitTable[g.key(j + 1)],
           g.isWord(j + 1, "day") || g.isWord(j + 1, "week") || g.isWord(j + 1, "month") || g.isWord(j + 1, "year") || g.isWord(j + 1, "night") {
            return make(g, i, j + 2, [Part(count: 1, unit: u, multiplier: 1)], hedge: hedge, vague: nil, options: options)
        }
        // "some days" is a vague count, not a hedge.
        if g.isWord(j, "some"), TimeLexicon.durationUnitTable.contains(g.key(j + 1)) {
            // handled by readCount below
        } else if let h = TimeLexicon.hedge1Table[g.key(j)] {
            hedge = h; j += 1
        } else if let t = TimeLexicon.hedge2Table[g.key(j)], let h = t[g.key(j + 1)] {
            hedge = h; j += 2
        }
        // One-word durations: "yearlong", "weeklong".
        if let u = TimeLexicon.longWordTable[g.key(j)] {
            let mult = TimeLexicon.longWordMultiplier[g.key(j)] ?? 1
            return make(g, i, j + 1, [Part(count: 1, unit: u, multiplier: mult)], hedge: hedge, vague: nil, options: options)
        }
        guard let (count0, vague0, next, digits, article) = readCount(g, at: j) else { return nil }
        var vague = vague0
        var parts: [Part] = []
        var end = next
        var count = count0
        // "two and a half years", "one and a quarter year", "one and half hour"
        if vague == nil, g.isWord(end, "and"), let (f, after) = fraction(g, at: end + 1), TimeLexicon.durationUnitTable.contains(g.key(after)) {
            count += f; end = after
        }
        // "two-day", "11-year": the unit after a hyphen is singular.
        var hyphen = false
        if g.isWord(end, "-") && g.glued(end) && g.glued(end + 1) { hyphen = true; end += 1 }
        guard end < g.hi, let unit = TimeLexicon.durationUnitTable[g.tokens[end].key] else { return nil }
        let unitKey = g.tokens[end].key
        if TimeLexicon.digitOnlyUnitTable.contains(unitKey) && !(digits && (g.glued(end) || unitKey == "second")) { return nil }
        // "a year" after a figure is a rate ("$5 billion a year"), not a length of time.
        if article, i == j, i > g.lo {
            let p = g.tokens[i - 1]
            if p.kind == .number || p.kind == .symbol || NumberWords.scaleTable.contains(p.key) || DurationRecognizer.rateWords.contains(p.key) { return nil }
        }
        // "a quarter of the workforce" is a share of a whole; "a quarter of a century" is time
        if unitKey == "quarter" || unitKey == "quarters", g.isWord(end + 1, "of"),
           !((g.isWord(end + 2, "a") || g.isWord(end + 2, "an") || g.isWord(end + 2, "the")) && TimeLexicon.durationUnitTable.contains(g.key(end + 3))) {
            return nil
        }
        parts.append(Part(count: count, unit: unit, multiplier: TimeLexicon.isoMultiplierTable[unitKey] ?? 1))
        end += 1
        // "year-long"
        if g.isWord(end, "-"), g.glued(end), g.isWord(end + 1, "long") { end += 2 }
        // "30-year-old" is an age.
        if g.isWord(end, "-"), g.glued(end), g.isWord(end + 1, "old") { return nil }
        if g.isWord(end, "old") && hyphen { return nil }
        // "an hour and a half", "a year and a quarter" (a quarter of the unit), "one month and half"
        let connector = g.isWord(end, "and") || g.isWord(end, ",")
        if g.isWord(end, "and"), let (f, after) = fraction(g, at: end + 1), !TimeLexicon.durationUnitTable.contains(g.key(after)) {
            parts[0].count += f; end = after
        } else if !hyphen, let (c2, v2, n2, d2, _) = readCount(g, at: connector ? end + 1 : end), v2 == nil,
                  connector || g.tokens[end].kind == .number || NumberWords.cardinalTable[g.key(end)] != nil,
                  n2 < g.hi, let u2 = TimeLexicon.durationUnitTable[g.tokens[n2].key], u2.days < unit.days,
                  !TimeLexicon.digitOnlyUnitTable.contains(g.tokens[n2].key) || d2,
                  !DurationRecognizer.anchorWords.contains(g.key(n2 + 1)) {
            parts.append(Part(count: c2, unit: u2, multiplier: TimeLexicon.isoMultiplierTable[g.tokens[n2].key] ?? 1))
            end = n2 + 1
        }
        if vague != nil && hyphen { vague = nil }
        return make(g, i, end, parts, hedge: hedge, vague: vague, options: options)
    }

    /// "a half", "half", "a quarter" after "and": the fraction and the index after it.
    func fraction(_ g: DateGrammar, at j: Int) -> (Double, Int)? {
        var k = j
        if g.isWord(k, "a") { k += 1 }
        if g.isWord(k, "half") { return (0.5, k + 1) }
        if k > j, g.isWord(k, "quarter") { return (0.25, k + 1) }
        return nil
    }

    /// A count before a unit: digits ("11", "3.5"), words ("eleven", "twenty-five"), "a"/"an",
    /// "a couple of", or a vague word ("several", "a few").
    func readCount(_ g: DateGrammar, at j: Int) -> (Double, (Double, Double)?, Int, Bool, Bool)? {
        guard j < g.hi else { return nil }
        let t = g.tokens[j]
        if t.kind == .number {
            guard t.end - t.start <= 7 else { return nil }
            var v = 0.0, scale = 0.0
            for b in g.bytes[t.start..<t.end] {
                if b == 0x2E { scale = 1; continue }
                guard b >= 0x30 && b <= 0x39 else { return nil }
                if scale > 0 { scale /= 10; v += Double(b - 0x30) * scale } else { v = v * 10 + Double(b - 0x30) }
            }
            return (v, nil, j + 1, true, false)
        }
        let k = t.key
        if k == "a" || k == "an" {
            if g.isWord(j + 1, "few") { return (3, (2, 5), j + 2, false, false) }
            if g.isWord(j + 1, "couple"), g.isWord(j + 2, "of") { return (2, nil, j + 3, false, false) }
            if g.isWord(j + 1, "half") { return (0.5, nil, j + 2, false, true) }
            return (1, nil, j + 1, false, true)
        }
        if k == "half", g.isWord(j + 1, "a") || g.isWord(j + 1, "an") { return (0.5, nil, j + 2, false, false) }
        // "another day", "another two weeks"
        if k == "another" {
            if let (n, next) = g.count(j + 1), !g.isWord(j + 1, "a") { return (Double(n), nil, next, false, false) }
            return (1, nil, j + 1, false, false)
        }
        if let v = TimeLexicon.vagueTable[k] {
            var n = j + 1
            if g.isWord(n, "of") { n += 1 }
            return ((v[0] + v[1]) / 2, (v[0], v[1]), n, false, false)
        }
        if let (n, next) = g.count(j), k != "a", k != "an" { return (Double(n), nil, next, false, false) }
        return nil
    }

    func make(_ g: DateGrammar, _ first: Int, _ end: Int, _ parts: [Part], hedge: Hedge, vague: (Double, Double)?, options: ExtractionOptions) -> (Mention, Int) {
        // Quarters are 90 days (3 × 30) and decades 3650 (10 × 365): the unit table holds that.
        // Years with months ("2 years and 3 months") count as months, 12 of 30 days each, so the
        // compound equals the same number of months written alone ("27 months").
        let withMonths = parts.contains { $0.unit.iso == "M" && !$0.unit.isTime }
        let days = parts.reduce(0) { sum, p in
            sum + p.count * (withMonths && p.unit.iso == "Y" && p.multiplier == 1 ? 360 : p.unit.days)
        }
        var low: Double? = days, high: Double? = days
        var h = hedge
        if let (vl, vh) = vague, parts.count == 1 {
            low = vl * parts[0].unit.days; high = vh * parts[0].unit.days; h = .vague
        } else {
            switch hedge {
            case .exact, .range, .vague: break
            case .approximate:
                low = days * (1 - options.hedges.approximate); high = days * (1 + options.hedges.approximate)
            case .nearly:
                low = days * (1 - options.hedges.nearly)
            case .moreThan, .atLeast:
                high = options.hedges.moreThanCeiling.map { days * (1 + $0) }
            case .lessThan, .atMost, .upTo:
                low = nil
            }
        }
        let range = ByteRange(g.tokens[first].start, g.tokens[end - 1].end)
        let value = DurationValue(lowDays: low, highDays: high, iso: DurationRecognizer.iso(parts))
        return (Mention(kind: .duration, range: range, hedge: h, duration: value), end)
    }

    /// "P2M", "P11Y", "P10Y" (a decade), "PT1H30M".
    static func iso(_ parts: [Part]) -> String {
        var date = "", time = ""
        for p in parts {
            let n = p.count * p.multiplier
            let s = format(n) + p.unit.iso
            if p.unit.isTime { time += s } else { date += s }
        }
        return "P" + date + (time.isEmpty ? "" : "T" + time)
    }

    static func format(_ v: Double) -> String {
        if v == v.rounded() { return String(Int(v)) }
        var s = String(Int((v * 100).rounded()))
        while s.count < 3 { s = "0" + s }
        var out = String(s.dropLast(2)) + "." + String(s.suffix(2))
        while out.hasSuffix("0") { out.removeLast() }
        return out
    }

    /// Words after a length of time that make it a date ("2 days ago"): a compound stops before them.
    static let anchorWords = WordTable(words: ["ago", "later", "earlier", "before", "after", "from", "hence"], value: true)

    static let rateWords = WordTable(words: [
        "once", "twice", "times", "per", "each", "every", "%", "$", "percent", "dollars", "won", "salary", "wages",
    ], value: true)

    static let triggers: WordTable<Bool> = {
        var words = Array(NumberWords.cardinals.keys) + Array(TimeLexicon.hedges1.keys) + Array(TimeLexicon.hedges2.keys)
        words += Array(TimeLexicon.longWords.keys) + Array(TimeLexicon.vagueCounts.keys) + ["a", "an", "half", "couple", "all", "another"]
        return WordTable(words: words, value: true)
    }()
}
