/// Words that make a quantity a change, and which way it goes.
enum DirectionLexicon {
    /// Verbs and adverbs right before the figure ("rose 5%", "cut by half", "up 3 percent").
    static let verbs: [String: Direction] = [
        "rose": .up, "rise": .up, "rises": .up, "rising": .up, "risen": .up, "grew": .up, "grow": .up, "grows": .up,
        "growing": .up, "grown": .up, "jumped": .up, "jump": .up, "jumps": .up, "climbed": .up, "climb": .up,
        "climbs": .up, "gained": .up, "gain": .up, "gains": .up, "increased": .up, "increase": .up, "increases": .up,
        "increasing": .up, "surged": .up, "surge": .up, "soared": .up, "rallied": .up, "raised": .up, "raise": .up,
        "hiked": .up, "boosted": .up, "expanded": .up, "advanced": .up, "spiked": .up, "up": .up, "higher": .up,
        "fell": .down, "fall": .down, "falls": .down, "falling": .down, "fallen": .down, "dropped": .down,
        "drop": .down, "drops": .down, "declined": .down, "decline": .down, "declines": .down, "decreased": .down,
        "decrease": .down, "slid": .down, "slide": .down, "slumped": .down, "plunged": .down, "plunge": .down,
        "tumbled": .down, "sank": .down, "sunk": .down, "shrank": .down, "shrunk": .down, "shrinks": .down,
        "cut": .down, "cuts": .down, "cutting": .down, "reduced": .down, "reduce": .down, "lowered": .down,
        "slashed": .down, "trimmed": .down, "eased": .down, "dipped": .down, "down": .down, "lower": .down,
        "lost": .down, "shed": .down, "contracted": .down, "halved": .down, "doubled": .up, "tripled": .up,
    ]

    /// Nouns of change: before "of" ("an increase of 10 percent") or after the figure ("a 5% increase").
    static let nouns: [String: Direction] = [
        "increase": .up, "increases": .up, "rise": .up, "rises": .up, "jump": .up, "gain": .up, "gains": .up,
        "hike": .up, "hikes": .up, "growth": .up, "surge": .up, "boost": .up, "climb": .up, "raise": .up,
        "expansion": .up, "upturn": .up,
        "drop": .down, "drops": .down, "decline": .down, "declines": .down, "decrease": .down, "fall": .down,
        "cut": .down, "cuts": .down, "reduction": .down, "reductions": .down, "slump": .down, "plunge": .down,
        "loss": .down, "losses": .down, "dip": .down, "contraction": .down, "downturn": .down,
    ]

    static let verbTable = WordTable(verbs)
    static let nounTable = WordTable(nouns)
}

/// Sets `direction` on the quantity of a change.
enum ChangeDirection {
    static func of(_ q: QuantityText, start: Int, end: Int) -> Direction? {
        let p = start - 1
        if q.isWord(p) {
            let k = q.tokens[p].key
            if let d = DirectionLexicon.verbTable[k] { return d }
            // "rose from 5% to 7%", "fell 3p to 250p": the level reached goes the verb's way
            if k == Keys.to, let (d, _) = verbBefore(q, p, reach: 8), (verbBefore(q, p, reach: 8)?.1 ?? p) < p - 1 { return d }
            if k == Keys.by {
                // "cut by half", "cut the staff by half"
                for b in stride(from: p - 1, through: max(q.lo, p - 4), by: -1) {
                    if let d = DirectionLexicon.verbTable[q.key(b)], q.isWord(b) { return d }
                }
            }
            if k == Keys.of, let d = DirectionLexicon.nounTable[q.key(p - 1)] { return d }
        }
        if q.isWord(end), let d = DirectionLexicon.nounTable[q.tokens[end].key] { return d }
        // "a 5 percent year-on-year increase" is left alone; one modifier word is allowed.
        if q.isWord(end), q.isWord(end + 1), let d = DirectionLexicon.nounTable[q.tokens[end + 1].key],
           !q.tokens[end].isCapitalized, q.key(end) != Keys.of { return d }
        return nil
    }
}

extension ChangeDirection {
    /// The change verb within `reach` tokens before token `i` in its clause, and where it is.
    static func verbBefore(_ q: QuantityText, _ i: Int, reach: Int) -> (Direction, Int)? {
        var j = i - 1
        while j >= max(q.lo, i - reach) {
            let k = q.tokens[j].key
            if q.isWord(j), let d = DirectionLexicon.verbTable[k], k != Keys.up && k != Keys.down || j == i - 1 { return (d, j) }
            if q.tokens[j].kind == .punct, k != Keys.hyphen, k != Keys.dot { return nil }
            j -= 1
        }
        return nil
    }

    /// Whether "to" after the figure starting at `start` names the level a change reached rather
    /// than the end of a range: the figure follows a verb of change ("fell 3p to 250p", "cut by 2%
    /// to 4%") or "from" after one ("rose from 5% to 7%"). Bounds the text gives as such ("ranging
    /// from", "between") stay a range.
    static func stepsTo(_ q: QuantityText, figureStart start: Int) -> Bool {
        var p = start - 1
        while q.isWord(p), HedgeLexicon.beforeWordTable.contains(q.key(p)), p > start - 4 { p -= 1 } // "fell nearly 3%"
        guard q.isWord(p) else { return false }
        let k = q.tokens[p].key
        if DirectionLexicon.verbTable[k] != nil { return true }
        if k == Keys.by || k == Keys.from { return verbBefore(q, p, reach: 4) != nil }
        return false
    }
}
