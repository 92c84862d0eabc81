/// Counts: what is counted (the counted noun's class), what happened to it (killed, destroyed,
/// hospitalized), and whose or where.
extension ClaimBuilder {
    /// Determiners that make a small count a reference, not a claim ("the two countries").
    static let referring = WordTable(words: ["the", "both", "these", "those", "all", "its", "their", "our"], value: true)

    /// "31 dead, including eight people in outlying hamlets", "three of 12 crew": a part of another
    /// figure. "Of" alone marks no part: "a recall of 300,000 cots", "aware of 14 deaths" and "a
    /// total of 52" state the figure itself.
    func isPartOfAnotherFigure(_ tokens: Range<Int>, view: SentenceView) -> Bool {
        let start = view.sentence.tokens.lowerBound
        guard tokens.lowerBound > start else { return false }
        let before = view.word(tokens.lowerBound - 1).lowercased()
        if before == "including" || before == "among" { return true }
        guard before == "of", tokens.lowerBound - 2 >= start else { return false }
        let part = view.tokens[tokens.lowerBound - 2]
        return part.kind == .number || ClaimBuilder.partWords.contains(part.key)
    }

    /// Words that take a part of a figure named after "of" ("most of 40 staff").
    static let partWords = WordTable(words: ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                             "some", "most", "many", "several", "all", "none", "half", "majority", "each",
                                             "both", "few", "any", "dozens", "hundreds", "thousands", "out"], value: true)

    func countClaim(_ mention: Mention, view: SentenceView, id: String, local: SentenceMentions) -> Claim? {
        let tokenRange = view.tokenRange(mention.range)
        let others = local.figureRanges(of: .count, near: tokenRange)
        if let point = mention.value?.point, point < 20, mention.hedge == .exact, tokenRange.lowerBound > view.sentence.tokens.lowerBound,
           ClaimBuilder.referring.contains(view.tokens[tokenRange.lowerBound - 1].key) {
            return nil
        }
        // "a town of 800 people": how many live there.
        if let claim = populationClaim(mention, tokenRange, view: view, id: id) { return claim }
        if isPartOfAnotherFigure(tokenRange, view: view) { return nil }
        // "Velan-3 mission", "Pell 4 probe", "Arlo 320 jets": a number right after a
        // name is part of the name.
        if tokenRange.lowerBound >= view.sentence.tokens.lowerBound + 2, view.tokens[tokenRange.lowerBound - 1].key == "-",
           !view.tokens[tokenRange.lowerBound - 1].spaceBefore, !view.tokens[tokenRange.lowerBound].spaceBefore,
           view.tokens[tokenRange.lowerBound - 2].kind == .word { return nil }
        if tokenRange.lowerBound > view.sentence.tokens.lowerBound + 1, view.tokens[tokenRange.lowerBound].kind == .number {
            let prev = view.tokens[tokenRange.lowerBound - 1]
            if prev.kind == .word, prev.isCapitalized, !ClaimBuilder.periodWords.contains(prev.key),
               !ConceptLexicon.stopWords.contains(prev.key) { return nil }
        }
        // A year used as an adjective ("the 2018 deadline") counts nothing.
        if let first = tokenRange.first, view.tokens[first].kind == .number, view.tokens[first].end - view.tokens[first].start == 4,
           let point = mention.value?.point, (1900...2100).contains(point), mention.hedge == .exact {
            return nil
        }
        let noun = headNoun(of: tokenRange, view: view) ?? mention.value?.unit ?? "thing"
        var nounClass = ConceptLexicon.countNouns[noun] ?? noun
        // Two-word nouns such as "service member".
        if tokenRange.count >= 2 {
            let last2 = view.word(tokenRange.upperBound - 2).lowercased() + " " + noun
            if let m = ConceptLexicon.countNouns[last2] { nounClass = m }
        }
        var dimension = Dimension.count(nounClass)
        // "people" and "members" say too little to set a measure against "firefighters" or "workers".
        var measure = Measure(nounClass, isKnown: ConceptLexicon.countNouns[noun] != nil && !ConceptLexicon.genericPersonClasses.contains(nounClass))
        var cue = noun
        if ClaimBuilder.harmNouns.contains(noun), MeasureLexicon.harm.contains(nounClass) {
            // "17 hospitalizations", "14 deaths": the noun names the harm itself, whatever other
            // harm the clause mentions.
            measure = Measure(nounClass)
        } else if let (e, word) = countEvent(tokenRange, view: view, others: others) {
            cue = word
            // "sickened people in 12 states": harm to people, but the count is of states.
            let countsOtherThings = ConceptLexicon.countNouns[noun] != nil && !ClaimBuilder.peopleClasses.contains(nounClass)
            if MeasureLexicon.harm.contains(e), !countsOtherThings {
                // What happened to the people is the fact; "people", "residents" and "victims" are
                // the same people.
                dimension = .count(e)
                measure = Measure(e)
            } else {
                measure = Measure(e)
            }
        }
        // "18 new cases", "another 550 homes": an increment, not the tally.
        if isIncrement(tokenRange, view: view) { measure.change = .up }
        if changeBefore(tokenRange, view: view) == .down { measure.change = .down }
        var claim = Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: dimension,
                          measure: measure, cue: cue, phase: phase(tokenRange, view: view, others: others),
                          period: period(tokenRange, view: view), modality: mention.modality)
        claim.subject = relativeOwner(tokenRange, view: view) ?? nationality(in: tokenRange, view: view)
            ?? (MeasureLexicon.harm.contains(measure.concept) ? placeSubject(tokenRange, view: view) : nil)
            ?? placeAfter(tokenRange, view: view)
            ?? placeBefore(tokenRange, view: view, local: local)
        return claim
    }

    /// Verbs by which a place states its own count ("Idaho has reported 11 cases").
    static let tallyVerbs = WordTable(words: ["has", "have", "had", "reported", "confirmed", "recorded", "counted", "logged",
                                              "registered", "now", "so", "far", "also", "identified"], value: true)

    /// "Pennsylvania has reported 20 cases": a place named as the subject of a reporting verb
    /// right before the count is where the count is.
    func placeBefore(_ tokens: Range<Int>, view: SentenceView, local: SentenceMentions) -> String? {
        let clause = view.clause(around: tokens)
        var i = tokens.lowerBound - 1
        var verbs = 0
        while i >= clause.lowerBound, view.tokens[i].kind == .word, ClaimBuilder.tallyVerbs.contains(view.tokens[i].key), verbs < 3 {
            i -= 1; verbs += 1
        }
        guard verbs > 0, i >= clause.lowerBound, view.tokens[i].kind == .word, view.tokens[i].isCapitalized else { return nil }
        if let (key, _) = entity(endingAt: i, view: view) { return key }
        if let region = RegionLexicon.region(endingAt: i, view: view) { return region }
        let places = local.near(i..<(i + 1), kinds: [.place], within: 0).filter { $0.1.contains(i) }
        guard let place = places.first, let name = place.0.name else { return nil }
        return entities.key(for: name) ?? EntityLexicon.normalise(name)
    }

    static let settlements = WordTable(words: ["town", "city", "village", "community", "hamlet", "county", "island", "country", "nation", "state", "municipality"], value: true)

    /// "Marrowby, population 2,400", "a town of 800 people", "the city of 2 million": a
    /// population, whose subject is the place the clause names.
    func populationClaim(_ mention: Mention, _ tokens: Range<Int>, view: SentenceView, id: String) -> Claim? {
        let lo = view.sentence.tokens.lowerBound
        guard tokens.lowerBound - 1 >= lo else { return nil }
        let before = view.tokens[tokens.lowerBound - 1]
        let isPopulation = before.key == "population"
            || (before.key == "of" && tokens.lowerBound - 2 >= lo && ClaimBuilder.settlements.contains(view.tokens[tokens.lowerBound - 2].key)
                && (mention.kind == .number || ConceptLexicon.countNouns[mention.value?.unit ?? ""] == "people"))
        guard isPopulation else { return nil }
        return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: .count("people"),
                     measure: Measure("population"), cue: view.word(tokens.lowerBound - 1), modality: mention.modality)
    }

    static let bringingWords = WordTable(words: ["bringing", "brings", "raising", "pushing", "taking", "lifting"], value: true)
    static let tallyNouns = WordTable(words: ["total", "toll", "tally", "count", "number"], value: true)
    static let incrementWords = WordTable(words: ["new", "additional", "another", "extra", "further", "more"], value: true)

    /// "the total is up 9 cases from the last update", "down by 4": the figure is the change.
    func changeBefore(_ tokens: Range<Int>, view: SentenceView) -> Measure.Change? {
        var k = tokens.lowerBound - 1
        if k > view.sentence.tokens.lowerBound, view.tokens[k].key == "by" { k -= 1 }
        guard k >= view.sentence.tokens.lowerBound else { return nil }
        if view.tokens[k].key == "up" { return .up }
        if view.tokens[k].key == "down" { return .down }
        return nil
    }

    /// Whether the count is an increment: "new", "additional" or "more" (not "more than") inside
    /// the count, or "another", "additional", "new", "further" right before it; "up 9", "added",
    /// "bringing the total to", "since the last update".
    func isIncrement(_ tokens: Range<Int>, view: SentenceView) -> Bool {
        // "40 more patients in six counties were added on Friday": the clause adds to a tally.
        let clause = view.clause(around: tokens)
        for i in tokens.upperBound..<min(clause.upperBound, tokens.upperBound + 8) where view.tokens[i].key == "added" { return true }
        if changeBefore(tokens, view: view) == .up { return true }
        let end = view.sentence.tokens.upperBound, start = view.sentence.tokens.lowerBound
        // "nine fell ill, bringing the total to 61": the figure before the new total is what it grew by.
        for i in tokens.upperBound..<min(end, tokens.upperBound + 12) where ClaimBuilder.bringingWords.contains(view.tokens[i].key) {
            for j in (i + 1)..<min(end, i + 4) where ClaimBuilder.tallyNouns.contains(view.tokens[j].key) { return true }
        }
        // "Since the last update, nine more": a count since the previous report is its increment.
        for i in max(start, tokens.lowerBound - 12)..<tokens.lowerBound where view.tokens[i].key == "since" {
            for j in (i + 1)..<min(tokens.lowerBound, i + 3) where view.tokens[j].key == "last" || view.tokens[j].key == "previous" { return true }
        }
        let lo = max(view.sentence.tokens.lowerBound, tokens.lowerBound - 1)
        for i in lo..<tokens.upperBound where view.tokens[i].kind == .word && ClaimBuilder.incrementWords.contains(view.tokens[i].key) {
            if view.tokens[i].key == "more", i + 1 < view.sentence.tokens.upperBound, view.tokens[i + 1].key == "than" { continue }
            // Before the figure only a determiner-like word adds: "another 40", "an additional
            // five", "a further 12" ("more" before a figure is not one).
            if i < tokens.lowerBound, view.tokens[i].key == "more" { continue }
            return true
        }
        return false
    }

    /// The head of a capitalised name the figure counts: "2.1 million Snug 'n Rest Cradles" counts
    /// cradles, not "Snug"s.
    func headNoun(of tokens: Range<Int>, view: SentenceView) -> String? {
        guard let last = tokens.last, view.tokens[last].kind == .word, view.tokens[last].isCapitalized else { return nil }
        var i = last + 1
        var head: Int?
        let stop = min(view.sentence.tokens.upperBound, last + 6)
        while i < stop {
            let t = view.tokens[i]
            // "3.1 million Acme Cots Friday", a headline's "Cots After": a day, a month or a
            // function word ends the name.
            if t.kind == .word, t.isCapitalized, !ClaimBuilder.endsAName(view.word(i)) { head = i; i += 1; continue }
            // "Snug 'n Rest": an apostrophe word or a hyphen inside the name.
            if t.kind == .punct, t.key == "'" || t.key == WordKey("’") || t.key == "-", i + 1 < stop { i += 1; continue }
            if t.kind == .word, t.key == "n", i + 1 < stop { i += 1; continue }
            break
        }
        // "Snug 'n Rest cradles": a lower-case noun right after the name heads it.
        if i < view.sentence.tokens.upperBound, view.tokens[i].kind == .word, !view.tokens[i].isCapitalized,
           !ConceptLexicon.stopWords.contains(view.tokens[i].key), !ClaimBuilder.looksLikeVerb(view.word(i)),
           Lemmatizer.isPlural(view.text.source.bytes, view.tokens[i].range, key: view.tokens[i].key) {
            return Lemmatizer.lemma(view.word(i))
        }
        guard let h = head else { return nil }
        return Lemmatizer.lemma(view.word(h))
    }

    /// Nouns that are themselves a harm ("17 hospitalizations"); "victims" may be of any harm.
    static let harmNouns: Set<String> = ["death", "fatality", "injury", "hospitalization", "case", "infection", "illness"]

    /// Whether a capitalised word closes a product name rather than continuing it.
    static func endsAName(_ word: String) -> Bool {
        let w = word.lowercased()
        return TimeLexicon.weekdays[w] != nil || TimeLexicon.months[w] != nil || ConceptLexicon.stopWords.contains(WordKey(w))
            || ["after", "before", "over", "amid", "following", "despite", "since", "from"].contains(w)
    }

    /// What happened to the counted things: a harm word within eight tokens ("killed", "injured",
    /// "hospitalized"), else a verb governing the count closely ("destroyed 557 homes", "550 homes
    /// destroyed", "recalled 2.1 million cradles"). A noun nearby ("after seven rounds of talks
    /// without an agreement") says nothing about what was counted.
    /// A harm word inside another count ("Dozens of deaths prompt a recall of 4.7 million cots")
    /// is that count's noun, not something that happened to this one's things.
    func countEvent(_ tokens: Range<Int>, view: SentenceView, others: [Range<Int>] = []) -> (String, String)? {
        let clause = view.clause(around: tokens)
        var best: (String, String, Int)?
        let window = max(clause.lowerBound, tokens.lowerBound - 8)..<min(clause.upperBound, tokens.upperBound + 8)
        for i in window {
            let t = view.tokens[i]
            guard t.kind == .word else { continue }
            if !tokens.contains(i), others.contains(where: { $0 != tokens && $0.contains(i) }) { continue }
            let near = i < tokens.lowerBound ? tokens.lowerBound - i <= 4 : i - tokens.upperBound < 3
            // What happened to people: near the count, or anywhere in the window when the count
            // counts people ("2.1 million cradles recalled after infant deaths" counts no dead).
            var harm = MeasureLexicon.events[t.key]
            if harm != nil, !tokens.contains(i), !near, !countsPeople(tokens, view: view) { harm = nil }
            let verb = harm == nil && !tokens.contains(i) && near && ClaimBuilder.looksLikeVerb(view.word(i))
            guard let e = harm ?? (verb ? ConceptLexicon.events[t.key] : nil) else { continue }
            let d = (i < tokens.lowerBound ? tokens.lowerBound - i : (tokens.contains(i) ? 0 : i - tokens.upperBound + 1)) + (harm == nil ? 1 : 0)
            if d < (best?.2 ?? Int.max) { best = (e, view.word(i), d) }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// Count classes of people, to whom harm words apply from further away.
    static let peopleClasses: Set<String> = ["people", "workers", "troops", "dead", "injured", "hospitalized", "cases", "firefighters", "customers", "users", "victims", "members"]

    func countsPeople(_ tokens: Range<Int>, view: SentenceView) -> Bool {
        guard let last = tokens.last, view.tokens[last].kind == .word else { return true }
        let lemma = Lemmatizer.lemma(view.word(last))
        if let cls = ConceptLexicon.countNouns[lemma] { return ClaimBuilder.peopleClasses.contains(cls) }
        return !view.tokens[last].isCapitalized
    }

    /// A past tense or participle ("destroyed", "recalled", "burnt"): the verb forms that govern a
    /// count in news. "Ill" stands for its verb ("40 residents had fallen ill" = were sickened).
    static func looksLikeVerb(_ word: String) -> Bool {
        let w = word.lowercased()
        return (w.count > 4 && w.hasSuffix("ed")) || ["lost", "burnt", "struck", "hit", "sold", "bought", "held", "won", "shut", "cut", "razed", "ill"].contains(w)
    }

    /// "In Turkey alone, 3,419 people were killed": a country after "in" in the clause is where the
    /// counted people are.
    func placeSubject(_ tokens: Range<Int>, view: SentenceView) -> String? {
        let clause = view.clause(around: tokens)
        var best: (String, Int)?
        let window = max(clause.lowerBound, tokens.lowerBound - 16)..<min(clause.upperBound, tokens.upperBound + 16)
        for i in window where view.tokens[i].kind == .word && ["in", "across", "throughout"].contains(view.word(i).lowercased()) {
            guard i + 1 < clause.upperBound, !tokens.contains(i + 1), let (key, last) = entity(startingAt: i + 1, view: view) else { continue }
            // "53 illnesses in 16 states, including 5 in Arizona": a place after "including",
            // "with" or a relative word belongs to the part or the clause that follows.
            if i > tokens.upperBound, (tokens.upperBound..<i).contains(where: { ClaimBuilder.clauseTurns.contains(view.tokens[$0].key) }) { continue }
            // "in Turkey and Syria": both places, so neither is the subject.
            if last + 2 < clause.upperBound, view.tokens[last + 1].key == "and", entity(startingAt: last + 2, view: view) != nil { continue }
            let d = Swift.abs(i - tokens.lowerBound)
            if d < (best?.1 ?? Int.max) { best = (key, d) }
        }
        return best?.0
    }

    /// "four cases in Arizona", "two in New York": a capitalised place right after the count
    /// narrows it to that place (its canonical key when the lexicon knows it).
    func placeAfter(_ tokens: Range<Int>, view: SentenceView) -> String? {
        var i = tokens.upperBound
        let stop = min(view.sentence.tokens.upperBound, tokens.upperBound + 4)
        while i < stop {
            let t = view.tokens[i]
            if t.kind == .word, ["in", "from", "across"].contains(view.word(i).lowercased()) {
                guard let name = capitalisedName(from: i + 1, before: view.sentence.tokens.upperBound, view: view) else { return nil }
                // "33,000 staff in Harlow, Tessin and Marrow": a list of places, none of them the
                // count's.
                if isListedPlace(endingBefore: i + 1 + name.split(separator: " ").count, view: view) { return nil }
                if let (key, _) = entity(startingAt: i + 1, view: view) { return key }
                return name
            }
            guard t.kind == .word else { return nil }
            i += 1
        }
        return nil
    }

    /// Whether the name ending before token `end` is followed by another ("…, Tessin", "and
    /// Tessin"): one place of a list.
    func isListedPlace(endingBefore end: Int, view: SentenceView) -> Bool {
        let upper = view.sentence.tokens.upperBound
        guard end + 1 < upper, view.tokens[end].key == "," || view.tokens[end].key == "and" || view.tokens[end].key == "or" else { return false }
        return view.tokens[end + 1].kind == .word && view.tokens[end + 1].isCapitalized
    }

    /// The run of capitalised words (at most four) from `start`, lower-cased: "in Pell County" →
    /// "pell county". Nil when the word at `start` is not capitalised.
    func capitalisedName(from start: Int, before end: Int, view: SentenceView) -> String? {
        var j = start
        var words: [String] = []
        while j < end, view.tokens[j].kind == .word, view.tokens[j].isCapitalized, words.count < 4 {
            words.append(view.word(j).lowercased())
            j += 1
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// "3,000 Irish nurses": a nationality inside the count names whose people they are.
    func nationality(in tokens: Range<Int>, view: SentenceView) -> String? {
        for i in tokens where view.tokens[i].isCapitalized {
            if let (key, _) = entity(startingAt: i, view: view) { return key }
        }
        return nil
    }

}
