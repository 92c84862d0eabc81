/// Reads each mention of a document as a claim: finds the word that says what the figure measures,
/// the entity it belongs to, its phase (initial, current, previous), its period (annual, total),
/// who it is credited to and, for dates and places, which event it dates or places.
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
        let events = EventIndex(extracted)
        var claims: [Claim] = []
        for (index, mention) in extracted.mentions.enumerated() {
            guard let sentence = text.sentence(containing: mention.range.start) else { continue }
            let view = SentenceView(text: text, sentence: sentence)
            let id = "\(documentIndex):\(index)"
            let asOf = extracted.document.metadata.published
            var claim: Claim?
            let others = figureRanges(in: sentence, of: mention.kind, mentions: extracted.mentions, view: view)
            switch mention.kind {
            case .money, .percent, .number, .multiple:
                claim = figureClaim(mention, view: view, id: id, others: others)
            case .count:
                claim = countClaim(mention, view: view, id: id, others: others)
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
            if mention.kind.isQuantity {
                c.eventTime = clauseDate(view.tokenRange(mention.range), view: view, mentions: extracted.mentions)
                // A figure the text dates a year or more before the report is history ("in 1984, 41
                // people died"), a different fact from today's.
                if let held = c.eventTime?.interval?.upperBound, let asOf, asOf.dayNumber - held.dayNumber > 300, c.phase == .unspecified {
                    c.phase = .previous
                }
                // A figure that does not say its period continues the period of the figure for the
                // same measure just before it ("second-quarter revenue rose to … Analysts had
                // expected revenue of …").
                if c.period == .unspecified, let prior = claims.last(where: { $0.measure == c.measure && $0.period != .unspecified }),
                   sentence.index - (text.sentence(containing: prior.mention.range.start)?.index ?? -10) <= 2 {
                    c.period = prior.period
                }
            }
            c.attribution = attribution(in: view, around: view.tokenRange(mention.range))
            claims.append(c)
        }
        return claims
    }

    /// The date a figure's clause gives ("as of Tuesday, 19 people had died", "27 on Thursday"),
    /// which is when the figure holds; bounds of a period ("since September") do not count.
    func clauseDate(_ tokens: Range<Int>, view: SentenceView, mentions: [Mention]) -> DateValue? {
        let clause = view.clause(around: tokens)
        var best: (DateValue, Int)?
        for m in mentions where (m.kind == .date || m.kind == .daterange) && view.sentence.range.contains(m.range) {
            guard let value = m.date, value.resolved else { continue }
            let r = view.tokenRange(m.range)
            guard r.lowerBound >= clause.lowerBound, r.upperBound <= clause.upperBound else { continue }
            // "since 1984, when 41 people died": the date governs the "when" clause after it.
            let introducesWhen = r.upperBound + 1 < view.sentence.tokens.upperBound && view.tokens[r.upperBound].key == ","
                && view.tokens[r.upperBound + 1].key == "when" && r.upperBound < tokens.lowerBound
            if !introducesWhen, r.lowerBound > view.sentence.tokens.lowerBound {
                let prev = view.tokens[r.lowerBound - 1]
                if prev.kind == .word, ["since", "from", "until", "till", "before", "after"].contains(view.word(r.lowerBound - 1).lowercased()) { continue }
            }
            // "six rounds, including the last in January": a date after a turn to something else
            // is not the figure's.
            if r.lowerBound >= tokens.upperBound,
               (tokens.upperBound..<r.lowerBound).contains(where: { ClaimBuilder.clauseTurns.contains(view.tokens[$0].key) }) { continue }
            let d = r.lowerBound >= tokens.upperBound ? r.lowerBound - tokens.upperBound : tokens.lowerBound - r.upperBound
            if best == nil || d < best!.1 { best = (value, d) }
        }
        return best?.0
    }

    // MARK: - Figures

    /// Token ranges of the figures in a sentence, so a qualifier goes to the figure nearest it.
    func figureRanges(in sentence: Sentence, of kind: MentionKind, mentions: [Mention], view: SentenceView) -> [Range<Int>] {
        mentions.filter { $0.kind == kind && sentence.range.contains($0.range) }.map { view.tokenRange($0.range) }
    }

    struct FoundCue {
        var cue: MeasureLexicon.Cue
        var index: Int
        var word: String
    }

    /// The cue governing a figure: a verb in a relative clause right after it ("the $640 million
    /// that Ottawa paid"); else the nearest verb cue before it in the clause ("is pressing Ottawa for
    /// a threefold increase in its share, or about $2 billion": the verb governs, not the
    /// noun next to the figure); else the nearest noun cue before it, words of change ("increase")
    /// last; else the nearest cue after it.
    func findCue(_ mentionTokens: Range<Int>, view: SentenceView) -> FoundCue? {
        let clause = view.clause(around: mentionTokens)
        let tokens = view.tokens
        func cue(at i: Int) -> FoundCue? {
            guard tokens[i].kind == .word, var c = MeasureLexicon.cues[tokens[i].key] ?? callFor(i) else { return nil }
            // "its initial demand", "Washington's opening demand": a noun, whatever the word can be.
            if c.isVerb, i > view.sentence.tokens.lowerBound, ClaimBuilder.nounMarkers.contains(tokens[i - 1].key) {
                c.isVerb = false
                c.isPresent = false
            }
            return FoundCue(cue: c, index: i, word: view.word(i))
        }
        // "call for" is a demand; "call" alone is not.
        func callFor(_ i: Int) -> MeasureLexicon.Cue? {
            guard MeasureLexicon.callVerbs.contains(tokens[i].key), i + 1 < view.sentence.tokens.upperBound,
                  tokens[i + 1].key == "for" else { return nil }
            return MeasureLexicon.Cue(measure: "demand", isVerb: true, isPresent: tokens[i].key != "called")
        }
        var i = mentionTokens.upperBound
        if i < clause.upperBound, tokens[i].key == "that" || tokens[i].key == "which" {
            var j = i + 1
            while j < min(clause.upperBound, i + 6) {
                if let c = cue(at: j), c.cue.isVerb { return c }
                j += 1
            }
        }
        let leftStart = max(clause.lowerBound, mentionTokens.lowerBound - ClaimBuilder.verbWindow)
        let nounStart = mentionTokens.lowerBound - ClaimBuilder.window
        var nearestNoun: FoundCue?
        var nearestChange: FoundCue?
        i = mentionTokens.lowerBound - 1
        while i >= leftStart {
            if let c = cue(at: i) {
                if c.cue.isVerb, c.cue.measure != "growth" { return c }
                if c.cue.isVerb, nearestChange == nil { nearestChange = c; i -= 1; continue }
                if i < nounStart && nearestChange == nil {
                    // beyond the noun window only a verb may govern, or the subject of a change
                    // verb ("the death toll from this week's floods rose to 27")
                } else if c.cue.measure == "growth" {
                    if nearestChange == nil { nearestChange = c }
                } else if nearestNoun == nil {
                    nearestNoun = c
                }
            }
            i -= 1
        }
        if let c = nearestNoun ?? nearestChange { return c }
        // A change verb before the figure ("revenue rose to $4.19 billion") is transparent: the
        // noun it changes is the measure; "growth" only when nothing names one.
        i = mentionTokens.upperBound
        while i < min(clause.upperBound, mentionTokens.upperBound + ClaimBuilder.window) {
            if let c = cue(at: i) { return c }
            i += 1
        }
        return nil
    }

    func figureClaim(_ mention: Mention, view: SentenceView, id: String, others: [Range<Int>]) -> Claim? {
        let tokenRange = view.tokenRange(mention.range)
        if mention.kind == .number {
            return numberClaim(mention, tokenRange, view: view, id: id, others: others)
        }
        guard let found = findCue(tokenRange, view: view) else {
            return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range,
                         measure: fallbackMeasure(tokenRange, view: view), phase: phase(tokenRange, view: view, others: others),
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
        if phase == .unspecified, found.cue.isPresent, found.cue.measure == "demand" || found.cue.measure == "offer" {
            phase = .current
        }
        if isComparedFrom(tokenRange, view: view) { phase = .previous }
        // Bare numbers are claims only as tolls ("the death toll rose to 45"); anything else they
        // might measure is too loosely tied to check.
        if mention.kind == .number, found.cue.measure != "dead" { return nil }
        var measure = found.cue.measure
        if mention.kind == .percent || mention.kind == .multiple {
            measure = percentMeasure(mention, tokenRange, found: found, view: view)
        }
        if mention.kind == .money, isPerShare(tokenRange, view: view) { measure += " per share" }
        return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range,
                     subject: subject(forCue: found, mentionTokens: tokenRange, view: view),
                     measure: measure, measureCue: found.word, phase: phase,
                     period: period(tokenRange, view: view), modality: mention.modality)
    }

    /// Words after a figure that turn to something else; a date beyond them is not the figure's.
    static let clauseTurns = WordTable(words: ["including", "which", "who", "when", "while", "where", "whose", "with"], value: true)

    /// Words before a cue that make it a noun.
    static let nounMarkers = WordTable(words: [
        "the", "a", "an", "its", "their", "his", "her", "our", "s", "this", "that", "whose",
        // adjectives (not adverbs: "initially requested" is still a verb)
        "initial", "original", "opening", "current", "previous", "latest", "revised", "new", "final", "first",
    ], value: true)

    /// A bare number is a claim only when its clause says what happened to whom ("the death toll
    /// rose to 27", "the number missing fell to 12"); anything else is too loosely tied to check.
    func numberClaim(_ mention: Mention, _ tokenRange: Range<Int>, view: SentenceView, id: String, others: [Range<Int>]) -> Claim? {
        let clause = view.clause(around: tokenRange)
        // A decimal counts no one, and "7.8-magnitude" is an adjective.
        guard let point = mention.value?.point, point == point.rounded() else { return nil }
        if tokenRange.upperBound + 1 < view.sentence.tokens.upperBound, view.tokens[tokenRange.upperBound].key == "-",
           !view.tokens[tokenRange.upperBound].spaceBefore { return nil }
        var event: String?
        var cue = tokenRange.upperBound
        // "more than 20,000 injured", "49,000 were injured": a word just after says what happened,
        // ahead of anything further back.
        var j = tokenRange.upperBound
        while event == nil, j < min(clause.upperBound, tokenRange.upperBound + 3), view.tokens[j].kind == .word {
            if let e = MeasureLexicon.events[view.tokens[j].key] { event = e; cue = j }
            j += 1
        }
        var i = tokenRange.lowerBound - 1
        while event == nil, i >= max(clause.lowerBound, tokenRange.lowerBound - ClaimBuilder.verbWindow) {
            if view.tokens[i].kind == .word, let e = MeasureLexicon.events[view.tokens[i].key] { event = e; cue = i }
            i -= 1
        }
        guard let measure = event, MeasureLexicon.timeVarying.contains(measure) else { return nil }
        var claim = Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, measure: measure,
                          measureCue: view.word(cue), phase: phase(tokenRange, view: view, others: others), modality: mention.modality)
        claim.subject = MeasureLexicon.harm.contains(measure) ? placeSubject(tokenRange, view: view) : nil
        return claim
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
            if let key = entities.aliases[EntityLexicon.normalise(phrase)] { best = (key, i) }
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
            if let key = entities.aliases[EntityLexicon.normalise(phrase)] { best = (key, i) }
            i += 1
        }
        return best
    }

    /// The nearest phase word to the mention within its clause. A phase word nearer to another
    /// figure belongs to that one ("around $4 billion, down from the $5 billion it initially
    /// requested": "initially" is the $5 billion's).
    func phase(_ mentionTokens: Range<Int>, view: SentenceView, others: [Range<Int>] = [], within: Range<Int>? = nil) -> Phase {
        func distance(_ i: Int, _ r: Range<Int>) -> Int {
            i < r.lowerBound ? r.lowerBound - i : (r.contains(i) ? 0 : i - r.upperBound + 1)
        }
        let clause = within ?? view.clause(around: mentionTokens)
        var best: (Phase, Int)?
        for i in clause where !mentionTokens.contains(i) {
            let t = view.tokens[i]
            guard t.kind == .word, var p = MeasureLexicon.phases[t.key] else { continue }
            if t.key == "first", i + 1 < clause.upperBound, view.tokens[i + 1].key == "time" { continue }
            // "last year", "next week": a date, not a phase of the figure (the date says when).
            if i + 1 < clause.upperBound, ClaimBuilder.periodWords.contains(view.tokens[i + 1].key) {
                guard t.key == "last" || t.key == "previous" || t.key == "prior" else { continue }
                p = .previous
            }
            let d = distance(i, mentionTokens)
            // Words before the figure qualify the noun that governs it ("Last year's deal … set
            // Ottawa's contribution at $450 million"); words after it soon belong to another clause.
            if i < mentionTokens.lowerBound ? d > 20 : d > 8 { continue }
            if others.contains(where: { !$0.overlaps(mentionTokens) && distance(i, $0) < d }) { continue }
            if best == nil || d < best!.1 { best = (p, d) }
        }
        return best?.0 ?? .unspecified
    }

    static let periodWords = WordTable(words: [
        "year", "years", "week", "weeks", "month", "months", "quarter", "decade", "time", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "season", "fall", "spring",
        "summer", "winter", "night", "day", "weekend",
    ], value: true)

    func period(_ mentionTokens: Range<Int>, view: SentenceView) -> Period {
        let clause = view.clause(around: mentionTokens)
        let lo = max(clause.lowerBound, mentionTokens.lowerBound - 6)
        let hi = min(clause.upperBound, mentionTokens.upperBound + 6)
        for i in lo..<hi {
            let t = view.tokens[i]
            guard t.kind == .word else { continue }
            if MeasureLexicon.total.contains(t.key) { return .total }
            if MeasureLexicon.quarterly.contains(t.key) {
                // "the same quarter last year" still names a quarter; "the third quarter" alone dates.
                return .quarterly
            }
            if t.key == "months", i > lo, view.word(i - 1).lowercased() == "three" { return .quarterly }
            if MeasureLexicon.annual.contains(t.key) {
                // "a year", "per year", "each year", "annual(ly)": only "year" after a/per/each counts.
                if t.key == "year" {
                    guard i > lo, ["a", "per", "each", "every", "full"].contains(view.word(i - 1).lowercased()) else { continue }
                    // "a year earlier", "a year ago": a comparison, not a rate.
                    if i + 1 < view.sentence.tokens.upperBound,
                       ["earlier", "ago", "before", "later", "prior"].contains(view.word(i + 1).lowercased()) { continue }
                }
                if t.key == "full", !(i + 2 < hi && view.tokens[i + 2].key == "year") { continue }
                if t.key == "per" || t.key == "each" { continue }
                return .annual
            }
        }
        return .unspecified
    }

    /// "from $3.74 billion", "against $3.74 billion": the earlier side of a comparison.
    func isComparedFrom(_ tokens: Range<Int>, view: SentenceView) -> Bool {
        var i = tokens.lowerBound - 1
        while i >= view.sentence.tokens.lowerBound, i >= tokens.lowerBound - 2 {
            let t = view.tokens[i]
            if t.kind == .word, MeasureLexicon.comparedFrom.contains(t.key) { return true }
            if t.kind == .word, t.key != "with" { return false }
            i -= 1
        }
        return false
    }

    /// "$1.87 a share", "$2 per share".
    func isPerShare(_ tokens: Range<Int>, view: SentenceView) -> Bool {
        let i = tokens.upperBound
        guard i + 1 < view.sentence.tokens.upperBound else { return false }
        return ["a", "per"].contains(view.word(i).lowercased()) && view.tokens[i + 1].key == "share"
    }

    static let changeWords = WordTable(words: [
        "up", "down", "gain", "gains", "gained", "rise", "rose", "risen", "rises", "increase", "increased",
        "fell", "fall", "falls", "fallen", "drop", "dropped", "jump", "jumped", "climb", "climbed", "decline",
        "declined", "growth", "grew", "higher", "lower", "more", "less", "hike", "raise", "cut", "slid", "surged",
    ], value: true)

    /// A percent or multiple of change measures the growth of the noun it changes ("revenue rose
    /// 15%": revenue growth), split by direction; "38% of revenue" is a share of it.
    func percentMeasure(_ mention: Mention, _ tokens: Range<Int>, found: FoundCue, view: SentenceView) -> String {
        let end = view.sentence.tokens.upperBound
        if mention.kind == .percent, tokens.upperBound + 1 < end, view.tokens[tokens.upperBound].key == "of" {
            var i = tokens.upperBound + 1
            while i < min(end, tokens.upperBound + 5) {
                if view.tokens[i].kind == .word, let c = MeasureLexicon.cues[view.tokens[i].key] { return "share of " + c.measure }
                i += 1
            }
            return "share of " + fallbackNoun(after: tokens.upperBound + 1, view: view)
        }
        var isChange = mention.direction != nil || found.cue.measure == "growth"
        for i in max(view.sentence.tokens.lowerBound, tokens.lowerBound - 2)..<min(end, tokens.upperBound + 2)
        where !tokens.contains(i) && view.tokens[i].kind == .word && ClaimBuilder.changeWords.contains(view.tokens[i].key) {
            isChange = true
        }
        guard isChange else { return found.cue.measure }
        var base = found.cue.measure == "growth" ? nil : found.cue.measure
        if base == nil {
            // The noun before the change word: "shares fell 3%" → shares.
            let clause = view.clause(around: tokens)
            var i = tokens.lowerBound - 1
            while i >= clause.lowerBound, base == nil {
                let t = view.tokens[i]
                if t.kind == .word, let c = MeasureLexicon.cues[t.key], c.measure != "growth" { base = c.measure }
                else if t.kind == .word, !t.isCapitalized, !ClaimBuilder.skipWords.contains(t.key),
                        !ClaimBuilder.changeWords.contains(t.key), MeasureLexicon.cues[t.key] == nil { base = view.word(i).lowercased() }
                i -= 1
            }
        }
        let direction = mention.direction?.rawValue ?? "change"
        return "\(base ?? "value") growth (\(direction))"
    }

    func fallbackNoun(after start: Int, view: SentenceView) -> String {
        var i = start
        while i < view.sentence.tokens.upperBound, i < start + 5 {
            let t = view.tokens[i]
            if t.kind == .word, !ClaimBuilder.skipWords.contains(t.key) { return view.word(i).lowercased() }
            i += 1
        }
        return "something"
    }

    // MARK: - Counts

    /// Determiners that make a small count a reference, not a claim ("the two countries").
    static let referring = WordTable(words: ["the", "both", "these", "those", "all", "its", "their", "our"], value: true)

    func countClaim(_ mention: Mention, view: SentenceView, id: String, others: [Range<Int>]) -> Claim? {
        let tokenRange = view.tokenRange(mention.range)
        if let point = mention.value?.point, point < 20, mention.hedge == .exact, tokenRange.lowerBound > view.sentence.tokens.lowerBound,
           ClaimBuilder.referring.contains(view.tokens[tokenRange.lowerBound - 1].key) {
            return nil
        }
        // "31 dead, including eight people in outlying hamlets": a part of another figure.
        if tokenRange.lowerBound > view.sentence.tokens.lowerBound,
           ["including", "among", "of"].contains(view.word(tokenRange.lowerBound - 1).lowercased()) {
            return nil
        }
        // A year used as an adjective ("the 2018 deadline") counts nothing.
        if let first = tokenRange.first, view.tokens[first].kind == .number, view.tokens[first].end - view.tokens[first].start == 4,
           let point = mention.value?.point, (1900...2100).contains(point), mention.hedge == .exact {
            return nil
        }
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
                          measureCue: noun, event: event, phase: phase(tokenRange, view: view, others: others),
                          period: period(tokenRange, view: view), modality: mention.modality)
        claim.subject = nationality(in: tokenRange, view: view)
            ?? (MeasureLexicon.harm.contains(claim.measure) ? placeSubject(tokenRange, view: view) : nil)
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

    /// "In Turkey alone, 3,419 people were killed": a country after "in" in the clause is where the
    /// counted people are.
    func placeSubject(_ tokens: Range<Int>, view: SentenceView) -> String? {
        let clause = view.clause(around: tokens)
        var best: (String, Int)?
        for i in clause where view.tokens[i].kind == .word && ["in", "across", "throughout"].contains(view.word(i).lowercased()) {
            guard i + 1 < clause.upperBound, !tokens.contains(i + 1), let (key, last) = entity(startingAt: i + 1, view: view) else { continue }
            // "in Turkey and Syria": both places, so neither is the subject.
            if last + 2 < clause.upperBound, view.tokens[last + 1].key == "and", entity(startingAt: last + 2, view: view) != nil { continue }
            let d = Swift.abs(i - tokens.lowerBound)
            if best == nil || d < best!.1 { best = (key, d) }
        }
        return best?.0
    }

    /// "3,000 Irish nurses": a nationality inside the count names whose people they are.
    func nationality(in tokens: Range<Int>, view: SentenceView) -> String? {
        for i in tokens where view.tokens[i].isCapitalized {
            if let (key, _) = entity(startingAt: i, view: view) { return key }
        }
        return nil
    }

    // MARK: - Durations

    func durationClaim(_ mention: Mention, view: SentenceView, id: String) -> Claim? {
        let tokenRange = view.tokenRange(mention.range)
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
                return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range,
                             measure: "duration:" + cls, measureCue: view.word(i), phase: phase(tokenRange, view: view), modality: mention.modality)
            }
        }
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
