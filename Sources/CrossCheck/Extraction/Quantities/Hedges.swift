/// Finds the hedge words around a figure. The phrases live in `HedgeLexicon`; here they are turned
/// into word-key sequences once and matched backwards from the figure (or forwards after it).
enum Hedges {
    struct Phrase { let words: [WordKey]; let hedge: Hedge }

    /// Phrases indexed by the word nearest the figure (the last word for `before`, the first for `after`).
    static let beforeIndex: WordTable<[Phrase]> = index(HedgeLexicon.before, last: true)
    static let afterIndex: WordTable<[Phrase]> = index(HedgeLexicon.after, last: false)

    private static func index(_ list: [(String, Hedge)], last: Bool) -> WordTable<[Phrase]> {
        var byWord: [String: [Phrase]] = [:]
        for (text, hedge) in list {
            let words = text.split(separator: " ").map(String.init)
            // ">=" is tokenized as two marks.
            let keys: [WordKey] = words.flatMap { w -> [WordKey] in
                if w == ">=" { return [WordKey(">"), WordKey("=")] }
                if w == "<=" { return [WordKey("<"), WordKey("=")] }
                return [WordKey(w)]
            }
            guard let first = words.first, let final = words.last else { continue }
            let anchor = last ? (final == ">=" || final == "<=" ? "=" : final) : first
            byWord[anchor, default: []].append(Phrase(words: keys, hedge: hedge))
        }
        for (k, v) in byWord { byWord[k] = v.sorted { $0.words.count > $1.words.count } }
        return WordTable(byWord)
    }

    /// The hedge phrase ending right before token `start`: its hedge and first token.
    static func before(_ q: QuantityText, _ start: Int) -> (hedge: Hedge, start: Int)? {
        let j = start - 1
        guard q.inside(j), let phrases = beforeIndex[q.tokens[j].key] else { return nil }
        for p in phrases {
            let n = p.words.count
            guard j - n + 1 >= q.lo else { continue }
            var ok = true
            for (m, w) in p.words.enumerated() where q.tokens[j - n + 1 + m].key != w { ok = false; break }
            if ok {
                // "=>30", "<>30": a mark glued to another comparison mark is not this hedge.
                let s = j - n + 1
                if q.tokens[s].kind != .word, q.touches(s), comparisonMarks.contains(q.key(s - 1)) { return nil }
                return (p.hedge, s)
            }
        }
        return nil
    }

    static let comparisonMarks = WordTable(words: ["<", ">", "="], value: true)
    static let than = WordKey("than"), to = WordKey("to"), plusWord = WordKey("plus")

    /// The hedge after a figure combined with the one before it: "about 500 or more" is at least
    /// 500 (the comparison wins over "about"); "less than 5000 or equal" closes the open side.
    static func applyAfter(_ q: QuantityText, _ end: Int, hedge: inout Hedge, end newEnd: inout Int) {
        guard let h = after(q, end) else { return }
        if h.hedge == .exact {
            switch hedge {
            case .moreThan: hedge = .atLeast
            case .lessThan: hedge = .atMost
            case .atLeast, .atMost: break
            default: return
            }
            newEnd = h.end
            return
        }
        guard hedge == .exact || hedge == .approximate else { return }
        hedge = h.hedge; newEnd = h.end
    }

    /// The hedge phrase starting at token `end`: its hedge and one past its last token.
    static func after(_ q: QuantityText, _ end: Int) -> (hedge: Hedge, end: Int)? {
        guard q.inside(end), let phrases = afterIndex[q.tokens[end].key] else { return nil }
        for p in phrases {
            let n = p.words.count
            guard end + n <= q.hi else { continue }
            var ok = true
            for (m, w) in p.words.enumerated() where q.tokens[end + m].key != w { ok = false; break }
            // "plus" only as "50-plus" or "50 plus" at the end of a phrase, not "50 plus tax".
            if ok && p.words.count == 1 && p.words[0] == plusWord && q.isWord(end + 1) { ok = false }
            if ok {
                // "or less than 6000", "or equal to 6000": a comparison of the next figure, not of this one.
                let e = end + n
                if q.key(e) == than { return nil }
                if (p.words.last == than || p.words.last == to), q.isNumber(e) || NumberWords.cardinalTable[q.key(e)] != nil
                    || q.isHyphen(e) && q.isNumber(e + 1) { return nil }
                return (p.hedge, e)
            }
        }
        return nil
    }
}
