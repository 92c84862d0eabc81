import Foundation

/// Reads each mention of a document as a claim: finds the word that says what the figure measures,
/// the entity it belongs to, its phase (initial, current, previous), its period (annual, total),
/// who it is credited to, the words around it and, for dates and places, which event it dates or
/// places. Work is linear in the document: mentions are indexed by sentence once, each sentence is
/// prepared once, and every look-around is bounded.
public struct ClaimBuilder: Sendable {
    public var entities: EntityLexicon

    public init(entities: EntityLexicon = EntityLexicon()) {
        self.entities = entities
    }

    /// How far (in tokens) to look for a cue word on either side of a mention; verbs govern from
    /// further away ("is pressing Ottawa for a threefold increase in its yearly share, or about $2
    /// billion").
    static let window = 10
    static let verbWindow = 16

    public func claims(for extracted: ExtractedDocument, documentIndex: Int) -> [Claim] {
        let text = extracted.text
        let index = DocumentIndex(extracted)
        let asOf = extracted.document.metadata.published
        var claims: [Claim] = []
        // The last stated period per measure, so that a figure can continue it without a scan.
        var lastPeriod: [String: (period: Period, sentence: Int)] = [:]
        // What the report was last counting, for a tally list by place that follows.
        var counted: CountedThing?
        for group in index.sentences {
            let view = SentenceView(text: text, sentence: group.sentence)
            let local = SentenceMentions(all: extracted.mentions, range: group.mentions, view: view)
            let tallies = tallyPlaces(local, view: view)
            // Computed once per sentence, and only if a figure of it has no subject.
            var anaphor: String??
            let sentenceWords = ContextWords.sentence(view)
            let credited = attribution(in: view)
            // The sentence's last percent claim: "raises of 18%, up from 12%" compares two figures
            // of one measure.
            var lastPercent: Measure?
            for m in group.mentions {
                let mention = extracted.mentions[m]
                if let d = extracted.datelineRange, d.overlaps(mention.range) { continue }
                let id = "\(documentIndex):\(m)"
                let tokens = view.tokenRange(mention.range)
                if isConditional(mention, tokens, view: view) { continue }
                var built: [Claim]
                if mention.kind == .number, let place = tallies[tokens.lowerBound], let counted, group.sentence.index - counted.sentence <= 1 {
                    built = [tallyClaim(mention, place: place, counted: counted, view: view, id: id)]
                } else {
                    built = self.claims(of: mention, view: view, id: id, local: local, index: index)
                }
                for var c in built {
                    c.documentIndex = documentIndex
                    c.asOf = asOf
                    c.context = ContextWords.context(tokens, view: view, sentence: sentenceWords)
                    // The word that governs the figure belongs to its near context even when it
                    // stands further off ("is pressing Seoul for …, or about $5 billion").
                    if c.measure.isKnown, !c.measure.isEmpty, !c.context.local.contains(c.measure.concept) {
                        c.context.local = (c.context.local + [c.measure.concept]).sorted()
                    }
                    if mention.kind.isQuantity {
                        if c.subject == nil {
                            if anaphor == nil { anaphor = .some(anaphoricSubject(view)) }
                            c.subject = anaphor ?? nil
                        }
                        c.eventTime = clauseDate(tokens, view: view, local: local)
                        // A figure the text dates a year or more before the report is history ("in
                        // 1984, 41 people died"), a different fact from today's.
                        if let held = c.eventTime?.interval?.upperBound, let asOf, asOf.dayNumber - held.dayNumber > 300, c.phase == .unspecified {
                            c.phase = .previous
                        }
                        // A figure that does not say its period continues the period of the figure
                        // for the same measure just before it ("second-quarter revenue rose to …
                        // Analysts had expected revenue of …").
                        if c.period == .unspecified, let prior = lastPeriod[c.measure.concept], group.sentence.index - prior.sentence <= 2 {
                            c.period = prior.period
                        }
                        if c.period != .unspecified { lastPeriod[c.measure.concept] = (c.period, group.sentence.index) }
                        // A figure of the past ("the $920 million Seoul paid last year") is no
                        // moving tally, whatever "now" says about the clause.
                        c.isTally = c.phase != .previous && c.phase != .initial && isTally(tokens, view: view)
                        c.since = sinceYear(tokens, view: view, local: local)
                    }
                    c.attribution = credited
                    if c.kind == .percent {
                        // "containment climbed to 48%, up from 41%", "pay raises of 18%, up from 12%":
                        // the figure after "from" is the earlier value of the same measure, a level
                        // or a rise as the figure it is compared with is.
                        if let prior = lastPercent, comparedFrom(tokens, view: view) { c.measure = prior }
                        lastPercent = c.measure
                    }
                    if let thing = ClaimBuilder.countedThing(c, sentence: group.sentence.index) { counted = thing }
                    claims.append(c)
                }
            }
        }
        return claims
    }

    /// "A strike is called if two-thirds of members back it", "unless 40% turn out": a figure
    /// inside a condition is a threshold, not something that happened.
    /// Only a figure that is the condition's subject counts ("if two-thirds of members", "unless
    /// at least 40%"): one further on is a fact the condition mentions ("if we compare the cost of
    /// the 250 jets", "if the sum is converted to dollars ($75 million)").
    func isConditional(_ mention: Mention, _ tokens: Range<Int>, view: SentenceView) -> Bool {
        switch mention.kind {
        case .money, .percent, .number, .count, .multiple: break
        default: return false
        }
        let clause = view.clause(around: tokens)
        var i = tokens.lowerBound - 1
        while i >= max(clause.lowerBound, tokens.lowerBound - 3) {
            let t = view.tokens[i]
            if t.kind == .punct, t.key == "," || t.key == ":" { return false }
            if t.kind == .word, t.key == "if" || t.key == "unless" { return true }
            i -= 1
        }
        return false
    }

    /// "up from 12%", "down from", "from 12% to 18%": the figure is compared with another.
    func comparedFrom(_ tokens: Range<Int>, view: SentenceView) -> Bool {
        var i = tokens.lowerBound - 1
        if i > view.sentence.tokens.lowerBound, ["the", "its", "their"].contains(view.word(i).lowercased()) { i -= 1 }
        return i >= view.sentence.tokens.lowerBound && view.tokens[i].key == "from"
    }

    func claims(of mention: Mention, view: SentenceView, id: String, local: SentenceMentions, index: DocumentIndex) -> [Claim] {
        switch mention.kind {
        case .money, .percent, .number, .multiple:
            return figureClaim(mention, view: view, id: id, local: local).map { [$0] } ?? []
        case .count:
            return countClaim(mention, view: view, id: id, local: local).map { [$0] } ?? []
        case .date, .daterange:
            return dateClaim(mention, view: view, id: id, local: local, index: index).map { [$0] } ?? []
        case .duration:
            return durationClaim(mention, view: view, id: id).map { [$0] } ?? []
        case .person:
            return personClaims(mention, view: view, id: id)
        case .place:
            return placeClaim(mention, view: view, id: id, local: local, index: index).map { [$0] } ?? []
        case .quantity:
            return measurementClaims(mention, view: view, id: id, local: local, index: index)
        case .ordinal:
            return rankClaim(mention, view: view, id: id).map { [$0] } ?? []
        case .organization:
            return []
        }
    }

    /// The date a figure's clause gives ("as of Tuesday, 19 people had died", "27 on Thursday"),
    /// which is when the figure holds; bounds of a period ("since September") do not count.
    func clauseDate(_ tokens: Range<Int>, view: SentenceView, local: SentenceMentions) -> DateValue? {
        let clause = view.clause(around: tokens)
        var best: (DateValue, Int)?
        // (a part of a day names its own day: "in the early hours of Friday")
        for (m, r) in local.near(tokens, kinds: [.date, .daterange, .quantity], within: 24) {
            guard let value = m.date ?? m.measurement?.day, value.resolved else { continue }
            guard r.lowerBound >= clause.lowerBound, r.upperBound <= clause.upperBound else { continue }
            // "since 1984, when 41 people died": the date governs the "when" clause after it.
            let introducesWhen = r.upperBound + 1 < view.sentence.tokens.upperBound && view.tokens[r.upperBound].key == ","
                && view.tokens[r.upperBound + 1].key == "when" && r.upperBound < tokens.lowerBound
            if !introducesWhen, r.lowerBound > view.sentence.tokens.lowerBound {
                let prev = view.tokens[r.lowerBound - 1]
                if prev.kind == .word, ClaimBuilder.periodBounds.contains(prev.key) { continue }
            }
            // "six rounds, including the last in January": a date after a turn to something else
            // is not the figure's.
            if r.lowerBound >= tokens.upperBound,
               (tokens.upperBound..<r.lowerBound).contains(where: { ClaimBuilder.clauseTurns.contains(view.tokens[$0].key) }) { continue }
            let d = r.lowerBound >= tokens.upperBound ? r.lowerBound - tokens.upperBound : tokens.lowerBound - r.upperBound
            // "$412 million, from $385 million in the same quarter last year": a date nearer
            // another figure is that figure's.
            let nearer = local.near(r, kinds: [.money, .count, .percent, .number, .multiple], within: d).contains { _, o in
                o != tokens && !o.overlaps(tokens) && (o.lowerBound >= r.upperBound ? o.lowerBound - r.upperBound : r.lowerBound - o.upperBound) < d
            }
            if nearer { continue }
            if d < (best?.1 ?? Int.max) { best = (value, d) }
        }
        return best?.0
    }

    /// "largest", "deadliest", "most": a rank, not a number of an event.
    static func isSuperlative(_ word: String) -> Bool {
        let w = word.lowercased()
        return w == "most" || w == "least" || (w.count > 4 && w.hasSuffix("est") && !["interest", "forest", "harvest", "request", "protest", "contest", "arrest", "west", "guest", "test"].contains(w))
    }

    /// Words that present a figure as a moving tally.
    static let tallyWords = WordTable(words: [
        "far", "date", "now", "currently", "latest", "updated", "update", "cumulative", "spread", "reached", "stands", "tally",
    ], value: true)

    /// "So far", "to date", "as of Tuesday", "has risen to", "now stands at": within six tokens of
    /// the figure in its clause.
    func isTally(_ tokens: Range<Int>, view: SentenceView) -> Bool {
        let clause = view.clause(around: tokens)
        let lo = max(clause.lowerBound, tokens.lowerBound - 6), hi = min(clause.upperBound, tokens.upperBound + 6)
        for i in lo..<hi where !tokens.contains(i) {
            let t = view.tokens[i]
            guard t.kind == .word else { continue }
            if t.key == "of", i > lo, view.tokens[i - 1].key == "as" { return true }
            if t.key == "far", i > lo, view.tokens[i - 1].key == "so" { return true }
            if t.key == "date", i > lo, view.tokens[i - 1].key == "to" { return true }
            if t.key != "far", t.key != "date", ClaimBuilder.tallyWords.contains(t.key) { return true }
        }
        return false
    }

    /// "10 deaths since 2015": the year a date after "since" in the figure's clause starts.
    func sinceYear(_ tokens: Range<Int>, view: SentenceView, local: SentenceMentions) -> Int? {
        let clause = view.clause(around: tokens)
        for (m, r) in local.near(tokens, kinds: [.date, .daterange], within: 12)
        where r.lowerBound > clause.lowerBound && r.upperBound <= clause.upperBound && view.tokens[r.lowerBound - 1].key == "since" {
            if let y = m.date?.start.year { return y }
        }
        return nil
    }

    static let periodBounds = WordTable(words: ["since", "from", "until", "till", "before", "after"], value: true)

    /// Words after a figure that turn to something else; a date beyond them is not the figure's.
    static let clauseTurns = WordTable(words: ["including", "which", "who", "when", "while", "where", "whose", "with"], value: true)

    // MARK: - Figures

    func figureClaim(_ mention: Mention, view: SentenceView, id: String, local: SentenceMentions) -> Claim? {
        let tokenRange = view.tokenRange(mention.range)
        let others = local.figureRanges(of: mention.kind, near: tokenRange)
        if mention.kind == .number {
            return numberClaim(mention, tokenRange, view: view, id: id, others: others)
        }
        guard let dimension = ClaimBuilder.dimension(of: mention) else { return nil }
        guard let found = findCue(tokenRange, view: view) else {
            var measure = Measure(fallbackMeasure(tokenRange, view: view), isKnown: false)
            if mention.kind == .percent || mention.kind == .multiple {
                measure = percentMeasure(mention, tokenRange, base: measure, found: nil, view: view)
            }
            if mention.kind == .money, isPerShare(tokenRange, view: view) { measure.perUnit = "share" }
            return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: dimension,
                         measure: measure, subject: owner(tokenRange, view: view), phase: phase(tokenRange, view: view, others: others),
                         period: period(tokenRange, view: view), modality: mention.modality)
        }
        var phase = phase(tokenRange, view: view, others: others)
        // "the $640 million that Ottawa paid last year": the figure's own relative clause dates it,
        // whatever the main clause says ("now asks for triple …").
        if found.index > tokenRange.upperBound {
            let clause = view.clause(around: tokenRange)
            let relative = tokenRange.lowerBound..<clause.upperBound
            let own = self.phase(tokenRange, view: view, others: others, within: relative)
            if own != .unspecified { phase = own }
        }
        if phase == .unspecified, found.cue.isPresent, found.cue.presentMeansCurrent { phase = .current }
        if isComparedFrom(tokenRange, view: view) { phase = .previous }
        var measure = Measure(found.cue.measure)
        if mention.kind == .percent || mention.kind == .multiple {
            measure = percentMeasure(mention, tokenRange, base: measure, found: found, view: view)
        }
        if mention.kind == .money, isPerShare(tokenRange, view: view) { measure.perUnit = "share" }
        return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: dimension,
                     measure: measure, cue: found.word,
                     subject: owner(tokenRange, view: view) ?? subject(forCue: found, mentionTokens: tokenRange, view: view),
                     phase: phase, period: period(tokenRange, view: view), modality: mention.modality)
    }

    /// The dimension of a quantity mention: its currency, counted thing, percent or multiple.
    static func dimension(of mention: Mention) -> Dimension? {
        switch mention.kind {
        case .money: return .money(mention.value?.unit ?? "?")
        case .percent: return mention.value?.unit == "pp" ? .points : .percent
        case .multiple: return .multiple
        case .count: return .count(mention.value?.unit ?? "thing")
        case .number: return .number
        case .quantity: return mention.measurement.map { $0.dimension == "time" ? .time : .measure($0.dimension) }
        default: return nil
        }
    }

    /// A bare number is a claim only when its clause says what happened to whom ("the death toll
    /// rose to 27", "the number missing fell to 12", "the number of homes destroyed increased to
    /// 557"); anything else is too loosely tied to check.
    func numberClaim(_ mention: Mention, _ tokenRange: Range<Int>, view: SentenceView, id: String, others: [Range<Int>]) -> Claim? {
        let clause = view.clause(around: tokenRange)
        // A decimal counts no one, and "7.8-magnitude" is an adjective.
        guard let point = mention.value?.point, point == point.rounded() else { return nil }
        if tokenRange.upperBound + 1 < view.sentence.tokens.upperBound, view.tokens[tokenRange.upperBound].key == "-",
           !view.tokens[tokenRange.upperBound].spaceBefore { return nil }
        if let claim = populationClaim(mention, tokenRange, view: view, id: id) { return claim }
        // "52 hospitalized, including 14 who developed kidney failure": a part of another figure.
        if isPartOfAnotherFigure(tokenRange, view: view) { return nil }
        // "the number of single-family homes destroyed … rose to 557": the noun after "number of".
        if let (noun, event, at) = numberOf(before: tokenRange, clause: clause, view: view) {
            var claim = Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range,
                              dimension: .count(noun), measure: Measure(event ?? noun), cue: view.word(at),
                              phase: phase(tokenRange, view: view, others: others), modality: mention.modality)
            if let e = event, MeasureLexicon.harm.contains(e) { claim.dimension = .count(e) }
            return claim
        }
        var event: String?
        var cue = tokenRange.upperBound
        // "more than 20,000 injured", "49,000 were injured": a word just after says what happened,
        // ahead of anything further back.
        var j = tokenRange.upperBound
        while event == nil, j < min(clause.upperBound, tokenRange.upperBound + 3), view.tokens[j].kind == .word {
            if let e = MeasureLexicon.events[view.tokens[j].key] { event = e; cue = j }
            j += 1
        }
        // Before the figure, the event must be close ("the death toll rose to 27"): a bare number
        // further away is too loosely tied to check.
        var i = tokenRange.lowerBound - 1
        while event == nil, i >= max(clause.lowerBound, tokenRange.lowerBound - 6) {
            if view.tokens[i].kind == .word, let e = MeasureLexicon.events[view.tokens[i].key] { event = e; cue = i }
            i -= 1
        }
        guard let measure = event, MeasureLexicon.timeVarying.contains(measure) else { return nil }
        var claim = Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: .count(measure),
                          measure: Measure(measure), cue: view.word(cue), phase: phase(tokenRange, view: view, others: others),
                          modality: mention.modality)
        // "17 more have developed …": an increment.
        let next = tokenRange.upperBound
        if next < view.sentence.tokens.upperBound, ClaimBuilder.incrementWords.contains(view.tokens[next].key),
           !(next + 1 < view.sentence.tokens.upperBound && view.tokens[next + 1].key == "than") { claim.measure.change = .up }
        claim.subject = MeasureLexicon.harm.contains(measure) ? placeSubject(tokenRange, view: view) : nil
        return claim
    }

    /// "The number of <noun> <event> …" before a bare figure in its clause: the counted noun's
    /// class, what happened to it, and the index of the noun.
    func numberOf(before tokens: Range<Int>, clause: Range<Int>, view: SentenceView) -> (String, String?, Int)? {
        var i = tokens.lowerBound - 1
        let stop = max(clause.lowerBound, tokens.lowerBound - 14)
        while i > stop {
            if view.tokens[i].key == "of", view.tokens[i - 1].key == "number" {
                var k = i + 1
                var noun: (String, Int)?
                var event: String?
                while k < tokens.lowerBound, k < i + 6 {
                    let t = view.tokens[k]
                    if t.kind == .word, !ConceptLexicon.stopWords.contains(t.key) {
                        if let e = MeasureLexicon.events[t.key] ?? ConceptLexicon.events[t.key], noun != nil { event = e; break }
                        let lemma = Lemmatizer.lemma(view.word(k))
                        noun = (ConceptLexicon.countNouns[lemma] ?? lemma, k)
                    }
                    k += 1
                }
                guard let (n, at) = noun else { return nil }
                return (n, event, at)
            }
            i -= 1
        }
        return nil
    }
}
