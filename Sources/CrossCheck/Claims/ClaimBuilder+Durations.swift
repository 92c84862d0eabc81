/// Lengths of time read as claims: how long an event lasted or is to last ("sentenced to 11
/// years", "a two-day session", "the stoppage has shut the docks for 38 days").
extension ClaimBuilder {
    /// Words before a length that say how long something went on.
    static let lastedWords = WordTable(words: ["for", "after", "lasted", "lasting", "spanning"], value: true)

    func durationClaim(_ mention: Mention, view: SentenceView, id: String) -> Claim? {
        let tokenRange = view.tokenRange(mention.range)
        /// The length of what the word at `i` names.
        func lasting(_ measure: Measure, cue i: Int, phase: Phase) -> Claim {
            Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: .duration,
                  measure: measure, cue: view.word(i), phase: phase, modality: mention.modality)
        }
        // "sentenced to 11 years", "11 years in prison", "a 12-year sentence": an event word on
        // either side says what lasts.
        // "about two months after the 6th meeting" is the gap between two events, not a length.
        if tokenRange.upperBound < view.sentence.tokens.upperBound,
           ["after", "before", "since", "later", "earlier", "ago", "from"].contains(view.word(tokenRange.upperBound).lowercased()) {
            return nil
        }
        let lo = max(view.sentence.tokens.lowerBound, tokenRange.lowerBound - 3)
        let hi = min(view.sentence.tokens.upperBound, tokenRange.upperBound + 3)
        for i in (lo..<hi) where !tokenRange.contains(i) && view.tokens[i].kind == .word {
            if let cls = EventLexicon.classes[view.tokens[i].key], EventLexicon.durationEvents.contains(cls),
               i > tokenRange.lowerBound || EventLexicon.penalties.contains(cls) {
                return lasting(Measure(cls), cue: i, phase: phase(tokenRange, view: view))
            }
        }
        // "the stoppage has shut the docks for 38 days", "called off their walkout after nearly six
        // weeks": a length after "for" or "after" is how long the clause's event lasted.
        if tokenRange.lowerBound > view.sentence.tokens.lowerBound,
           ClaimBuilder.lastedWords.contains(view.tokens[tokenRange.lowerBound - 1].key) {
            let clause = view.clause(around: tokenRange)
            var k = tokenRange.lowerBound - 2
            while k >= max(clause.lowerBound, tokenRange.lowerBound - 14) {
                if view.tokens[k].kind == .word, let cls = EventLexicon.classes[view.tokens[k].key], EventLexicon.durationEvents.contains(cls) {
                    return lasting(Measure(cls), cue: k, phase: phase(k..<(k + 1), view: view))
                }
                k -= 1
            }
        }
        // "two-day session", "a two-month hiatus": the noun right after the duration is what lasts.
        var i = tokenRange.upperBound
        while i < view.sentence.tokens.upperBound, i < tokenRange.upperBound + 3 {
            let t = view.tokens[i]
            if t.kind == .word, !ClaimBuilder.skipWords.contains(t.key) {
                let known = EventLexicon.classes[t.key] != nil
                return lasting(Measure(EventLexicon.eventClass(of: t.key, word: view.word(i)), isKnown: known), cue: i,
                               phase: phase(tokenRange, view: view))
            }
            if t.kind != .word { break }
            i += 1
        }
        return nil
    }
}
