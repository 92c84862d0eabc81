/// Whose a figure is: the named thing it belongs to, read from the words around it ("“Nightfall”
/// ($82 million)", "Velan-2, which cost its agency $40 million", "Pell-4's budget").
extension ClaimBuilder {
    /// The named thing a figure belongs to: in brackets right after a name ("“Nightfall” ($82
    /// million)"), in a relative clause after one ("Velan-2, which cost its agency $40
    /// million"), or a possessive before it ("Pell-4's budget of $61 million").
    func owner(_ tokens: Range<Int>, view: SentenceView) -> String? {
        if let name = parentheticalOwner(tokens, view: view) { return name }
        let lo = max(view.sentence.tokens.lowerBound, tokens.lowerBound - 10)
        var i = tokens.lowerBound - 1
        while i > lo {
            let t = view.tokens[i]
            // "<Name>, which …": the relative clause's figure is the name's.
            if t.kind == .word, t.key == "which" || t.key == "that", view.tokens[i - 1].key == ",", i - 2 >= lo,
               let name = nameEnding(at: i - 2, view: view) { return name }
            // "<Name>'s budget of …"
            if t.kind == .word, t.key == "s", view.tokens[i - 1].key == "'" || view.tokens[i - 1].key == WordKey("’"), i - 2 >= lo,
               tokens.lowerBound - i <= 4, !ClaimBuilder.contractedWords.contains(view.tokens[i - 2].key),
               let name = nameEnding(at: i - 2, view: view) { return name }
            if t.kind == .punct, t.key == "." || t.key == ";" { break }
            i -= 1
        }
        return relativeOwner(tokens, view: view)
    }

    /// "the Harlow Ridge fire, which burned 12,000 acres and destroyed 300 homes": a
    /// named thing with its common noun before ", which", further back than `owner` looks (a
    /// relative clause lists several figures). Whether the figure sits inside the relative clause
    /// or in the main clause after it, the thing named is the subject of both.
    func relativeOwner(_ tokens: Range<Int>, view: SentenceView) -> String? {
        let lo = max(view.sentence.tokens.lowerBound, tokens.lowerBound - 30)
        var i = tokens.lowerBound - 1
        while i > lo + 2 {
            let t = view.tokens[i]
            if t.kind == .punct, t.key == "." || t.key == ";" || t.key == ":" { return nil }
            if t.kind == .word, t.key == "which", view.tokens[i - 1].key == ",", view.tokens[i - 2].kind == .word,
               !view.tokens[i - 2].isCapitalized, view.tokens[i - 3].kind == .word, view.tokens[i - 3].isCapitalized,
               let name = nameEnding(at: i - 3, view: view) {
                return name + " " + Lemmatizer.lemma(view.word(i - 2).lowercased())
            }
            i -= 1
        }
        return nil
    }

    /// Currency words that may stand before a bracketed amount ("in dollars ($31 million)").
    static let currencyWords: Set<String> = ["dollars", "dollar", "euros", "euro", "pounds", "rupees", "yen", "yuan", "us", "u.s."]

    /// Words whose "'s" is "is" or "has" ("That's up from 12%", "It's burning"), never a possessive.
    static let contractedWords = WordTable(words: ["that", "it", "there", "here", "what", "who", "where", "how", "he", "she",
                                                   "let", "this", "today", "everything", "nothing", "everyone"], value: true)

    /// A capitalised name ending at token `end` ("Velan-2", "The Long Coast"), lower-cased, or
    /// the lexicon's key for it.
    func nameEnding(at end: Int, view: SentenceView) -> String? {
        var i = end
        var parts: [String] = []
        while i >= view.sentence.tokens.lowerBound, parts.count < 6 {
            let t = view.tokens[i]
            if t.kind == .word, t.isCapitalized { parts.insert(view.word(i).lowercased(), at: 0) }
            else if t.kind == .number || (t.key == "-" && !t.spaceBefore), !parts.isEmpty || t.kind == .number { parts.insert(view.word(i), at: 0) }
            else { break }
            i -= 1
        }
        // "The Harlow Ridge fire's" at the start of a sentence and "the Harlow Ridge fire's" inside one name one thing.
        while let f = parts.first, f == "-" || f == "the" || f.first?.isNumber == true { parts.removeFirst() }
        guard parts.contains(where: { $0.first?.isLetter == true && $0.first?.isUppercase == false }) || !parts.isEmpty,
              parts.first?.first?.isLetter == true else { return nil }
        let name = parts.joined(separator: " ").replacingOccurrences(of: " - ", with: "-")
        if let key = entities.aliases[EntityLexicon.normalise(name)] { return key }
        return name
    }

    /// "“Nightfall” ($82 million)", "Velan-3 ($40M)": a figure in brackets right after a
    /// name is that name's figure.
    func parentheticalOwner(_ tokens: Range<Int>, view: SentenceView) -> String? {
        var i = tokens.lowerBound - 1
        guard i > view.sentence.tokens.lowerBound, view.tokens[i].key == "(" else { return nil }
        i -= 1
        while i >= view.sentence.tokens.lowerBound, view.tokens[i].kind == .punct,
              ["\"", "”", "’", "'"].contains(view.word(i)) { i -= 1 }
        var words: [String] = []
        while i >= view.sentence.tokens.lowerBound, words.count < 5 {
            let t = view.tokens[i]
            if t.kind == .word, t.isCapitalized || (t.kind == .word && !words.isEmpty && t.key == "-") { words.insert(view.word(i).lowercased(), at: 0) }
            else if t.kind == .number, !words.isEmpty || view.tokens[i + 1].key == "(" { words.insert(view.word(i), at: 0) }
            else if t.key == "-", !t.spaceBefore { words.insert("-", at: 0) }
            else { break }
            i -= 1
        }
        while words.first == "-" || words.first == "the" { words.removeFirst() }
        guard words.contains(where: { $0.first?.isLetter == true }) else { return nil }
        // "converted to USD ($31 million)": a currency names the figure's unit, not its owner.
        if words.count == 1, let w = words.first, ExchangeRates.knows(w.uppercased()) || ClaimBuilder.currencyWords.contains(w) { return nil }
        if let key = entities.aliases[EntityLexicon.normalise(words.joined(separator: " "))] { return key }
        return words.joined(separator: " ").replacingOccurrences(of: " - ", with: "-")
    }

    /// Whether a capitalised word right after token `i` carries a name on ("U.S. Forest Service").
    func continuesAName(after i: Int, view: SentenceView) -> Bool {
        var j = i + 1
        while j < view.sentence.tokens.upperBound, view.tokens[j].kind == .punct, view.tokens[j].key == "." { j += 1 }
        return j < view.sentence.tokens.upperBound && view.tokens[j].kind == .word && view.tokens[j].isCapitalized
    }

    /// An entity alias whose last token is `end` (the longest one), read from the source text so
    /// that "U.S." matches whatever its tokens.
    func entity(endingAt end: Int, view: SentenceView) -> (String, Int)? {
        var best: (String, Int)?
        var i = end
        var words = 0
        while i >= view.sentence.tokens.lowerBound, words < entities.longest + 3 {
            let t = view.tokens[i]
            if t.kind == .punct && t.key == "." { i -= 1; continue }
            guard t.kind == .word else { break }
            words += 1
            let phrase = view.text.text(ByteRange(t.start, view.tokens[end].end))
            if let key = entities.key(for: phrase) { best = (key, i) }
            i -= 1
        }
        return best
    }

    func entity(startingAt start: Int, view: SentenceView) -> (String, Int)? {
        var best: (String, Int)?
        var i = start
        var words = 0
        while i < view.sentence.tokens.upperBound, words < entities.longest + 3 {
            let t = view.tokens[i]
            if t.kind == .punct && t.key == "." { i += 1; continue }
            guard t.kind == .word else { break }
            words += 1
            let phrase = view.text.text(ByteRange(view.tokens[start].start, t.end))
            if let key = entities.key(for: phrase) { best = (key, i) }
            i += 1
        }
        return best
    }
}
