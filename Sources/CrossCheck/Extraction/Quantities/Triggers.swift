/// A one-probe filter over every word that can start a quantity (number words, currency codes,
/// vague counts, multiples, ordinals). Recognizers test it before any table look-up, so ordinary
/// words cost one multiply and one bit test. False positives only cost the full look-up.
struct Triggers: Sendable {
    let bits: [UInt64]

    static let shared = Triggers()

    /// A filter over the given words.
    init(words: [String]) {
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        for w in words {
            let h = Triggers.slot(WordKey(w))
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
        self.bits = bits
    }

    init() {
        var words: [String] = []
        words += NumberWords.cardinals.keys
        words += NumberWords.zeroWords.keys
        words += NumberWords.ordinals.keys
        words += NumberWords.compoundOrdinals.keys
        words += ["half", "quarter", "minus", "negative"]
        words += CurrencyLexicon.codes.keys
        words += CountLexicon.vague.keys
        words += MultipleLexicon.foldWords.keys
        words += MultipleLexicon.verbs.keys
        words += ["percent", "percents", "per"]              // "percent of 10"
        words += ["no", "nobody"]                            // "no deaths", "nobody was hurt"
        words += ["½", "⅓", "⅔", "¼", "¾", "⅕", "⅖", "⅗", "⅘", "⅙", "⅚", "⅛", "⅜", "⅝", "⅞"]
        words += CurrencyLexicon.namesBeforeFigure           // "ringgit 42"
        // "magnitude 6.8", "aged 64", "half a mile"; the articles are decided by the word after them
        words += MeasurementRecognizer.startWords.filter { $0 != "a" && $0 != "an" }
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        for w in words {
            let h = Triggers.slot(WordKey(w))
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
        self.bits = bits
    }

    @inline(__always) static func slot(_ key: WordKey) -> Int {
        let h = (key.lo &* 0x9E37_79B9_7F4A_7C15) ^ (key.hi &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(key.length)
        return Int(truncatingIfNeeded: h >> 48) // 16 bits
    }

    @inline(__always) func mayStart(_ key: WordKey) -> Bool {
        let h = Triggers.slot(key)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// Whether token `i` can start a quantity for any recognizer: numbers, currency signs, marks
    /// before a digit, filtered words, and "a"/"an" before a scale word, fraction or currency name.
    @inline(__always) func relevant(_ q: QuantityText, _ i: Int) -> Bool {
        let t = q.tokens[i]
        switch t.kind {
        case .number, .symbol: return true
        case .punct: return q.isNumber(i + 1) || mayStart(t.key) // a digit next, or "¾"
        case .word:
            if mayStart(t.key) { return true }
            if t.key == Keys.a || t.key == Keys.an {
                let n = q.key(i + 1)
                return q.isWord(i + 1) && (NumberWords.hundredTable[n] != nil || NumberWords.cardinalTable[n] != nil
                    || n == Keys.couple || n == Keys.pair || NumberWords.scaleWordTable[n] != nil
                    || NumberWords.dozenTable[n] != nil || NumberWords.denominatorTable[n] != nil || CurrencyLexicon.nameTable[n] != nil
                    || UnitLexicon.forms[n] != nil)
            }
            return false
        }
    }
}
