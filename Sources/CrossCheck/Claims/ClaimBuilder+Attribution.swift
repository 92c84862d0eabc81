extension ClaimBuilder {
    static let determiners = WordTable(words: ["the", "a", "an", "its", "his", "her", "their", "our"], value: true)

    /// Parties that are credited without a determiner ("police said").
    static let bareParties = WordTable(words: [
        "police", "officials", "authorities", "analysts", "witnesses", "residents", "organisers", "organizers",
        "prosecutors", "investigators", "experts", "economists", "rescuers", "doctors", "sources", "observers",
    ], value: true)

    /// Who the sentence credits: "<party> said", "<party>, <role>, said", ", said <party>", "according to <party>".
    /// Read once per sentence.
    func attribution(in view: SentenceView) -> Attribution? {
        let tokens = view.tokens
        let range = view.sentence.tokens
        // A capitalised "States" or "Reports" is a name ("the United States"), not a verb.
        for i in range where tokens[i].kind == .word && MeasureLexicon.reportingVerbs.contains(tokens[i].key)
            && (!tokens[i].isCapitalized || i == range.lowerBound) {
            let isRelay = MeasureLexicon.relayVerbs.contains(tokens[i].key)
            if tokens[i].key == "according" {
                guard i + 1 < range.upperBound, tokens[i + 1].key == "to",
                      let party = phrase(startingAt: i + 2, view: view) else { continue }
                return make(party, relay: false)
            }
            var j = i - 1
            // Passive and relative uses ("who have been told", "was reported") credit no one.
            if j >= range.lowerBound, ["been", "be", "being", "who", "which", "that"].contains(view.word(j).lowercased()) { continue }
            while j >= range.lowerBound, tokens[j].kind == .word, ["has", "have", "had", "was", "were", "is", "also", "reportedly"].contains(view.word(j).lowercased()) { j -= 1 }
            // "<party>, <role>, said": step over the appositive.
            if j >= range.lowerBound, tokens[j].key == "," {
                var k = j - 1
                while k > range.lowerBound, j - k < 15, tokens[k].key != "," { k -= 1 }
                if k > range.lowerBound, tokens[k].key == ",", tokens[k - 1].kind == .word { j = k - 1 }
            }
            if j >= range.lowerBound, tokens[j].kind == .word, let party = phrase(endingAt: j, view: view), isParty(party) {
                return make(party, relay: isRelay && tokens[j].isCapitalized)
            }
            // "…, said <party>." / "…" said <party>: the phrase must close the clause.
            let afterQuoteOrComma = i > range.lowerBound && [",", "\"", "”"].contains(view.word(i - 1))
            if afterQuoteOrComma, i + 1 < range.upperBound, let party = phrase(startingAt: i + 1, view: view), isParty(party) {
                let endIndex = view.tokenIndex(atOrAfter: tokens[i + 1].start + party.utf8.count)
                if endIndex >= range.upperBound || tokens[endIndex].kind == .punct { return make(party, relay: false) }
            }
        }
        return nil
    }

    /// A credited party is a name, a phrase with a determiner, or a bare party noun ("police").
    func isParty(_ phrase: String) -> Bool {
        let words = phrase.split(separator: " ")
        guard let first = words.first else { return false }
        if first.first?.isUppercase == true { return true }
        if ["the", "a", "an"].contains(first.lowercased()) && words.count >= 2 { return true }
        return words.count == 1 && ClaimBuilder.bareParties.contains(WordKey(String(first)))
    }

    private func make(_ party: String, relay: Bool) -> Attribution {
        let words = party.split(separator: " ").map { String($0) }
        let normalised = EntityLexicon.normalise(words.filter { !["the", "a", "an"].contains($0.lowercased()) }.joined(separator: " "))
        let key = entities.aliases[normalised] ?? normalised
        return Attribution(party: party, key: key, isRelay: relay)
    }

    /// A noun phrase of at most five words ending at `end`: a run of capitalised words, or
    /// lower-case words back to a determiner ("the foreign ministry").
    func phrase(endingAt end: Int, view: SentenceView) -> String? {
        let tokens = view.tokens
        var start = end
        let capitalised = tokens[end].isCapitalized
        while start - 1 >= view.sentence.tokens.lowerBound, end - start < 4 {
            let t = tokens[start - 1]
            if t.kind == .punct, t.key == ".", !t.spaceBefore { start -= 1; continue }
            if t.kind == .punct, t.key == "-", !t.spaceBefore { start -= 1; continue }
            // "Seoul's foreign ministry": keep the possessor.
            if t.kind == .word, t.key == "s", start - 2 >= view.sentence.tokens.lowerBound,
               tokens[start - 2].key == "'" || tokens[start - 2].key == WordKey("’") {
                start -= 2
                if start - 1 >= view.sentence.tokens.lowerBound, tokens[start - 1].kind == .word { start -= 1 }
                break
            }
            guard t.kind == .word else { break }
            if capitalised {
                guard t.isCapitalized || ClaimBuilder.determiners.contains(t.key) || t.key == "of" else { break }
                start -= 1
                if ClaimBuilder.determiners.contains(t.key) { break }
            } else {
                if ClaimBuilder.determiners.contains(t.key) { start -= 1; break }
                if ClaimBuilder.skipWords.contains(t.key) { break }
                start -= 1
            }
        }
        if !capitalised, !ClaimBuilder.determiners.contains(tokens[start].key), end == start { return view.word(end) }
        return view.text.text(ByteRange(tokens[start].start, tokens[end].end))
    }

    func phrase(startingAt start: Int, view: SentenceView) -> String? {
        let tokens = view.tokens
        guard start < view.sentence.tokens.upperBound, tokens[start].kind == .word else { return nil }
        var end = start
        if ClaimBuilder.determiners.contains(tokens[start].key) { end += 1 }
        while end + 1 < view.sentence.tokens.upperBound, end - start < 4 {
            let t = tokens[end + 1]
            if t.kind == .word, t.isCapitalized || !ClaimBuilder.skipWords.contains(t.key) && !tokens[end].isCapitalized == !t.isCapitalized {
                end += 1; continue
            }
            if t.kind == .punct, t.key == ".", !t.spaceBefore, tokens[end].isCapitalized { end += 1; continue }
            break
        }
        guard end < view.sentence.tokens.upperBound else { return nil }
        return view.text.text(ByteRange(tokens[start].start, tokens[end].end))
    }
}
