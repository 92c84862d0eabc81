/// Finding what a figure measures and of whom: the governing cue word, the figure's phase and
/// period, the subject entity. Every scan is bounded to a window around the figure.
extension ClaimBuilder {
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
            // A cue word that is also a noun of another class, used as that noun: "a 25% pay
            // rise", "raise pay by 25%", "their average pay" are wages, not a payment.
            if let noun = ClaimBuilder.nounReadings[tokens[i].key], isNounUse(i) {
                c = MeasureLexicon.Cue(measure: noun, isVerb: false, isPresent: false)
            }
            return FoundCue(cue: c, index: i, word: view.word(i))
        }
        /// Whether the word at `i` is used as a noun, by the words around it.
        func isNounUse(_ i: Int) -> Bool {
            if i > view.sentence.tokens.lowerBound, tokens[i - 1].kind == .word,
               ClaimBuilder.nounMarkers.contains(tokens[i - 1].key) || ClaimBuilder.wordsBeforeANoun.contains(tokens[i - 1].key) { return true }
            return i + 1 < view.sentence.tokens.upperBound && ClaimBuilder.wordsAfterANoun.contains(tokens[i + 1].key)
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
        // Past a relative pronoun ("dockers voted down a pact that was to lift wages by 9%") the
        // verbs belong to the main clause, not to the figure inside the relative one.
        var pastRelative = false
        i = mentionTokens.lowerBound - 1
        while i >= leftStart {
            if ClaimBuilder.relativePronouns.contains(tokens[i].key), i + 1 < mentionTokens.lowerBound,
               i > view.sentence.tokens.lowerBound, tokens[i - 1].kind == .word, tokens[i + 1].kind == .word {
                pastRelative = true
            }
            if let c = cue(at: i), !(pastRelative && c.cue.isVerb) {
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


    /// Words that open a relative clause after a noun.
    static let relativePronouns = WordTable(words: ["that", "which", "who"], value: true)

    /// Words before a cue that make it a noun.
    static let nounMarkers = WordTable(words: [
        "the", "a", "an", "its", "their", "his", "her", "our", "s", "this", "that", "whose",
        // adjectives (not adverbs: "initially requested" is still a verb)
        "initial", "original", "opening", "current", "previous", "latest", "revised", "new", "final", "first",
    ], value: true)

    /// A bare number is a claim only when its clause says what happened to whom ("the death toll

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
                return Lemmatizer.lemma(view.word(i))
            }
            i -= 1
        }
        return ""
    }

    /// The entity a cue belongs to: for a verb, the last entity before it in the clause; for a
    /// noun, a possessive right before it ("Seoul's contribution") or "of/from X" right after it.
    func subject(forCue found: FoundCue, mentionTokens: Range<Int>, view: SentenceView) -> String? {
        let clause = view.clause(around: mentionTokens.lowerBound..<max(mentionTokens.upperBound, found.index + 1))
        if found.cue.isVerb {
            var i = found.index - 1
            while i >= max(clause.lowerBound, found.index - ClaimBuilder.verbWindow) {
                // "The U.S. Forest Service reported …": a country inside an organisation's name
                // is not the subject.
                if let (key, _) = entity(endingAt: i, view: view), !continuesAName(after: i, view: view) { return key }
                if ClaimBuilder.subjectPronouns.contains(view.tokens[i].key),
                   let key = carriedSubject(pronounAt: i, verbAt: found.index, view: view) { return key }
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

    /// The nearest phase word to the mention within its clause. A phase word nearer to another
    /// figure belongs to that one ("around $4 billion, down from the $5 billion it initially
    /// requested": "initially" is the $5 billion's).
    func phase(_ mentionTokens: Range<Int>, view: SentenceView, others: [Range<Int>] = [], within: Range<Int>? = nil) -> Phase {
        func distance(_ i: Int, _ r: Range<Int>) -> Int {
            i < r.lowerBound ? r.lowerBound - i : (r.contains(i) ? 0 : i - r.upperBound + 1)
        }
        let whole = within ?? view.clause(around: mentionTokens)
        // Words before the figure qualify the noun that governs it ("Last year's deal … set
        // Ottawa's contribution at $450 million"); words after it soon belong to another clause.
        let clause = max(whole.lowerBound, mentionTokens.lowerBound - 20)..<min(whole.upperBound, mentionTokens.upperBound + 8)
        var best: (Phase, Int)?
        for i in clause where !mentionTokens.contains(i) {
            let t = view.tokens[i]
            guard t.kind == .word, var p = MeasureLexicon.phases[t.key] else { continue }
            if t.key == "first", i + 1 < clause.upperBound, view.tokens[i + 1].key == "time" { continue }
            // "updated 1 hour ago": when the page changed, too recent to make a figure a former one.
            if t.key == "ago", i > view.sentence.tokens.lowerBound, ClaimBuilder.clockUnits.contains(view.tokens[i - 1].key) { continue }
            // "the month-old fire", "a 10-year-old boy": an age, not a former figure.
            if t.key == "old", i > view.sentence.tokens.lowerBound, view.tokens[i - 1].kind != .word || ClaimBuilder.periodWords.contains(view.tokens[i - 1].key) { continue }
            // "earlier this month", "earlier in the week": a date, which the claim's date carries.
            if t.key == "earlier", i + 1 < clause.upperBound, ["this", "in", "on", "that"].contains(view.tokens[i + 1].key) { continue }
            // "last year", "next week": a date, not a phase of the figure (the date says when);
            // but "last year's deal set the payment at …" qualifies the clause's subject, however far.
            var reach = ClaimBuilder.adverbPhases.contains(t.key) ? (before: 6, after: 3) : (before: 20, after: 8)
            if i + 1 < clause.upperBound, ClaimBuilder.periodWords.contains(view.tokens[i + 1].key) {
                guard t.key == "last" || t.key == "previous" || t.key == "prior" else { continue }
                p = .previous
                reach = (20, 8)
            }
            // Adjectives qualify a noun that may govern the figure from afar ("the initial demand
            // … would have lifted the payment to $5 billion"); adverbs and "first" qualify the
            // figure only close to it ("now stands at 35%"): further off, in a long clause ("Musk's
            // first … bid … $44 billion"), they more often qualify something else.
            let d = distance(i, mentionTokens)
            if i < mentionTokens.lowerBound ? d > reach.before : d > reach.after { continue }
            // "the original terms which date from May when it bought a 9% stake": the figure
            // sits in a relative clause that opened after the phase word, so it states something
            // else. A clause closed again ("The previous deal, which ran out in May, had Seoul
            // paying $870 million") does not.
            if i + 1 < mentionTokens.lowerBound,
               let turn = (i + 1..<mentionTokens.lowerBound).last(where: { ClaimBuilder.relativeTurns.contains(view.tokens[$0].key) }),
               !(turn + 1..<mentionTokens.lowerBound).contains(where: { view.tokens[$0].key == "," }) { continue }
            if others.contains(where: { !$0.overlaps(mentionTokens) && distance(i, $0) < d }) { continue }
            if d < (best?.1 ?? Int.max) { best = (p, d) }
        }
        return best?.0 ?? .unspecified
    }

    /// Cue words that are also nouns of another class, and the words before or after them that
    /// show the noun (a determiner, an adjective, a verb of change; "rise", "deal", "of").
    static let nounReadings = WordTable(["pay": "salary"])
    static let wordsBeforeANoun = WordTable(words: [
        "average", "annual", "base", "hourly", "higher", "better", "more", "equal", "back", "sick", "overtime",
        "raise", "raises", "raising", "raised", "boost", "boosts", "boosting", "boosted", "increase", "increases",
        "increasing", "increased", "cut", "cuts", "cutting", "hike", "hikes", "hiking", "hiked", "in", "lift", "lifts",
        "lifting", "lifted", "bump", "bumps", "bumped", "improve", "improves", "improved", "freeze", "freezes", "froze",
    ], value: true)
    static let wordsAfterANoun = WordTable(words: [
        "rise", "rises", "raise", "raises", "increase", "increases", "hike", "hikes", "cut", "cuts", "deal",
        "gap", "freeze", "package", "packages", "scale", "scales", "talks", "dispute", "offer", "claim", "award",
        "packet", "levels", "level", "growth", "of",
    ], value: true)

    static let clockUnits = WordTable(words: ["second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs"], value: true)

    static let relativeTurns = WordTable(words: ["which", "who", "when", "while", "where", "whose"], value: true)

    static let adverbPhases = WordTable(words: ["now", "still", "currently", "first", "earlier", "latest", "eventually", "present"], value: true)

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
        // "$31.40 a share", "$31.40/share", "$31.40-per-share", "$31.40 in cash for each share of
        // its stock", "$31.40 per Acme share".
        var marker: Int?
        for i in tokens.upperBound..<min(view.sentence.tokens.upperBound, tokens.upperBound + 8) {
            let t = view.tokens[i]
            if t.kind == .punct, t.key == "," || t.key == "." || t.key == ";" { return false }
            // "$44 billion or $54.20 per share": the rate is the other figure's.
            if t.kind == .number, marker == nil { return false }
            if t.key == "a" || t.key == "per" || t.key == "each" || t.key == "every" || t.key == "/" { marker = i; continue }
            if t.key == "share", let m = marker, i - m <= 3 { return true }
        }
        return false
    }

    static let changeWords = WordTable(words: [
        "up", "down", "gain", "gains", "gained", "rise", "rose", "risen", "rises", "increase", "increased",
        "fell", "fall", "falls", "fallen", "drop", "dropped", "jump", "jumped", "climb", "climbed", "decline",
        "declined", "growth", "grew", "higher", "lower", "more", "less", "hike", "raise", "cut", "slid", "surged",
        "raises", "hikes", "increases", "cuts", "gains",
    ], value: true)

    /// A percent or multiple of change measures the change of the noun it changes ("revenue rose
    /// 15%": a change of revenue), with its direction; "38% of revenue" is a share of it.
    func percentMeasure(_ mention: Mention, _ tokens: Range<Int>, base measure: Measure, found: FoundCue?, view: SentenceView) -> Measure {
        let end = view.sentence.tokens.upperBound
        if mention.kind == .percent, tokens.upperBound + 1 < end, view.tokens[tokens.upperBound].key == "of" {
            // "96% of voting workers rejected the offer": the share that voted one way.
            var k = tokens.upperBound + 1
            while k < min(end, tokens.upperBound + 7) {
                if view.tokens[k].kind == .word, let c = MeasureLexicon.cues[view.tokens[k].key], c.isVerb,
                   c.measure == "reject" || c.measure == "approve" { return Measure(c.measure) }
                k += 1
            }
            var i = tokens.upperBound + 1
            while i < min(end, tokens.upperBound + 5) {
                if view.tokens[i].kind == .word, let c = MeasureLexicon.cues[view.tokens[i].key] { return Measure(c.measure, isShare: true) }
                i += 1
            }
            return Measure(fallbackNoun(after: tokens.upperBound + 1, view: view), isKnown: false, isShare: true)
        }
        var isChange = mention.direction != nil || found?.cue.measure == "growth"
        // "containment climbed to 48%, up from 41%": figures after "to" and "from" are the
        // levels before and after, not the change.
        if mention.direction == nil, tokens.lowerBound > view.sentence.tokens.lowerBound,
           ["to", "from"].contains(view.word(tokens.lowerBound - 1).lowercased()) { return measure }
        // "raises pay by 18%": after "by", the change word may stand further back.
        let byBefore = tokens.lowerBound > view.sentence.tokens.lowerBound && view.tokens[tokens.lowerBound - 1].key == "by"
        for i in max(view.sentence.tokens.lowerBound, tokens.lowerBound - (byBefore ? 4 : 2))..<min(end, tokens.upperBound + 2)
        where !tokens.contains(i) && view.tokens[i].kind == .word && ClaimBuilder.changeWords.contains(view.tokens[i].key) {
            // "is now 48%, up from 41%": "up from" compares the figure with an earlier one.
            if i >= tokens.upperBound, i + 1 < end, view.tokens[i + 1].key == "from" { continue }
            isChange = true
        }
        guard isChange else { return measure }
        var base: Measure? = found == nil || found?.cue.measure == "growth" ? nil : measure
        if base == nil {
            // The noun before the change word: "shares fell 3%" → shares.
            let clause = view.clause(around: tokens)
            var i = tokens.lowerBound - 1
            while i >= max(clause.lowerBound, tokens.lowerBound - ClaimBuilder.verbWindow), base == nil {
                let t = view.tokens[i]
                if t.kind == .word, let c = MeasureLexicon.cues[t.key], c.measure != "growth" { base = Measure(c.measure) }
                else if t.kind == .word, !t.isCapitalized, !ClaimBuilder.skipWords.contains(t.key),
                        !ClaimBuilder.changeWords.contains(t.key), MeasureLexicon.cues[t.key] == nil {
                    base = Measure(Lemmatizer.lemma(view.word(i)), isKnown: false)
                }
                i -= 1
            }
        }
        var result = base ?? Measure("value", isKnown: false)
        switch mention.direction {
        case .up?: result.change = .up
        case .down?: result.change = .down
        case nil: result.change = .unstated
        }
        return result
    }

    func fallbackNoun(after start: Int, view: SentenceView) -> String {
        var i = start
        while i < view.sentence.tokens.upperBound, i < start + 5 {
            let t = view.tokens[i]
            if t.kind == .word, !ClaimBuilder.skipWords.contains(t.key) { return view.word(i).lowercased() }
            i += 1
        }
        return ""
    }

}
