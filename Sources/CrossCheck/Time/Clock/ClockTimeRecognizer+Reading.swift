/// A whole clock-time phrase: the time, its meridiem or part of the day, a hedge before it, its
/// zone, and a conversion in brackets ("11.40pm local time (2040 GMT)").
extension ClockTimeRecognizer {
    /// The time phrase starting at token `i`.
    static func timePhrase(_ q: QuantityText, at i: Int, context: ExtractionContext) -> (Mention, Int)? {
        var start = i
        var pmFromPart: Bool?
        // "in the morning at 7", "early morning at 8:00"
        var j = i
        if let (pm, after) = ClockLexicon.dayHalfAfter(q, at: i) {
            // "in the morning 9 oclock": the time right after the part of the day
            guard q.key(after) == ClockLexicon.at || q.isNumber(after) || NumberWords.cardinalTable[q.key(after)] != nil else { return nil }
            pmFromPart = pm; j = q.key(after) == ClockLexicon.at ? after + 1 : after
        }
        else if q.key(i) == ClockLexicon.at { j = i + 1 } // "at 6pm": the preposition is left out of the span
        // approaches and hedges: "shortly after 2am", "around 1pm", "circa 5"
        var approach: Int?
        var hedge = Hedge.exact
        if pmFromPart == nil, let (seconds, after) = approachBefore(q, at: j) { approach = seconds; j = after }
        guard var r = relative(q, at: j) ?? core(q, at: j) else { return nil }
        if pmFromPart == nil, approach == nil, let h = Hedges.before(q, r.start), h.hedge == .approximate { hedge = .approximate; start = h.start }
        if pmFromPart == nil, approach == nil, hedge == .exact { start = q.key(i) == ClockLexicon.at ? j : i }
        var end = r.end
        var confirmed = !r.needsConfirmation
        let withMinutes = r.half < 1800 && !(q.isNumber(r.start) && q.tokens[r.start].end - q.tokens[r.start].start >= 3 && r.end == r.start + 1)
        if let (pm, e) = ClockLexicon.meridiem(q, at: end, afterMinutes: withMinutes), r.seconds < 13 * 3600 {
            r.seconds = r.seconds % (12 * 3600) + (pm ? 12 * 3600 : 0)
            r.twelveHour = false; end = e; confirmed = true
        } else if let e = ClockLexicon.oClock(q, at: end) {
            end = e; confirmed = true
        } else if q.key(end) == ClockLexicon.ish, q.touches(end) {
            end += 1; confirmed = true; hedge = .approximate
        } else if q.key(end) == ClockLexicon.hrs || q.key(end) == ClockLexicon.hours && q.tokens[r.start].end - q.tokens[r.start].start == 4 {
            end += 1; confirmed = true; r.twelveHour = false
        }
        if let (pm, e) = ClockLexicon.dayHalfAfter(q, at: end), pmFromPart == nil { pmFromPart = pm; end = e; confirmed = true }
        if let pm = pmFromPart, r.twelveHour {
            r.seconds = r.seconds % (12 * 3600) + (pm ? 12 * 3600 : 0)
            if !pm, r.seconds == 12 * 3600 { r.seconds = 0 }
            r.twelveHour = false; confirmed = true
        }
        var value = UnitValue(dimension: "time", unit: "clock", symbol: "", baseSymbol: "s")
        value.twelveHour = r.twelveHour
        // A zone confirms a time written with minutes ("2040 GMT", "11.40 local time"); a bare
        // hour before one is more often a day ("January 14-15 (local time)").
        let bareHour = r.half == 1800 && q.isNumber(r.start) && !confirmed
        if !bareHour, let z = zone(q, at: end, context: context) {
            value.zone = z.label; value.utcOffsetMinutes = z.offset; end = z.end; confirmed = true
        } else if confirmed, let z = zone(q, at: end, context: context) {
            value.zone = z.label; value.utcOffsetMinutes = z.offset; end = z.end
        }
        guard confirmed else { return nil }
        let s = Double(r.seconds)
        var half = Double(r.half)
        if hedge == .approximate { half = max(half, 900) }
        var v = QuantityValue(low: s - half, high: s + half, point: s, unit: "s")
        if let a = approach {
            hedge = a >= 0 ? .moreThan : .lessThan
            v.low = a >= 0 ? s : s + Double(a)
            v.high = a >= 0 ? (a == 0 ? nil : s + Double(a)) : s
            if a == 0 { v.low = hedge == .moreThan ? s : nil; v.high = hedge == .moreThan ? nil : s }
        }
        // A conversion in brackets: "1.40am local time (2240 GMT)"
        if let (utc, e) = bracketedTime(q, at: end, context: context) {
            let local = s
            if value.utcOffsetMinutes == nil {
                // the bracket says what "local time" was
                var off = Int((local - utc).rounded()) / 60
                if off > 14 * 60 { off -= 24 * 60 }
                if off < -12 * 60 { off += 24 * 60 }
                value.utcOffsetMinutes = off
            } else if let off = value.utcOffsetMinutes {
                var gap = abs(local - Double(off * 60) - utc).truncatingRemainder(dividingBy: 86_400)
                gap = min(gap, 86_400 - gap)
                value.conversionAgrees = gap <= half + 120
            }
            value.conversion = QuantityValue(low: utc, high: utc, point: utc, unit: "s UTC")
            end = e
        }
        var m = Mention(kind: .quantity, range: q.range(start, end), hedge: hedge, value: v)
        m.measurement = value
        return (m, end)
    }

    /// "shortly after", "just before": seconds allowed and the token after the phrase.
    static func approachBefore(_ q: QuantityText, at j: Int) -> (Int, Int)? {
        for (words, seconds) in ClockLexicon.approaches {
            var ok = true
            for (n, w) in words.enumerated() where q.key(j + n) != WordKey(w) { ok = false; break }
            if ok, q.inside(j + words.count), q.isNumber(j + words.count) || q.isWord(j + words.count) { return (seconds, j + words.count) }
        }
        return nil
    }

    /// A zone after a time: "GMT", "UTC+3", "PT", "local time", "Moscow time", "Pacific Daylight
    /// Time", "(Moscow time)".
    static func zone(_ q: QuantityText, at e: Int, context: ExtractionContext) -> (label: String, offset: Int?, end: Int)? {
        guard q.inside(e) else { return nil }
        if q.key(e) == Keys.openParen, let z = zone(q, at: e + 1, context: context), q.key(z.end) == Keys.closeParen {
            return (z.label, z.offset, z.end + 1)
        }
        let t = q.tokens[e]
        let day = context.published
        if t.kind == .word, let rule = TimeZones.abbreviationTable[t.key] {
            if TimeZones.capitalsOnlyTable.contains(t.key), !t.flags.contains(.allCaps) { return nil }
            var offset = rule.offset(on: day), end = e + 1
            // "GMT+3", "UTC +05:30", "UTC-8"
            if q.key(end) == ClockLexicon.plus || q.isHyphen(end), q.isNumber(end + 1), let hours = twoDigitsOrOne(q, end + 1) {
                var minutes = hours * 60
                if q.key(end + 2) == Keys.colon, q.touches(end + 2), let mm = ClockTimeRecognizer.twoDigits(q, end + 3) { minutes += mm; end += 2 }
                offset += q.key(end) == ClockLexicon.plus ? minutes : -minutes
                end += 2
            }
            return (q.text.text(q.range(e, end)), offset, end)
        }
        // "local time", "local"
        if t.key == ClockLexicon.local {
            let end = q.key(e + 1) == ClockLexicon.time ? e + 2 : e + 1
            return ("local time", localZone(q, context: context)?.offset(on: day), end)
        }
        // "Moscow time", "New York time", "Eastern Standard Time", "Pacific Daylight Time"
        var k = e
        while k < e + 3, q.isWord(k), q.tokens[k].isCapitalized || k > e { k += 1; if q.key(k) == ClockLexicon.time { break } }
        guard k > e, q.key(k) == ClockLexicon.time else { return nil }
        var placeEnd = k - 1
        var summer: Bool?
        if q.key(placeEnd) == ClockLexicon.standard { summer = false; placeEnd -= 1 }
        else if q.key(placeEnd) == ClockLexicon.daylight || q.key(placeEnd) == ClockLexicon.summer { summer = true; placeEnd -= 1 }
        guard placeEnd >= e, let rule = TimeZones.place(q.tokens, at: placeEnd, lo: e) else { return nil }
        let offset = summer.map { $0 ? (rule.summer ?? rule.standard) : rule.standard } ?? rule.offset(on: day)
        return (q.text.text(q.range(e, k + 1)), offset, k + 1)
    }

    static func twoDigitsOrOne(_ q: QuantityText, _ i: Int) -> Int? {
        guard q.inside(i) else { return nil }
        let t = q.tokens[i]
        guard t.end - t.start <= 2, let d = FigureParser.digits(q, i), d.decimals == 0 else { return nil }
        return Int(d.value)
    }

    /// The zone "local time" means: the dateline's place, or a place the sentence names.
    static func localZone(_ q: QuantityText, context: ExtractionContext) -> ZoneRule? {
        if let z = context.localZone { return z }
        var i = q.lo
        while i < q.hi {
            if q.isWord(i), q.tokens[i].isCapitalized, let z = TimeZones.place(q.tokens, at: i, lo: q.lo) { return z }
            i += 1
        }
        return nil
    }

    /// "(2040 GMT)", "(20:40 GMT)": a time in brackets with a zone, in UTC seconds.
    static func bracketedTime(_ q: QuantityText, at e: Int, context: ExtractionContext) -> (Double, Int)? {
        guard q.key(e) == Keys.openParen, q.isNumber(e + 1), let (m, end) = timePhrase(q, at: e + 1, context: context),
              q.key(end) == Keys.closeParen, let u = m.measurement, let off = u.utcOffsetMinutes, let p = m.value?.point else { return nil }
        var utc = p - Double(off * 60)
        if utc < 0 { utc += 86_400 }
        return (utc.truncatingRemainder(dividingBy: 86_400), end + 1)
    }
}
