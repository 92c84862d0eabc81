/// Finds the publication date a report states in its header: a dateline ("WASHINGTON, March 20,
/// 2020 —", "March 20 (UPI) --") or a date line ("date 2020-03-20", "Published: March 20, 2020").
///
/// Only the first five lines and 600 bytes are read. A date counts when a header word ("date",
/// "published", "posted", "updated") comes right before it, when it starts a line (after at most
/// a place name and a comma), or when a dateline mark ("(UPI)", "--", "—") follows it. A dateline
/// without a year ("March 20 (UPI) --") is completed only by a year the header states elsewhere
/// (another full date, or "© 2020"); otherwise there is no publication date: no guessing.
public enum DatelineDetector {
    static let headerBytes = 600
    static let headerLines = 5

    /// The header's tokens: the first `headerLines` lines, at most `headerBytes` bytes.
    static func header(_ text: TokenizedText) -> Sentence? {
        let tokens = text.tokens
        let starts = text.source.lineStarts
        let limit = min(headerBytes, starts.count > headerLines ? starts[headerLines] : Int.max)
        var n = 0
        while n < tokens.count, tokens[n].start < limit { n += 1 }
        guard n > 0 else { return nil }
        return Sentence(index: 0, tokens: 0..<n, range: ByteRange(tokens[0].start, tokens[n - 1].end))
    }

    public static func publicationDate(in text: TokenizedText) -> (date: CalendarDate, range: ByteRange)? {
        let tokens = text.tokens
        guard let header = header(text) else { return nil }
        let n = header.tokens.upperBound
        let g = DateGrammar(text, header)
        var full: [(CalendarDate, ByteRange, Bool)] = []
        var yearless: (month: Int, day: Int, range: ByteRange)?
        var statedYear: Int?
        var i = 0
        while i < n {
            let k = tokens[i].key
            if (k == WordKey("©") || k == "copyright"), let y = g.year(i + 1) { statedYear = statedYear ?? y }
            // A dateline's date starts with a number, a month or a weekday.
            guard TimeLexicon.isAnchor(tokens[i]), let item = g.parse(at: i), case let .day(y, m?, d) = item.spec else { i += 1; continue }
            let range = ByteRange(tokens[item.first].start, tokens[item.end - 1].end)
            let cued = hasCue(tokens, before: item.first)
            guard cued || startsLine(tokens, item.first) || markFollows(tokens, item.end, n) else { i = item.end; continue }
            if let y, let date = CalendarDate(year: y, month: m, day: d) {
                full.append((date, range, cued))
            } else if y == nil, yearless == nil {
                yearless = (m, d, range)
            }
            i = item.end
        }
        if let best = full.first(where: { $0.2 }) ?? full.first { return (best.0, best.1) }
        if let yearless, let y = statedYear, let date = CalendarDate(year: y, month: yearless.month, day: yearless.day) {
            return (date, yearless.range)
        }
        return nil
    }

    /// A date in a dateline's place that no calendar has ("February 30, 2020", "31 April 2021",
    /// "2021-02-29"): the grammar reads no date there, so the document would stay undated without
    /// a word; the caller warns instead. Only consulted when no publication date was found.
    public static func impossibleDate(in text: TokenizedText) -> ByteRange? {
        guard let header = header(text) else { return nil }
        let tokens = text.tokens
        let n = header.tokens.upperBound
        let g = DateGrammar(text, header)
        for i in 0..<n where tokens[i].kind == .word || tokens[i].kind == .number {
            guard startsLine(tokens, i) || hasCue(tokens, before: i) else { continue }
            var parts: (year: Int, month: Int, day: Int, end: Int)?
            if let (m, next) = g.month(i), let d = g.dayNumber(next) {
                // "February 30, 2020"
                let y = g.isWord(d.next, ",") ? d.next + 1 : d.next
                if let year = g.year(y) { parts = (year, m, d.day, y + 1) }
            } else if let d = g.dayNumber(i), let (m, next) = g.month(d.next), let year = g.year(next) {
                parts = (year, m, d.day, next + 1) // "30 February 2020"
            } else if let year = g.year(i), g.isWord(i + 1, "-"), let (m, md) = g.integer(i + 2), md == 2,
                      g.isWord(i + 3, "-"), let (d, dd) = g.integer(i + 4), dd == 2, (1...12).contains(m), (1...31).contains(d) {
                parts = (year, m, d, i + 5) // "2021-02-29"
            }
            if let p = parts, CalendarDate(year: p.year, month: p.month, day: p.day) == nil {
                return ByteRange(tokens[i].start, tokens[p.end - 1].end)
            }
        }
        return nil
    }

    static let cues = WordTable(words: ["date", "dated", "published", "posted", "updated", "pubdate", "issued"], value: true)

    static func hasCue(_ tokens: [Token], before i: Int) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= 0 && steps < 2 {
            if cues.contains(tokens[j].key) { return true }
            if tokens[j].kind != .punct { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// The date is the first thing on its line, or follows only a place and a comma ("SEOUL, ").
    static func startsLine(_ tokens: [Token], _ i: Int) -> Bool {
        if i == 0 || tokens[i].flags.contains(.newlineBefore) { return true }
        guard tokens[i - 1].key == "," else { return false }
        var j = i - 2
        while j >= 0 && i - j <= 6 {
            let t = tokens[j]
            guard t.kind == .word && t.isCapitalized || t.key == "," || t.key == "." else { return false }
            if j == 0 || t.flags.contains(.newlineBefore) { return true }
            j -= 1
        }
        return false
    }

    static func markFollows(_ tokens: [Token], _ end: Int, _ n: Int) -> Bool {
        guard end < n else { return true }
        let t = tokens[end]
        if t.flags.contains(.newlineBefore) { return true }
        return t.key == "(" || t.key == "-" || t.key == WordKey("—") || t.key == WordKey("–") || t.key == "/"
    }
}

extension DatelineDetector {
    /// The zone of the place a dateline names before its date or at the top of the report
    /// ("ISTANBUL, May 3 (Reuters) –", "TOKYO (AP) —"): the capitalised words before the first
    /// comma, dash or bracket of the header, looked up in `TimeZones`.
    public static func place(in text: TokenizedText, dateline: ByteRange?) -> ZoneRule? {
        guard let header = header(text) else { return nil }
        let tokens = text.tokens
        var i = header.tokens.lowerBound
        // the first line that starts with a capitalised word followed by a comma or a bracket
        let end = min(header.tokens.upperBound, i + 40)
        while i < end {
            let start = i
            var j = i
            // only a line's first words can name the dateline's place
            guard start == 0 || tokens[start].flags.contains(.newlineBefore) else { i += 1; continue }
            while j < end, tokens[j].kind == .word, tokens[j].isCapitalized, j - start < 4 { j += 1 }
            if j > start, j < end, tokens[j].key == "," || tokens[j].key == "(" || tokens[j].key == "-" || tokens[j].key == "—",
               tokens[start].flags.contains(.newlineBefore) || start == 0 {
                if let z = TimeZones.place(tokens, at: j - 1, lo: start) { return z }
            }
            if let d = dateline, tokens[j < end ? j : end - 1].start >= d.end { break }
            i = j + 1
        }
        return nil
    }
}
