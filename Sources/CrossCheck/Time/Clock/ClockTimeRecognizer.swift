/// Clock times (kind `quantity`, dimension "time"): "at 11.40pm", "21:40 GMT", "1.40am (Moscow
/// time)", "shortly after 2am local time", "12:01 a.m. PT", "half past seven", "noon", and parts
/// of a day ("the early hours of Friday", "late Friday night"). The value is seconds after local
/// midnight, an interval as wide as the time is precise; the zone, when the text gives one (or
/// "local time" and the dateline's place), is `utcOffsetMinutes`, so times written in different
/// zones compare in UTC. The rules, each with its examples, are `ClockTimeRecognizer.rules`.
public struct ClockTimeRecognizer: Recognizer {
    public init() {}

    /// A rule of this recognizer: its name and examples, and how it reads a phrase at a token.
    struct Rule: Sendable {
        let rule: RecognizerRule
        let read: @Sendable (QuantityText, Int, ExtractionContext) -> (Mention, Int)?
    }

    public func recognize(_ text: TokenizedText, sentence: Sentence, context: ExtractionContext, into mentions: inout [Mention]) {
        let q = QuantityText(text, sentence)
        var i = q.lo
        while i < q.hi {
            let t = q.tokens[i]
            guard t.kind == .number || t.kind == .word && ClockTimeRecognizer.startWordTable.contains(t.key) else { i += 1; continue }
            var found: (Mention, Int)?
            for r in ClockTimeRecognizer.rules {
                if let hit = r.read(q, i, context) { found = hit; break }
            }
            if let (m, end) = found {
                mentions.append(m)
                i = max(end, i + 1)
            } else {
                i += 1
            }
        }
    }

    static let startWords: [String] = Array(Set(rules.flatMap(\.rule.startWords))).sorted()
    static let startWordTable = WordTable(words: startWords, value: true)

    /// A time of day read from the text, before its zone.
    struct Reading {
        /// Seconds after midnight.
        var seconds: Int
        /// Half the width of what the time asserts: a minute stated is ± 2 minutes (reports of one
        /// event differ by that much), an hour alone ± 30 minutes.
        var half: Int
        /// No "am"/"pm" or part of the day says which half of the day: 7:30 may be 19:30.
        var twelveHour: Bool
        var start: Int
        var end: Int
        /// The written form can be a figure of something else ("11.40", "2040") unless a meridiem,
        /// a zone or "hrs" confirms it.
        var needsConfirmation: Bool
    }

    // MARK: the time itself

    /// "11:40", "7:56:30", "11.40", "1140", "2040", "11", "seven", "noon", "midnight".
    static func core(_ q: QuantityText, at i: Int) -> Reading? {
        guard q.inside(i) else { return nil }  // "at" ending a sentence: nothing after it
        let t = q.tokens[i]
        if t.kind == .number { return numeric(q, at: i) }
        guard t.kind == .word else { return nil }
        if let s = ClockLexicon.fixedTable[t.key] { return Reading(seconds: s, half: 60, twelveHour: false, start: i, end: i + 1, needsConfirmation: false) }
        if t.key == ClockLexicon.mid, q.key(i + 1) == ClockLexicon.night {
            return Reading(seconds: 0, half: 60, twelveHour: false, start: i, end: i + 2, needsConfirmation: false)
        }
        guard let h = NumberWords.cardinalTable[t.key], h >= 1, h <= 12 else { return nil }
        var r = Reading(seconds: Int(h) * 3600, half: 1800, twelveHour: true, start: i, end: i + 1, needsConfirmation: true)
        // "one thirty", "nine fifteen", "seven forty-five" before a meridiem
        if let m = NumberWords.cardinalTable[q.key(i + 1)], q.isWord(i + 1), m >= 10, m < 60 {
            var minutes = Int(m), e = i + 2
            if m >= 20, m.truncatingRemainder(dividingBy: 10) == 0 {
                var k = e
                if q.isHyphen(k) { k += 1 }
                if let u = NumberWords.cardinalTable[q.key(k)], q.isWord(k), u >= 1, u <= 9 { minutes += Int(u); e = k + 1 }
            }
            if ClockLexicon.meridiem(q, at: e) != nil { r.seconds += minutes * 60; r.half = 120; r.end = e }
        }
        return r
    }

    static func numeric(_ q: QuantityText, at i: Int) -> Reading? {
        guard q.inside(i) else { return nil }  // "at" ending a sentence: nothing after it
        let t = q.tokens[i]
        let bytes = q.text.source.bytes
        // No clock figure has more than four digits; longer ones are left before they can overflow.
        guard t.end - t.start <= 5 else { return nil }
        var digits: [Int] = [], parts: [Int] = [0], dots = 0
        for b in bytes[t.start..<t.end] {
            if b == 0x2E { dots += 1; parts.append(0); continue }
            guard b >= 0x30 && b <= 0x39 else { return nil }
            digits.append(Int(b - 0x30))
            parts[parts.count - 1] = parts[parts.count - 1] * 10 + Int(b - 0x30)
        }
        guard dots <= 1, digits.count <= 4 else { return nil }
        // "21:40", "7:56:30"
        if dots == 0, digits.count <= 2, q.key(i + 1) == Keys.colon, q.touches(i + 1), q.isNumber(i + 2), q.touches(i + 2),
           let m = twoDigits(q, i + 2), parts[0] <= 24, m < 60 {
            var s = parts[0] * 3600 + m * 60, end = i + 3, half = 120
            if q.key(end) == Keys.colon, q.touches(end), q.isNumber(end + 1), q.touches(end + 1), let sec = twoDigits(q, end + 1), sec < 60 {
                s += sec; end += 2; half = 2
            }
            // "3:1" is a score; "12:30:45:10" something else
            if q.key(end) == Keys.colon, q.touches(end) { return nil }
            return Reading(seconds: s % 86_400, half: half, twelveHour: parts[0] >= 1 && parts[0] <= 12, start: i, end: end, needsConfirmation: false)
        }
        // "11.40": an hour and minutes written with a dot, which is also a decimal
        if dots == 1 {
            guard parts[0] <= 24, digits.count - String(parts[0]).count == 2, parts[1] < 60 else { return nil }
            return Reading(seconds: (parts[0] * 3600 + parts[1] * 60) % 86_400, half: 120, twelveHour: parts[0] >= 1 && parts[0] <= 12,
                           start: i, end: i + 1, needsConfirmation: true)
        }
        // "1140", "2040", "0900"
        if digits.count >= 3 {
            let h = parts[0] / 100, m = parts[0] % 100
            guard h <= 24, m < 60 else { return nil }
            return Reading(seconds: (h * 3600 + m * 60) % 86_400, half: 120, twelveHour: false, start: i, end: i + 1, needsConfirmation: true)
        }
        guard parts[0] <= 24 else { return nil }
        // "12 noon", "12 midnight"
        if parts[0] == 12, let s = ClockLexicon.fixedTable[q.key(i + 1)], q.isWord(i + 1) {
            return Reading(seconds: s, half: 60, twelveHour: false, start: i, end: i + 2, needsConfirmation: false)
        }
        return Reading(seconds: parts[0] % 24 * 3600, half: 1800, twelveHour: parts[0] >= 1 && parts[0] <= 12, start: i, end: i + 1, needsConfirmation: true)
    }

    static func twoDigits(_ q: QuantityText, _ i: Int) -> Int? {
        guard q.inside(i) else { return nil }  // "at" ending a sentence: nothing after it
        let t = q.tokens[i]
        guard t.end - t.start == 2 else { return nil }
        let b = q.text.source.bytes
        let d1 = Int(b[t.start]) - 0x30, d2 = Int(b[t.start + 1]) - 0x30
        guard (0...9).contains(d1), (0...9).contains(d2) else { return nil }
        return d1 * 10 + d2
    }

    /// "half past seven", "20 min past eight", "10 past 9", "quarter to six", "fifteen past eight".
    static func relative(_ q: QuantityText, at i: Int) -> Reading? {
        var minutes: Int, j: Int, worded = true
        let k = q.key(i)
        if k == Keys.half { minutes = 30; j = i + 1 }
        else if k == Keys.quarter { minutes = 15; j = i + 1 }
        else if k == Keys.a, q.key(i + 1) == Keys.quarter { minutes = 15; j = i + 2 }
        else if let f = FigureParser.parse(q, at: i), !f.scaled, !f.fraction, f.value >= 1, f.value < 60, f.value == f.value.rounded() {
            minutes = Int(f.value); j = f.end; worded = false
            if ClockLexicon.minuteWordTable.contains(q.key(j)) { j += 1; worded = true }
        } else { return nil }
        let direction = q.key(j)
        guard direction == ClockLexicon.past || direction == Keys.to || worded && (direction == ClockLexicon.after || direction == ClockLexicon.before) else { return nil }
        guard let hour = core(q, at: j + 1), hour.seconds % 3600 == 0, hour.end == j + 2 || !hour.needsConfirmation else { return nil }
        // "to" only after a minute word or before a clock word ("quarter to six", "ten to nine
        // o'clock"; "the vote was 7 to 2" is a count)
        let back = direction == Keys.to || direction == ClockLexicon.before
        if back, !worded, ClockLexicon.meridiem(q, at: hour.end) == nil, ClockLexicon.oClock(q, at: hour.end) == nil { return nil }
        var s = hour.seconds + (back ? -minutes : minutes) * 60
        if s < 0 { s += 86_400 }
        return Reading(seconds: s, half: 120, twelveHour: hour.twelveHour, start: i, end: hour.end, needsConfirmation: false)
    }
}
