/// Counts of things: a figure with the noun it counts ("14,200 troops", "some 3,000 Irish
/// nurses", "seven rounds of talks", "the 14,200-strong force", "3,000 Canadians"), `value.unit`
/// being the noun's lemma; and vague counts ("thousands of workers", "dozens", "tens of thousands")
/// as intervals with hedge `vague`. The span runs from the hedge through the counted noun. A figure
/// without a noun is left to `NumberRecognizer`.
///
/// The noun is found without a tagger: after the figure, up to three modifiers (capitalised words,
/// hyphenated compounds, adjectives by list or suffix) may precede it; the first plural word is the
/// noun, otherwise the first word that is not a modifier; function words, units of time and
/// measure, currencies and percent words stop the search (`CountLexicon`).
public struct CountRecognizer: QuantityStepRecognizer {
    public init() {}

    /// Reads what starts at token `i`; returns the token to go on from.
    static func step(_ q: QuantityText, at i: Int, figure: inout FigureAt, widths: HedgeWidths, into mentions: inout [Mention]) -> Int {
            let t = q.tokens[i]
            if t.kind == .word, let base = CountLexicon.vagueTable[t.key], let (m, end) = Self.vague(q, at: i, base: base, widths: widths) {
                mentions.append(m); return end
            }
            if t.kind == .word, let (m, end) = Self.none(q, at: i) {
                mentions.append(m); return end
            }
            guard let f = figure.get(q, i) else { return i + 1 }
            if let (m, end) = Self.count(q, f, widths: widths) {
                mentions.append(m); return end
            }
            return max(i + 1, f.end)
    }

    static func count(_ q: QuantityText, _ f: Figure, widths: HedgeWidths) -> (Mention, Int)? {
        guard !f.fraction || f.value >= 1, f.value >= 0 else { return nil }
        var f = f
        var hedge = Hedge.exact, start = f.start
        let between = q.key(f.start - 1) == Keys.between
        var second: Figure? = nil
        if let g = Ranges.second(q, after: &f, at: f.end, between: between) {
            second = g; hedge = .range
        }
        let last = second ?? f
        var headAt: Int? = nil
        // "the 14,200-strong force"
        if q.isHyphen(last.end), q.touches(last.end), q.key(last.end + 1) == Keys.strong, q.touches(last.end + 1) {
            let a = last.end + 2
            // "the 14,200-strong KFOR stays": "-strong" takes a singular group noun, so an acronym
            // followed by a plural-looking word ("stays", "remains") is the group itself.
            if q.isWord(a), q.tokens[a].flags.contains(.allCaps), q.tokens[a].end - q.tokens[a].start >= 2,
               !q.isWord(a + 1) || Lemmatizer.isPlural(q.text.source.bytes, q.tokens[a + 1].range, key: q.tokens[a + 1].key) {
                headAt = a
            } else {
                headAt = head(q, from: a, singularOK: true)
            }
        } else {
            if q.isHyphen(last.end) && q.touches(last.end) { return nil } // "two-day", "5-year-old": a compound modifier
            if last.compound { return nil } // "a 500-million budget" modifies the budget
            headAt = head(q, from: last.end, singularOK: true)
            // "4.7 million of the sleepers", "12 of their aircraft": a share of a known set counts
            // its members (not "one of the", which singles one out).
            if headAt == nil, second == nil, f.value >= 2, q.key(last.end) == Keys.of,
               Self.partitiveDeterminers.contains(q.key(last.end + 1)),
               let h = head(q, from: last.end + 2, singularOK: false) {
                headAt = h
            }
        }
        guard let h = headAt else { return nil }
        // "the 2020 budget": a year before a singular noun is an adjective, not a count.
        if second == nil, f.plainDigits, f.digitCount == 4, f.value >= 1800, f.value <= 2099,
           !Lemmatizer.isPlural(q.text.source.bytes, q.tokens[h].range, key: q.tokens[h].key) { return nil }
        // A year before a noun only after a preposition is still a year ("in 2019 workers…").
        if second == nil, NonQuantity.excluded(q, f, yearOK: true) { return nil }
        var end = h + 1
        if second != nil {
            if between || q.key(f.start - 1) == Keys.from { start = f.start - 1 }
        } else if let hb = Hedges.before(q, f.start) {
            hedge = hb.hedge; start = hb.start
        }
        Hedges.applyAfter(q, end, hedge: &hedge, end: &end)
        let noun = q.text.text(q.tokens[h].range)
        let unit = Lemmatizer.lemma(noun)
        let value = second.map { Intervals.range(f, $0, unit: unit, widths: widths) }
            ?? Intervals.value(f, hedge: hedge, unit: unit, widths: widths)
        let m = Mention(kind: .count, range: q.range(start, end), hedge: hedge,
                        direction: ChangeDirection.of(q, start: start, end: end), value: value)
        return (m, end)
    }

    /// The counted noun starting the search at token `j`, or nil.
    static func head(_ q: QuantityText, from j: Int, singularOK: Bool) -> Int? {
        var k = j, modifiers = 0
        let bytes = q.text.source.bytes
        while q.inside(k), modifiers <= 3 {
            let t = q.tokens[k]
            guard t.kind == .word else { return nil }
            if t.end - t.start == 1 || NumberWords.ordinalTable[t.key] != nil { return nil }
            if CountLexicon.stopTable.contains(t.key) || CurrencyLexicon.nameTable[t.key] != nil
                || NumberWords.cardinalTable[t.key] != nil || MoneyRecognizer.code(q, k) != nil && t.flags.contains(.allCaps) { return nil }
            // A hyphenated compound ("full-time", "front-line") is one modifier, unless its last part is the noun.
            if q.isHyphen(k + 1), q.touches(k + 1), q.isWord(k + 2), q.touches(k + 2) {
                k += 3; modifiers += 1
                if !q.isWord(k) || CountLexicon.stopTable.contains(q.key(k)) { return k - 1 }
                continue
            }
            if Lemmatizer.isPlural(bytes, t.range, key: t.key) { return k }
            // A brand name with a joining mark ("Rock 'n Play sleepers", "Ben & Jerry's tubs") is
            // one modifier: its mark and the word after it are skipped.
            if t.isCapitalized, q.inside(k + 2), q.tokens[k + 1].kind == .punct, Self.nameJoiners.contains(q.key(k + 1)),
               q.isWord(k + 2), q.isWord(k + 3) {
                k += 3; modifiers += 1
                continue
            }
            let nextIsWord = q.isWord(k + 1) && !CountLexicon.stopTable.contains(q.key(k + 1))
            if nextIsWord && (t.isCapitalized || CountLexicon.adjectiveTable.contains(t.key) || hasAdjectiveSuffix(bytes, t.range)) {
                k += 1; modifiers += 1; continue
            }
            if hasAdjectiveSuffix(bytes, t.range) && !t.isCapitalized && !CountLexicon.collectiveTable.contains(t.key) { return nil } // "500 died"
            // A noun before a plural noun is a compound's modifier: "service members", "police
            // officers", "aid workers". The last noun is the head (unit "member"); the span keeps
            // the modifier, so "service member" can still be read from it.
            if nextIsWord, !t.isCapitalized, !q.tokens[k + 1].isCapitalized,
               Lemmatizer.isPlural(bytes, q.tokens[k + 1].range, key: q.tokens[k + 1].key),
               !hasAdjectiveSuffix(bytes, q.tokens[k + 1].range) || Lemmatizer.irregularPlural[q.tokens[k + 1].key] == true {
                return k + 1
            }
            // after modifiers, only a plural or a collective noun is the head ("a dozen arrived late")
            if modifiers > 0 && !CountLexicon.collectiveTable.contains(t.key) { return nil }
            return singularOK ? k : nil
        }
        return nil
    }

    /// Marks inside a brand name: "Rock 'n Play", "Johnson & Johnson", "Ben & Jerry's".
    static let nameJoiners: Set<WordKey> = [WordKey("'"), WordKey("’"), WordKey("‘"), WordKey("&")]
    static let partitiveDeterminers: Set<WordKey> = [Keys.the, WordKey("its"), WordKey("their"), WordKey("these"), WordKey("those")]

    static let suffixes: [[UInt8]] = CountLexicon.adjectiveSuffixes.map { Array($0.utf8) }

    static func hasAdjectiveSuffix(_ bytes: [UInt8], _ r: ByteRange) -> Bool {
        for s in suffixes where r.length > s.count + 2 {
            var ok = true
            for (n, c) in s.enumerated() where bytes[r.end - s.count + n] | 0x20 != c { ok = false; break }
            if ok { return true }
        }
        return false
    }

    /// "No deaths have been reported", "there were no injuries", "no one was killed": a count of
    /// zero, which a later "one death" makes a running total that grew, and a same-day "two
    /// injured" contradicts. Only harms are read so: "no homes", "no comment" are not news counts.
    static func none(_ q: QuantityText, at i: Int) -> (Mention, Int)? {
        let k = q.key(i)
        if k == Keys.no, q.isWord(i + 1), let unit = CountLexicon.zeroCountNouns[q.key(i + 1)] {
            return (zero(q, i, i + 2, unit: unit), i + 2)
        }
        // "no one was killed", "nobody was hurt": the harm verb must follow closely.
        var end = i + 1
        if k == Keys.no, q.key(i + 1) == Keys.one { end = i + 2 } else if k != Keys.nobody { return nil }
        for j in end..<(end + 4) where q.isWord(j) && CountLexicon.zeroHarmVerbs.contains(q.key(j)) {
            return (zero(q, i, end, unit: "person"), end)
        }
        return nil
    }

    static func zero(_ q: QuantityText, _ start: Int, _ end: Int, unit: String) -> Mention {
        Mention(kind: .count, range: q.range(start, end), value: QuantityValue(low: 0, high: 0, point: 0, unit: unit))
    }

    /// "thousands of workers", "dozens", "tens of thousands of people", "hundreds of thousands".
    static func vague(_ q: QuantityText, at i: Int, base: Double, widths: HedgeWidths) -> (Mention, Int)? {
        var b = base, end = i + 1
        // the plural must not follow a figure ("3 dozens" is a number)
        if q.isNumber(i - 1) || NumberWords.cardinalTable[q.key(i - 1)] != nil { return nil }
        if q.key(end) == Keys.of, let second = CountLexicon.vagueTable[q.key(end + 1)], second >= 1000, second > base {
            b *= second; end += 2
        } else if base == 10 {
            return nil // "tens" alone
        }
        var unit: String? = nil
        var stop = end
        if q.key(end) == Keys.of, let h = head(q, from: end + 1, singularOK: false) {
            unit = Lemmatizer.lemma(q.text.text(q.tokens[h].range)); stop = h + 1
        } else if let h = head(q, from: end, singularOK: false), h == end || h == end + 1 {
            unit = Lemmatizer.lemma(q.text.text(q.tokens[h].range)); stop = h + 1
        }
        var start = i
        if let hb = Hedges.before(q, i), hb.hedge == .approximate || hb.hedge == .moreThan { start = hb.start }
        let m = Mention(kind: unit == nil ? .number : .count, range: q.range(start, stop), hedge: .vague,
                        direction: ChangeDirection.of(q, start: start, end: stop), value: Intervals.vague(base: b, unit: unit, widths: widths))
        return (m, stop)
    }
}
