/// The words around a claim, normalised so that two wordings of one fact share them: content words
/// only, lower-cased and lemmatised, and words of one synonym class replaced by their concept
/// ("penalty" and "fine" are both "fine"; "started" and "ignited" are both "start").
enum ContextWords {
    /// How far from the figure, in tokens, a word still counts as near it.
    static let localWindow = 8

    struct Sentence {
        var words: [String]
        var names: [String]
    }

    /// The content words and names of a whole sentence.
    static func sentence(_ view: SentenceView) -> Sentence {
        var words = Set<String>(), names = Set<String>()
        for i in view.sentence.tokens {
            guard let w = normalised(i, view: view) else { continue }
            words.insert(w)
            if isName(i, view: view) { names.insert(w) }
        }
        return Sentence(words: words.sorted(), names: names.sorted())
    }

    /// The context of the claim at `tokens`: content words of its clause within `localWindow`, and
    /// the sentence's words and names.
    static func context(_ tokens: Range<Int>, view: SentenceView, sentence: Sentence) -> ClaimContext {
        let clause = view.clause(around: tokens)
        let lo = max(clause.lowerBound, tokens.lowerBound - localWindow)
        let hi = min(clause.upperBound, tokens.upperBound + localWindow)
        var local = Set<String>()
        for i in lo..<hi where !tokens.contains(i) {
            if let w = normalised(i, view: view) { local.insert(w) }
        }
        // The counted noun inside a count mention ("32 infant deaths") says what is counted.
        for i in tokens where view.tokens[i].kind == .word {
            if let w = normalised(i, view: view) { local.insert(w) }
        }
        return ClaimContext(local: local.sorted(), sentence: sentence.words, names: sentence.names)
    }

    /// A capitalised word that is not merely the first word of the sentence.
    static func isName(_ i: Int, view: SentenceView) -> Bool {
        let t = view.tokens[i]
        guard t.kind == .word, t.isCapitalized else { return false }
        if i == view.sentence.tokens.lowerBound { return false }
        let prev = view.tokens[i - 1]
        // After an opening quote or a sentence-like break the capital is grammatical.
        if prev.kind == .punct, prev.key == "\"" || prev.key == WordKey("“") || prev.key == ":" { return false }
        return true
    }

    /// The normalised form of a word token, or nil for numbers, punctuation and stop words.
    static func normalised(_ i: Int, view: SentenceView) -> String? {
        let t = view.tokens[i]
        guard t.kind == .word, t.end - t.start >= 2 else { return nil }
        guard !ConceptLexicon.stopWords.contains(t.key) else { return nil }
        // A measure's own class first, so that "deal", "takeover" and "buyout" share one word.
        if let c = MeasureLexicon.cues[t.key], c.measure != "growth" { return c.measure }
        if let c = EventLexicon.classes[t.key] ?? ConceptLexicon.events[t.key] { return c }
        let word = view.word(i)
        // Digits inside words ("Velan-3" tokenises apart; "737" is a number) are kept as written.
        return Lemmatizer.lemma(word)
    }
}
