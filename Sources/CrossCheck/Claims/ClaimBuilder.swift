/// Reads each mention of a document as a claim: finds the word that says what the figure measures,
/// the entity it belongs to, its phase (initial, current, previous), its period (annual, total),
/// who it is credited to and, for dates and places, which event it dates or places.
public struct ClaimBuilder: Sendable {
    public var entities: EntityLexicon

    public init(entities: EntityLexicon = EntityLexicon()) {
        self.entities = entities
    }

    /// How far (in tokens) to look for a cue word on either side of a mention.
    static let window = 10

    public func claims(for extracted: ExtractedDocument, documentIndex: Int) -> [Claim] {
        let text = extracted.text
        let events = EventIndex(extracted)
        var claims: [Claim] = []
        for (index, mention) in extracted.mentions.enumerated() {
            guard let sentence = text.sentence(containing: mention.range.start) else { continue }
            let view = SentenceView(text: text, sentence: sentence)
            let id = "\(documentIndex):\(index)"
            let asOf = extracted.document.metadata.published
            var claim: Claim?
            switch mention.kind {
            case .money, .percent, .number, .multiple:
                claim = figureClaim(mention, view: view, id: id)
            case .count:
                claim = countClaim(mention, view: view, id: id)
            case .date, .daterange:
                claim = dateClaim(mention, view: view, id: id, events: events)
            case .duration:
                claim = durationClaim(mention, view: view, id: id)
            case .person:
                claim = personClaim(mention, view: view, id: id)
            case .place:
                claim = placeClaim(mention, view: view, id: id, events: events)
            case .ordinal, .organization, .quantity:
                claim = nil
            }
            guard var c = claim else { continue }
            c.documentIndex = documentIndex
            c.asOf = asOf
            c.attribution = attribution(in: view, around: view.tokenRange(mention.range))
            claims.append(c)
        }
        return claims
    }

    // MARK: - Figures

    struct FoundCue {
        var cue: MeasureLexicon.Cue
        var index: Int
        var word: String
    }

    /// The cue governing a figure: a verb in a relative clause right after it ("the $920 million
    /// that Seoul paid"), else the nearest cue before it in the clause, else the nearest after.
    func findCue(_ mentionTokens: Range<Int>, view: SentenceView) -> FoundCue? {
        let clause = view.clause(around: mentionTokens)
        let tokens = view.tokens
        func cue(at i: Int) -> FoundCue? {
            guard tokens[i].kind == .word, let c = MeasureLexicon.cues[tokens[i].key] else { return nil }
            return FoundCue(cue: c, index: i, word: view.word(i))
        }
        // Relative clause: that/which + up to four words + a verb cue.
        var i = mentionTokens.upperBound
        if i < clause.upperBound, tokens[i].key == "that" || tokens[i].key == "which" {
            var j = i + 1
            while j < min(clause.upperBound, i + 6) {
                if let c = cue(at: j), c.cue.isVerb { return c }
                j += 1
            }
        }
        i = mentionTokens.lowerBound - 1
        while i >= max(clause.lowerBound, mentionTokens.lowerBound - ClaimBuilder.window) {
            if let c = cue(at: i) { return c }
            i -= 1
        }
        i = mentionTokens.upperBound
        while i < min(clause.upperBound, mentionTokens.upperBound + ClaimBuilder.window) {
            if let c = cue(at: i) { return c }
            i += 1
        }
        return nil
    }

    func figureClaim(_ mention: Mention, view: SentenceView, id: String) -> Claim? {
        let tokenRange = view.tokenRange(mention.range)
        guard let found = findCue(tokenRange, view: view) else {
            // A bare number with nothing saying what it counts cannot be checked against anything.
            if mention.kind == .number { return nil }
            return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range,
                         measure: fallbackMeasure(tokenRange, view: view), phase: phase(tokenRange, view: view),
                         period: period(tokenRange, view: view), modality: mention.modality)
        }
        var phase = phase(tokenRange, view: view)
        if phase == .unspecified, found.cue.isPresent, found.cue.measure == "demand" || found.cue.measure == "offer" {
            phase = .current
        }
        let measure = mention.kind == .number && found.cue.measure != "dead" ? "number:" + found.cue.measure : found.cue.measure
        return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range,
                     subject: subject(forCue: found, mentionTokens: tokenRange, view: view),
                     measure: measure, measureCue: found.word, phase: phase,
                     period: period(tokenRange, view: view), modality: mention.modality)
    }

    static let skipWords = WordTable(words: [
        "a", "an", "the", "of", "at", "to", "by", "for", "in", "on", "and", "or", "with", "about", "around",
        "some", "nearly", "almost", "over", "more", "than", "less", "up", "as", "much", "high", "least",
        "roughly", "approximately", "just", "only", "its", "their", "his", "her", "is", "was", "be", "been",
        "are", "were", "has", "have", "had", "it", "that", "which", "this", "these", "those", "from", "into",
    ], value: true)

    /// For measures no lexicon knows: the nearest content word before the figure, lower-cased.
    func fallbackMeasure(_ mentionTokens: Range<Int>, view: SentenceView) -> String {
        let clause = view.clause(around: mentionTokens)
        var i = mentionTokens.lowerBound - 1
        while i >= max(clause.lowerBound, mentionTokens.lowerBound - 4) {
            let t = view.tokens[i]
            if t.kind == .word, !ClaimBuilder.skipWords.contains(t.key), !t.isCapitalized {
                return "other:" + view.word(i).lowercased()
            }
            i -= 1
        }
        return "other:unknown"
    }

    /// The entity a cue belongs to: for a verb, the last entity before it in the clause; for a
    /// noun, a possessive right before it ("Seoul's contribution") or "of/from X" right after it.
    func subject(forCue found: FoundCue, mentionTokens: Range<Int>, view: SentenceView) -> String? {
        let clause = view.clause(around: mentionTokens.lowerBound..<max(mentionTokens.upperBound, found.index + 1))
        if found.cue.isVerb {
            var i = found.index - 1
            while i >= clause.lowerBound {
                if let (key, _) = entity(endingAt: i, view: view) { return key }
                i -= 1
            }
            return nil
        }
        // Possessive: X 's cue / X ' cue
        var i = found.index - 1
        while i > clause.lowerBound, view.tokens[i].kind == .word, !view.tokens[i].isCapitalized, i > found.index - 3 { i -= 1 }
        if i >= clause.lowerBound + 1, view.tokens[i].key == "s", i >= 2,
           view.tokens[i - 1].key == "'" || view.tokens[i - 1].key == WordKey("’"),
           let (key, _) = entity(endingAt: i - 2, view: view) {
            return key
        }
        let next = found.index + 1
        if next + 1 < clause.upperBound, view.tokens[next].key == "from" || view.tokens[next].key == "of" || view.tokens[next].key == "by",
           let (key, _) = entity(startingAt: next + 1, view: view) {
            return key
        }
        return nil
    }

    /// An entity alias whose last token is `end`.
    func entity(endingAt end: Int, view: SentenceView) -> (String, Int)? {
        var words: [String] = []
        var i = end
        var best: (String, Int)?
        while i >= view.sentence.tokens.lowerBound, words.count < entities.longest + 3 {
            let t = view.tokens[i]
            if t.kind == .punct && t.key == "." { i -= 1; continue }
            guard t.kind == .word else { break }
            words.insert(view.word(i), at: 0)
            if let key = entities.aliases[EntityLexicon.normalise(words.joined(separator: " "))] { best = (key, i) }
            i -= 1
        }
        return best
    }

    func entity(startingAt start: Int, view: SentenceView) -> (String, Int)? {
        var words: [String] = []
        var i = start
        var best: (String, Int)?
        while i < view.sentence.tokens.upperBound, words.count < entities.longest + 3 {
            let t = view.tokens[i]
            if t.kind == .punct && t.key == "." { i += 1; continue }
            guard t.kind == .word else { break }
            words.append(view.word(i))
            if let key = entities.aliases[EntityLexicon.normalise(words.joined(separator: " "))] { best = (key, i) }
            i += 1
        }
        return best
    }

    /// The nearest phase word to the mention: first within its clause, then within the sentence.
    func phase(_ mentionTokens: Range<Int>, view: SentenceView) -> Phase {
        func nearest(in range: Range<Int>) -> Phase? {
            var best: (Phase, Int)?
            for i in range where !mentionTokens.contains(i) || true {
                let t = view.tokens[i]
                guard t.kind == .word, var p = MeasureLexicon.phases[t.key] else { continue }
                // "last year", "last month": the previous period; "last" alone before a noun too.
                if t.key == "first", i + 1 < range.upperBound, view.tokens[i + 1].key == "time" { continue }
                if p == .next, t.key == "next", i + 1 < range.upperBound,
                   view.tokens[i + 1].key == "week" || view.tokens[i + 1].key == "month" { p = .current }
                let distance = i < mentionTokens.lowerBound ? mentionTokens.lowerBound - i : max(0, i - mentionTokens.upperBound + 1)
                if best == nil || distance < best!.1 { best = (p, distance) }
            }
            return best?.0
        }
        let clause = view.clause(around: mentionTokens)
        if let p = nearest(in: clause) { return p }
        return .unspecified
    }

    func period(_ mentionTokens: Range<Int>, view: SentenceView) -> Period {
        let clause = view.clause(around: mentionTokens)
        let lo = max(clause.lowerBound, mentionTokens.lowerBound - 6)
        let hi = min(clause.upperBound, mentionTokens.upperBound + 6)
        for i in lo..<hi {
            let t = view.tokens[i]
            guard t.kind == .word else { continue }
            if MeasureLexicon.total.contains(t.key) { return .total }
            if MeasureLexicon.annual.contains(t.key) {
                // "a year", "per year", "each year", "annual(ly)": only "year" after a/per/each counts.
                if t.key == "year" {
                    guard i > lo, ["a", "per", "each", "every"].contains(view.word(i - 1).lowercased()) else { continue }
                }
                if t.key == "per" || t.key == "each" { continue }
                return .annual
            }
        }
        return .unspecified
    }

    // MARK: - Counts

    func countClaim(_ mention: Mention, view: SentenceView, id: String) -> Claim? {
        let tokenRange = view.tokenRange(mention.range)
        let noun = mention.value?.unit ?? "thing"
        var measure = MeasureLexicon.countNouns[noun] ?? noun
        // Two-word nouns such as "service member".
        if tokenRange.count >= 2 {
            let last2 = view.word(tokenRange.upperBound - 2).lowercased() + " " + noun
            if let m = MeasureLexicon.countNouns[last2] { measure = m }
        }
        var event: String?
        if let e = countEvent(tokenRange, view: view), e != measure { event = e }
        if let e = event, ["dead", "injured", "missing", "displaced", "laid off", "hired", "rescued", "arrested", "hospitalized"].contains(e) {
            // What happened to the people is the fact; "people", "residents" and "victims" are the same people.
            measure = e
            event = nil
        }
        var claim = Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, measure: measure,
                          measureCue: noun, event: event, phase: phase(tokenRange, view: view),
                          period: period(tokenRange, view: view), modality: mention.modality)
        claim.subject = nationality(in: tokenRange, view: view)
        return claim
    }

    func countEvent(_ tokens: Range<Int>, view: SentenceView) -> String? {
        let clause = view.clause(around: tokens)
        var best: (String, Int)?
        for i in clause {
            let t = view.tokens[i]
            guard t.kind == .word, let e = MeasureLexicon.events[t.key] else { continue }
            let d = i < tokens.lowerBound ? tokens.lowerBound - i : (tokens.contains(i) ? 0 : i - tokens.upperBound + 1)
            if d <= 8, best == nil || d < best!.1 { best = (e, d) }
        }
        return best?.0
    }

    /// "9,000 Korean employees": a nationality inside the count names whose people they are.
    func nationality(in tokens: Range<Int>, view: SentenceView) -> String? {
        for i in tokens where view.tokens[i].isCapitalized {
            if let (key, _) = entity(startingAt: i, view: view) { return key }
        }
        return nil
    }

    // MARK: - Durations

    func durationClaim(_ mention: Mention, view: SentenceView, id: String) -> Claim? {
        let tokenRange = view.tokenRange(mention.range)
        // "two-day session", "a two-month hiatus": the noun right after the duration is what lasts.
        var i = tokenRange.upperBound
        while i < view.sentence.tokens.upperBound, i < tokenRange.upperBound + 3 {
            let t = view.tokens[i]
            if t.kind == .word, !ClaimBuilder.skipWords.contains(t.key) {
                return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range,
                             measure: "duration:" + EventLexicon.eventClass(of: t.key, word: view.word(i)),
                             measureCue: view.word(i), phase: phase(tokenRange, view: view), modality: mention.modality)
            }
            if t.kind != .word { break }
            i += 1
        }
        return nil
    }
}
