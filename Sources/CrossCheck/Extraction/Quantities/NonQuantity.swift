/// The negative table: figures that are not money, counts or numbers to check. Years ("in 2019"),
/// dates ("March 17", "2020-03-17", "3/17/2020"), times ("at 3:30", "10 a.m."), phone numbers
/// ("555-0142", "(02) 3210-4567"), scores ("won 3-1"), street numbers ("12 Main Street") and labels
/// ("COVID-19", "G20", "F-35", "No. 10", "Article 5"). Money and percents with an explicit unit only
/// consult the parts that apply to them (`yearOK`).
enum NonQuantity {
    static func excluded(_ q: QuantityText, _ f: Figure, yearOK: Bool = false, inRange: Bool = false) -> Bool {
        let s = f.firstDigits >= 0 ? f.firstDigits : f.start
        let e = f.end
        let before = s - 1
        // Years: a bare 4-digit figure from 1800 to 2099, or "1990s".
        if f.plainDigits && f.digitCount == 4 && f.value >= 1800 && f.value <= 2099 && !yearOK { return true }
        if f.plainDigits && f.digitCount == 4 && f.value >= 1800 && f.value <= 2099,
           NonQuantityLexicon.yearPrepositionTable.contains(q.key(f.start - 1)) { return true }
        if f.firstDigits >= 0, q.key(e) == Keys.s, q.touches(e) { return true }
        // Dates: "March 17", "Jan. 5", "17 March", "January 14-15".
        if f.firstDigits >= 0 && !f.scaled {
            if NonQuantityLexicon.monthTable.contains(q.key(before)) && q.isWord(before) { return true }
            if q.key(before) == Keys.dot, NonQuantityLexicon.monthTable.contains(q.key(before - 1)) { return true }
            if f.plainDigits, f.value >= 1, f.value <= 31, NonQuantityLexicon.monthTable.contains(q.key(e)), q.isWord(e),
               q.tokens[e].isCapitalized { return true }
        }
        // A unit or code glued to the digits: "180ml", "29km", "1e10", "5G" (but "115USD" is money).
        if f.firstDigits >= 0, !f.scaled, q.isWord(e), q.touches(e), q.tokens[e - 1].kind == .number,
           CurrencyLexicon.codeTable[q.key(e)] == nil, CurrencyLexicon.nameTable[q.key(e)] == nil,
           CurrencyLexicon.dollarPrefixTable[q.key(e)] == nil, !OrdinalRecognizer.suffixes.contains(q.key(e)),
           MultipleLexicon.foldTable[q.key(e)] == nil, q.key(e) != Keys.fold, q.key(e) != Keys.p,
           PercentLexicon.wordTable[q.key(e)] == nil, !PercentLexicon.basisPoints.contains(q.key(e)) { return true } // "50p" is pence, "2.5pc" a percent
        if inRange { return false }
        // Chains of figures joined by marks without spaces: dates, phone numbers, scores, codes.
        if f.firstDigits >= 0 {
            let k = q.key(e)
            if (q.isHyphen(e) || k == Keys.slash || k == Keys.colon || k == Keys.dot), q.touches(e), q.isNumber(e + 1), q.touches(e + 1) { return true }
            let kb = q.key(before)
            if (q.isHyphen(before) || kb == Keys.slash || kb == Keys.colon), q.touches(s), q.inside(before - 1), q.touches(before),
               q.isNumber(before - 1) || q.tokens[before - 1].kind == .word || q.key(before - 1) == Keys.closeParen { return true }
            // Label glued to a word: "G20", "F-35" (handled above), "A380".
            if q.isWord(before), q.touches(s) { return true }
            // "(02) 3210": a parenthesised code before the figure.
            if q.key(before) == Keys.closeParen, q.isNumber(before - 1), q.digitShape(before - 1).leadingZero { return true }
            if f.plainDigits, q.digitShape(s).leadingZero, q.key(before) == Keys.openParen { return true }
            // "+1-222-2222" is a phone number; "+0.2%" a rise
            if q.key(before) == Keys.plus, q.touches(s), q.key(e) != Keys.percent, PercentLexicon.wordTable[q.key(e)] == nil { return true }
            // Times: "10 a.m.", "10am", "3 pm".
            if NonQuantityLexicon.clockTable.contains(q.key(e)) && q.isWord(e) && !f.scaled { return true }
            if (q.key(e) == Keys.a || q.key(e) == Keys.p), q.key(e + 1) == Keys.dot, q.key(e + 2) == Keys.m { return true }
            // Labels: "No. 10", "Article 5", "#3".
            if NonQuantityLexicon.labelTable.contains(q.key(before)) && (q.tokens[before].isCapitalized || q.tokens[before].kind != .word) && !f.scaled { return true }
            if q.key(before) == Keys.dot, q.key(before - 1) == WordKey("no") { return true }
            // Addresses: "12 Main Street".
            if f.plainDigits, q.isWord(e), q.tokens[e].isCapitalized {
                var j = e
                while j < e + 3, q.isWord(j), q.tokens[j].isCapitalized { j += 1 }
                if j > e, NonQuantityLexicon.streetTable.contains(q.key(j - 1)) { return true }
            }
        }
        // "the one", "which one": a pronoun.
        if f.firstDigits < 0 && f.value == 1 && f.end - f.start == 1 && q.key(f.start) == Keys.one {
            if NonQuantityLexicon.pronounOneTable.contains(q.key(f.start - 1)) { return true }
        }
        return false
    }
}
