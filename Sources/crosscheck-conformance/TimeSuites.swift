import CrossCheck
import Foundation

// Time conformance: Recognizers-Text DateTimeModel (date, daterange, duration results) and Duckling
// time/duration corpora. Scope and pass criteria are written down in docs/conformance-time.md.

/// Runs the time recognizers over one input as the extractor would (per sentence, overlaps settled).
func timeMentions(_ input: String, reference: CalendarDate?, lean: TimeLean) -> (TokenizedText, [Mention]) {
    let text = TokenizedText(SourceText(input))
    let recognizers: [any Recognizer] = [DateRecognizer(defaultLean: lean), DurationRecognizer()]
    let context = ExtractionContext(published: reference)
    var all: [Mention] = []
    for sentence in text.sentences {
        var found: [Mention] = []
        for r in recognizers { r.recognize(text, sentence: sentence, context: context, into: &found) }
        all += Extractor.resolveOverlaps(found)
    }
    return (text, all)
}

/// Unicode scalar offset of a byte offset (the spec files count characters).
func scalarOffset(_ bytes: [UInt8], _ offset: Int) -> Int {
    var n = 0
    for i in 0..<min(offset, bytes.count) where bytes[i] & 0xC0 != 0x80 { n += 1 }
    return n
}

func describe(_ m: Mention) -> String {
    if let d = m.date { return "\(m.kind.rawValue) \(d.start)..\(d.end)\(d.resolved ? "" : " unresolved")" }
    if let d = m.duration { return "duration \(d.lowDays.map { String($0) } ?? "nil")..\(d.highDays.map { String($0) } ?? "nil") \(d.iso ?? "")" }
    return m.kind.rawValue
}

/// The figure a duration states, in days, whatever its hedge.
func durationFigure(_ m: Mention) -> Double? {
    guard let d = m.duration else { return nil }
    switch m.hedge {
    case .lessThan, .atMost, .upTo, .nearly: return d.highDays
    case .approximate: if let l = d.lowDays, let h = d.highDays { return (l + h) / 2 }; return nil
    default: return d.lowDays
    }
}

func dayString(_ s: String) -> CalendarDate? { CalendarDate(iso: String(s.prefix(10))) }

func runTimeSuites(_ conformance: inout Conformance) {
    runRecognizersTime(&conformance)
    runDucklingTime(&conformance)
    runDucklingDuration(&conformance)
}

// MARK: Recognizers-Text

/// Scored per expected result of type datetimeV2.date / daterange / duration, in cases the .NET
/// implementation passes. Open-ended results (Mod before/after/since/until) and unresolvable ones
/// ("not resolved", seasons) are out of scope: crosscheck's DateValue has no open ends.
func runRecognizersTime(_ conformance: inout Conformance) {
    let file = "recognizers/DateTimeModel.jsonl"
    guard let cases = conformance.lines(file) else { print("conformance: \(file) missing; skipped"); return }
    let types = ["datetimeV2.date": "date", "datetimeV2.daterange": "daterange", "datetimeV2.duration": "duration"]
    var results: [String: Conformance.FileResult] = [:]
    for t in ["date", "daterange", "duration"] { results[t] = Conformance.FileResult(file: "recognizers DateTimeModel: \(t)") }
    for c in cases {
        let marks = (c["not_supported"] as? [String] ?? []) + (c["not_supported_by_design"] as? [String] ?? [])
        guard let input = c["input"] as? String, let expected = c["results"] as? [[String: Any]] else { continue }
        let reference = (c["reference_datetime"] as? String).flatMap(dayString)
        var computed: (TokenizedText, [Mention])?
        for r in expected {
            guard let type = r["type"] as? String, let label = types[type] else { continue }
            if marks.contains("dotnet") { results[label, default: Conformance.FileResult(file: label)].skipped += 1; continue }
            let values = ((r["resolution"] as? [String: Any])?["values"] as? [[String: Any]]) ?? []
            let inScope = !values.isEmpty && values.allSatisfy { v in
                let mod = v["Mod"] as? String
                let openMod = mod.map { !["approx", "mid", "start", "end", "more", "less", "ref_undef"].contains($0) } ?? false
                if openMod { return false }
                if label == "daterange" { return v["start"] is String && v["end"] is String }
                if let s = v["value"] as? String { return s != "not resolved" }
                return false
            }
            // Durations shorter than a day (timex PT…) are out of scope: news claims count days.
            let subDay = label == "duration" && values.contains { ($0["timex"] as? String)?.hasPrefix("PT") ?? false }
            let outOfScopeForm = recognizersOutOfScopeForm((r["text"] as? String) ?? "")
            guard inScope, !subDay, !outOfScopeForm, let start = r["start"] as? Int, let end = r["end"] as? Int else { results[label, default: Conformance.FileResult(file: label)].skipped += 1; continue }
            let (text, mentions) = computed ?? timeMentions(input, reference: reference, lean: .none)
            computed = (text, mentions)
            currentInput = input
            results[label, default: Conformance.FileResult(file: label)].inScope += 1
            // Spans are compared after a leading article, preposition or (for durations) hedge word on
            // either side: Recognizers takes "on"/"in" into some spans and leaves "the" out of others,
            // crosscheck the other way round; the value is what is scored.
            let wantStart = strippedStart(text, byteOffset(text.source.bytes, start), label: label)
            let spanned = mentions.filter {
                strippedStart(text, $0.range.start, label: label) == wantStart && scalarOffset(text.source.bytes, $0.range.end) == end + 1
            }
            let ok = spanned.contains { m in recognizersValueMatches(m, label: label, values: values) }
            if ok { results[label, default: Conformance.FileResult(file: label)].passed += 1 } else {
                let got = mentions.map { "\"\(text.text($0.range))\" \(describe($0))" }.joined(separator: "; ")
                let want = values.map { v in (v["value"] as? String) ?? "\(v["start"] as? String ?? "")..\(v["end"] as? String ?? "")" }.joined(separator: " | ")
                results[label, default: Conformance.FileResult(file: label)].failures.append("[\(reference.map { $0.description } ?? "-")] \(input) — want \"\(r["text"] ?? "")\" \(label) \(want) — got \(got.isEmpty ? "nothing" : got)")
            }
        }
    }
    for t in ["date", "daterange", "duration"] { conformance.results.append(results[t, default: Conformance.FileResult(file: t)]) }
}

/// Byte offset of a Unicode scalar offset.
func byteOffset(_ bytes: [UInt8], _ scalars: Int) -> Int {
    var n = 0
    for i in 0..<bytes.count where bytes[i] & 0xC0 != 0x80 {
        if n == scalars { return i }
        n += 1
    }
    return bytes.count
}

/// Words a span may start with on one side and not the other (see docs/conformance-time.md).
let spanLeadingWords: Set<String> = ["the", "on", "in", "at", "during", "for"]
let durationLeadingWords: Set<String> = ["over", "about", "around", "approximately", "roughly", "within", "nearly", "almost"]

/// The byte offset of the first token at or after `start` that is not a leading article or preposition.
func strippedStart(_ text: TokenizedText, _ start: Int, label: String) -> Int {
    guard var i = text.tokens.firstIndex(where: { $0.start >= start }) else { return start }
    while i + 1 < text.tokens.count {
        let w = text.text(text.tokens[i]).lowercased()
        guard spanLeadingWords.contains(w) || (label == "duration" && durationLeadingWords.contains(w)) else { break }
        i += 1
    }
    return text.tokens[i].start
}

/// Result texts out of scope for a news date recognizer, by general rule (docs/conformance-time.md):
/// holidays (their dates are regional or lunar, and news names them rather than dating them),
/// spelled-out years ("nineteen ninety six", "two thousand and five") and ISO week numbers
/// ("week 31", business calendars).
func recognizersOutOfScopeForm(_ resultText: String) -> Bool {
    let words = resultText.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).map(String.init)
    for (i, w) in words.enumerated() {
        if holidayWords.contains(w) { return true }
        if i + 1 < words.count, holidayPairs.contains(w + " " + words[i + 1]) { return true }
        if w == "thousand" || w == "hundred" { return true }
        if yearTensWords.contains(w), i + 1 < words.count, spelledYearTail.contains(words[i + 1]) { return true }
        if w == "week", i + 1 < words.count, Int(words[i + 1]) != nil { return true }
    }
    return false
}

let holidayWords: Set<String> = [
    "christmas", "xmas", "easter", "thanksgiving", "halloween", "juneteenth", "eid", "ramadan", "diwali",
    "hanukkah", "passover", "pentecost", "whitsunday", "valentine's", "valentines",
]
let holidayPairs: Set<String> = [
    "independence day", "new year", "new year's", "labor day", "labour day", "earth day", "black friday",
    "saint patrick", "st patrick", "freedom day", "jubilee day", "workers' day", "memorial day", "mother's day",
    "mothers day", "father's day", "fathers day", "easter monday", "christmas eve", "veterans day", "boxing day",
]
/// "nineteen eighty six", "twenty twenty": a teen or tens word followed by another number word.
let yearTensWords: Set<String> = ["seventeen", "eighteen", "nineteen", "twenty"]
let spelledYearTail: Set<String> = [
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "oh", "hundred",
]

nonisolated(unsafe) var currentInput = ""

func text(_ m: Mention) -> String {
    let bytes = Array(currentInput.utf8)
    return String(decoding: bytes[m.range.start..<min(m.range.end, bytes.count)], as: UTF8.self)
}

/// A range written as two parts joined by "to", "through", "until", "and" or a dash.
func isTwoPartRange(_ m: Mention) -> Bool {
    let words = text(m).lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
    return words.contains { ["to", "through", "thru", "until", "till", "and", "-", "–"].contains(String($0)) }
}

func recognizersValueMatches(_ m: Mention, label: String, values: [[String: Any]]) -> Bool {
    switch label {
    case "duration":
        guard m.kind == .duration, let d = m.duration else { return false }
        return values.contains { v in
            guard let s = (v["value"] as? String).flatMap(Double.init) else { return false }
            let want = s / 86400
            if m.hedge == .vague, let l = d.lowDays, let h = d.highDays { return want >= l - 1e-9 && want <= h + 1e-9 }
            guard let f = durationFigure(m) else { return false }
            return abs(f - want) * 86400 < 1
        }
    case "date":
        guard m.kind == .date, let d = m.date, d.resolved, let s = d.start.date else { return false }
        return values.contains { ($0["value"] as? String).flatMap(dayString) == s }
    default:
        // Recognizers' end is exclusive for a single period ("May" ends June 1), and for a range of
        // two parts it is the start of the last part ("from March to May" ends May 1, "10/1 - 10/7"
        // ends 10/7): crosscheck's inclusive end must be one day before it, or the last part must
        // start on it (crosscheck includes the whole last part; a deliberate difference).
        guard let d = m.date, d.resolved, let s = d.start.date, let e = d.end.date else { return false }
        var ends = [e.adding(days: 1)]
        if m.kind == .daterange, text(m).contains(where: { $0 == "-" || $0 == "~" }) || isTwoPartRange(m) {
            ends.append(e)
            if e.adding(days: 1).day == 1 { ends.append(CalendarDate(clamping: e.year, e.month, 1)) }
            if e.month == 12 && e.day == 31 { ends.append(CalendarDate(clamping: e.year, 1, 1)) }
            // The last part is a quarter ("to 2018-q1" ends on 2018-01-01).
            if e.adding(days: 1).day == 1, e.month % 3 == 0 { ends.append(CalendarDate(clamping: e.year, e.month - 2, 1)) }
        }
        return values.contains { v in
            (v["start"] as? String).flatMap(dayString) == s && ((v["end"] as? String).flatMap(dayString).map { ends.contains($0) } ?? false)
        }
    }
}

// MARK: Duckling

/// In scope: time values of grain day/week/month/year and intervals whose ends have grain day, not
/// holidays, outside the `latent` set. A case passes when one time mention spans the whole input
/// and its days equal the expected ones (Duckling's interval end is exclusive; crosscheck's inclusive).
/// Duckling answers as a calendar assistant, so tenseless inputs lean to the future here.
func runDucklingTime(_ conformance: inout Conformance) {
    conformance.run("duckling time (day/week/month/year grains)", file: "duckling/time.jsonl") { c in
        guard let input = c["input"] as? String, let e = c["expected"] as? [String: Any],
              (c["set"] as? String) != "latent", e["holidayBeta"] == nil,
              let ref = (c["reference_time"] as? String).flatMap(dayString),
              !ducklingOutOfScopeNumeric(input), !recognizersOutOfScopeForm(input) else { return nil }
        var want: (CalendarDate, CalendarDate)
        if (e["type"] as? String) == "value" {
            guard let grain = e["grain"] as? String, let v = (e["value"] as? String).flatMap(dayString) else { return nil }
            switch grain {
            case "day": want = (v, v)
            case "week": want = (v, v.adding(days: 6))
            case "month": want = (v, v.adding(months: 1).adding(days: -1))
            case "year": want = (v, v.adding(months: 12).adding(days: -1))
            default: return nil
            }
        } else {
            guard let from = e["from"] as? [String: Any], let to = e["to"] as? [String: Any],
                  from["grain"] as? String == "day", to["grain"] as? String == "day",
                  let f = (from["value"] as? String).flatMap(dayString), let t = (to["value"] as? String).flatMap(dayString) else { return nil }
            want = (f, t.adding(days: -1))
        }
        let (text, mentions) = timeMentions(input, reference: ref, lean: .future)
        let times = mentions.filter { $0.kind == .date || $0.kind == .daterange }
        let whole = times.filter { coversInput(text, $0.range) }
        if let m = whole.first, let d = m.date, d.start.date == want.0, d.end.date == want.1 { return .some(nil) }
        let got = times.map { "\"\(text.text($0.range))\" \(describe($0))" }.joined(separator: "; ")
        return .some("\(input) — want \(want.0)..\(want.1) — got \(got.isEmpty ? "nothing" : got)")
    }
    conformance.run("duckling time negatives", file: "duckling/time_negative.jsonl") { c in
        guard let input = c["input"] as? String, let ref = (c["reference_time"] as? String).flatMap(dayString) else { return nil }
        let (text, mentions) = timeMentions(input, reference: ref, lean: .future)
        let times = mentions.filter { $0.kind == .date || $0.kind == .daterange }
        return .some(times.isEmpty ? nil : "\(input) — want nothing — got \(times.map { "\"\(text.text($0.range))\" \(describe($0))" }.joined(separator: "; "))")
    }
}

/// Numeric dates in forms news text does not use for dates (docs/conformance-time.md): parts separated
/// by spaces ("31 10 1974", "2 / 15", "15 - 2": in running text these are scores, ranges or lists of
/// numbers) and a yearless day-month joined by a hyphen ("15-2", "2-15": the form of scores and votes,
/// "a 2-1 win", "voted 7-2", which crosscheck must not read as dates).
func ducklingOutOfScopeNumeric(_ input: String) -> Bool {
    var s = Substring(input)
    if s.hasPrefix("on ") { s = s.dropFirst(3) }
    guard s.allSatisfy({ $0.isNumber || $0 == "/" || $0 == "-" || $0 == "." || $0 == " " }), s.contains(where: { $0.isNumber }) else { return false }
    if s.contains(" ") { return true }
    let groups = s.split(separator: "-")
    return groups.count == 2 && !s.contains("/") && !s.contains(".") && groups.allSatisfy { $0.count <= 2 }
}

/// The mention spans the whole input, or all of it after a leading preposition crosscheck leaves
/// out of date spans ("in", "on", "at", "during").
func coversInput(_ text: TokenizedText, _ range: ByteRange) -> Bool {
    guard let last = text.tokens.last, range.end == last.end, let first = text.tokens.first else { return false }
    if range.start == first.start { return true }
    let preps: Set<String> = ["in", "on", "at", "during"]
    return text.tokens.count > 1 && preps.contains(text.text(first).lowercased()) && range.start == text.tokens[1].start
}

func leadingTrailingSpace(_ bytes: [UInt8]) -> Int {
    var n = 0
    var i = 0
    while i < bytes.count, bytes[i] == 0x20 { n += 1; i += 1 }
    var j = bytes.count - 1
    while j > i, bytes[j] == 0x20 { n += 1; j -= 1 }
    return n
}

/// Duckling durations: one duration mention spanning the input whose figure in seconds equals the
/// normalized value (months 30 days, years 365, as both count).
func runDucklingDuration(_ conformance: inout Conformance) {
    conformance.run("duckling duration", file: "duckling/duration.jsonl") { c in
        guard let input = c["input"] as? String, let e = c["expected"] as? [String: Any],
              (c["set"] as? String) != "latent",
              let norm = e["normalized"] as? [String: Any], let seconds = (norm["value"] as? NSNumber)?.doubleValue,
              ["day", "week", "month", "quarter", "year"].contains(e["unit"] as? String ?? "") else { return nil }
        let (text, mentions) = timeMentions(input, reference: nil, lean: .none)
        let durations = mentions.filter { $0.kind == .duration }
        if let m = durations.first(where: { $0.range.length == text.source.count - leadingTrailingSpace(text.source.bytes) }),
           let f = durationFigure(m), abs(f * 86400 - seconds) < 1 { return .some(nil) }
        let got = mentions.map { "\"\(text.text($0.range))\" \(describe($0))" }.joined(separator: "; ")
        return .some("\(input) — want \(seconds) s — got \(got.isEmpty ? "nothing" : got)")
    }
    conformance.run("duckling duration negatives", file: "duckling/duration_negative.jsonl") { c in
        guard let input = c["input"] as? String else { return nil }
        let (text, mentions) = timeMentions(input, reference: nil, lean: .none)
        let d = mentions.filter { $0.kind == .duration }
        return .some(d.isEmpty ? nil : "\(input) — want nothing — got \(d.map { "\"\(text.text($0.range))\"" }.joined(separator: "; "))")
    }
}
