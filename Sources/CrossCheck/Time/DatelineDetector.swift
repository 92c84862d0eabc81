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

    public static func publicationDate(in text: TokenizedText) -> (date: CalendarDate, range: ByteRange)? {
        let tokens = text.tokens
        let starts = text.source.lineStarts
        let limit = min(headerBytes, starts.count > headerLines ? starts[headerLines] : Int.max)
        var n = 0
        while n < tokens.count, tokens[n].start < limit { n += 1 }
        guard n > 0 else { return nil }
        let header = Sentence(index: 0, tokens: 0..<n, range: ByteRange(tokens[0].start, tokens[n - 1].end))
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
