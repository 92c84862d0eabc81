extension ClaimBuilder {
    /// Whether token `i` names an event: an event noun that is not part of a longer proper name
    /// ("the Paris Agreement" is a name, not an agreement event) and not inside brackets.
    func isEventNoun(_ i: Int, view: SentenceView) -> String? {
        let t = view.tokens[i]
        guard t.kind == .word, let cls = EventLexicon.classes[t.key] else { return nil }
        if t.isCapitalized, i > view.sentence.tokens.lowerBound, view.tokens[i - 1].kind == .word, view.tokens[i - 1].isCapitalized { return nil }
        if view.isInsideParentheses(i) { return nil }
        return cls
    }

    /// The event noun nearest to a mention in its clause, with its token index.
    func nearestEvent(_ mentionTokens: Range<Int>, view: SentenceView) -> (cls: String, index: Int)? {
        let whole = view.clause(around: mentionTokens)
        let clause = max(whole.lowerBound, mentionTokens.lowerBound - 16)..<min(whole.upperBound, mentionTokens.upperBound + 16)
        var best: (String, Int, Int)?
        for i in clause where !mentionTokens.contains(i) {
            guard let cls = isEventNoun(i, view: view) else { continue }
            // An event named before the mention governs it more often than one after ("talks in
            // Los Angeles", "the meeting held on the 17th"): words after count double.
            let d = i < mentionTokens.lowerBound ? mentionTokens.lowerBound - i : 2 * (i - mentionTokens.upperBound + 1)
            if d < (best?.2 ?? Int.max) { best = (cls, i, d) }
        }
        return best.map { ($0.0, $0.1) }
    }

    static let reportingBeforeDate = WordTable(words: [
        "said", "says", "told", "announced", "reported", "stated", "added", "tweeted", "confirmed", "noted", "wrote",
    ], value: true)

    /// Dates a statement was made ("the ministry said Wednesday") date the statement, not the event;
    /// "said on Tuesday's call" dates the call.
    func datesAStatement(_ mentionTokens: Range<Int>, view: SentenceView) -> Bool {
        let after = mentionTokens.upperBound
        if after + 2 < view.sentence.tokens.upperBound, view.tokens[after].key == "'" || view.tokens[after].key == WordKey("’"),
           isEventNoun(after + 2, view: view) != nil { return false }
        var i = mentionTokens.lowerBound - 1
        while i >= view.sentence.tokens.lowerBound, i >= mentionTokens.lowerBound - 2 {
            let t = view.tokens[i]
            if t.kind == .word, ClaimBuilder.reportingBeforeDate.contains(t.key) { return true }
            if t.kind == .word, t.key != "on" { break }
            i -= 1
        }
        return false
    }

    /// The ordinal that numbers an event of class `cls` in the clause: an ordinal mention followed
    /// within three words by a noun of that class ("the seventh round of talks", "the 7th meeting").
    func ordinal(of cls: String, in clause: Range<Int>, view: SentenceView, local: SentenceMentions) -> Int? {
        for (m, r) in local.near(clause, kinds: [.ordinal], within: 0) {
            guard r.lowerBound >= clause.lowerBound, r.upperBound <= clause.upperBound, let p = m.value?.point,
                  p >= 1, p < 10_000 else { continue }
            for i in r.upperBound..<min(clause.upperBound, r.upperBound + 3) {
                if view.tokens[i].key == "-" || ClaimBuilder.isSuperlative(view.word(i)) { break }
                if view.tokens[i].kind == .word && EventLexicon.classes[view.tokens[i].key] == cls { return Int(p) }
            }
        }
        return nil
    }

    /// The phase of an event is said by the words right before its noun ("the last round", "the
    /// initial talks"), not by anything else in the clause.
    func eventPhase(_ eventIndex: Int, view: SentenceView) -> Phase {
        var i = eventIndex - 1
        while i >= max(view.sentence.tokens.lowerBound, eventIndex - 3) {
            if view.tokens[i].kind == .word, let p = MeasureLexicon.phases[view.tokens[i].key], p != .forecast { return p }
            i -= 1
        }
        return .unspecified
    }

    func eventKey(_ mentionTokens: Range<Int>, view: SentenceView, index: DocumentIndex, local: SentenceMentions,
                  event: (cls: String, index: Int)? = nil) -> (String, Phase)? {
        guard let (cls, eventIndex) = event ?? nearestEvent(mentionTokens, view: view) else { return nil }
        var phase = eventPhase(eventIndex, view: view)
        let clause = view.clause(around: mentionTokens)
        if let n = ordinal(of: cls, in: clause, view: view, local: local) {
            return ("\(cls)#\(n)", .unspecified)
        }
        // A date in the clause weeks away from the report puts the event in the past or future,
        // whatever "latest" or "current" says ("the latest of them, in January").
        if let asOf = index.published {
            let dated = local.near(clause, kinds: [.date, .daterange], within: 0).compactMap { m, t -> ClosedRange<CalendarDate>? in
                guard t.lowerBound >= clause.lowerBound, t.upperBound <= clause.upperBound else { return nil }
                return m.date?.interval
            }
            let far = dated.contains { Swift.abs($0.lowerBound.dayNumber - asOf.dayNumber) > 21 }
            if far, phase == .current || phase == .unspecified {
                phase = dated.contains { $0.upperBound < asOf } ? .previous : .next
            }
        }
        // Without an ordinal of its own, a current mention of the event is the round the report
        // is about.
        if phase == .unspecified || phase == .current, let n = index.dominantOrdinal[cls] {
            return ("\(cls)#\(n)", .unspecified)
        }
        return (cls, phase)
    }

    /// Verbs that say an event happens, and which part of it a date then gives.
    static let occurrenceVerbs = WordTable([
        "held": DatePart.whole, "hold": .whole, "holds": .whole, "holding": .whole, "scheduled": .whole,
        "slated": .whole, "set": .whole, "planned": .whole, "due": .whole, "took": .whole, "take": .whole,
        "takes": .whole, "convene": .whole, "convened": .whole, "met": .whole, "meet": .whole, "meets": .whole,
        "happened": .whole, "occurred": .whole, "struck": .whole, "hit": .whole, "collapsed": .whole,
        "burst": .whole, "broke": .whole, "gave": .whole, "failed": .whole, "is": .whole, "was": .whole, "be": .whole,
        "begin": .start, "began": .start, "begun": .start, "begins": .start, "start": .start, "started": .start,
        "starts": .start, "open": .start, "opened": .start, "opens": .start, "resume": .start, "resumed": .start,
        "resumes": .start, "kicked": .start, "launched": .start,
        "end": .end, "ended": .end, "ends": .end, "wrapped": .end, "wraps": .end, "concluded": .end,
        "concludes": .end, "closed": .end, "finished": .end,
    ])

    /// Words before a date that make it a bound of a period, not the date of the event ("since
    /// September", "until April").
    static let boundWords = WordTable(words: ["since", "from", "until", "till", "by", "before", "after", "through", "ahead", "apply"], value: true)

    /// Prepositions that tie a date to the event right before it ("talks on Tuesday").
    static let datePrepositions = WordTable(words: ["on", "in", "of", "at", "for"], value: true)

    /// The event a date dates, and which part of it: the event right beside the date ("talks on
    /// Tuesday", "Tuesday's call", "the April 15 election"), or the subject or object of a verb of
    /// occurrence right before the date ("the levee burst on Monday", "opened the session on
    /// Tuesday", "will be held in Los Angeles on the 17th").
    func datedEvent(_ mention: Mention, _ tokens: Range<Int>, view: SentenceView) -> (cls: String, index: Int, part: DatePart)? {
        let lower = view.sentence.tokens.lowerBound, upper = view.sentence.tokens.upperBound
        // Event right after the date: "Tuesday's call", "the April 15 general election".
        var j = tokens.upperBound
        if j < upper, view.tokens[j].key == "'" || view.tokens[j].key == WordKey("’") { j += 2 }
        // A quote closing the sentence ("on Monday'") moves j past its end: an empty range, not a trap.
        for k in j..<max(j, min(upper, j + 2)) {
            if let cls = isEventNoun(k, view: view) { return (cls, k, .whole) }
            if view.tokens[k].kind != .word { break }
        }
        // Event right before a single day: "on a call Wednesday".
        var k = tokens.lowerBound - 1
        if k >= lower, let cls = isEventNoun(k, view: view), let r = mention.date?.interval, r.lowerBound == r.upperBound {
            return (cls, k, partFromVerb(before: k, view: view) ?? .whole)
        }
        // Event right before it, through a preposition: "talks on Tuesday", "the session on Tuesday".
        if k - 1 >= lower, view.tokens[k].kind == .word, ClaimBuilder.datePrepositions.contains(view.tokens[k].key),
           let cls = isEventNoun(k - 1, view: view) {
            k -= 1
            return (cls, k, partFromVerb(before: k, view: view) ?? .whole)
        }
        // A verb of occurrence shortly before the date, then its subject or object.
        var v = tokens.lowerBound - 1
        var verb: (Int, DatePart)?
        while v >= max(lower, tokens.lowerBound - 7) {
            if view.tokens[v].kind == .word, let part = ClaimBuilder.occurrenceVerbs[view.tokens[v].key], !isAuxiliary(v, view: view) {
                verb = (v, part)
                break
            }
            v -= 1
        }
        guard let (verbIndex, part) = verb else { return nil }
        let clause = view.clause(around: tokens)
        // Object: "opened the two-day session on Tuesday".
        for o in (verbIndex + 1)..<min(tokens.lowerBound, verbIndex + 5) {
            if let cls = isEventNoun(o, view: view) { return (cls, o, part) }
        }
        // Subject: the nearest event noun before the verb in the clause.
        var s = verbIndex - 1
        while s >= max(clause.lowerBound, verbIndex - 28) {
            if let cls = isEventNoun(s, view: view) { return (cls, s, part) }
            // Another verb of occurrence in between has its own subject.
            if view.tokens[s].kind == .word, ClaimBuilder.occurrenceVerbs[view.tokens[s].key] != nil, !isAuxiliary(s, view: view) { break }
            s -= 1
        }
        return nil
    }

    /// The part of an event a verb just before its noun phrase gives ("began the two-day session").
    func partFromVerb(before eventIndex: Int, view: SentenceView) -> DatePart? {
        var v = eventIndex - 1
        while v >= max(view.sentence.tokens.lowerBound, eventIndex - 6) {
            if view.tokens[v].kind == .word, let part = ClaimBuilder.occurrenceVerbs[view.tokens[v].key], !isAuxiliary(v, view: view) { return part }
            v -= 1
        }
        return nil
    }

    /// "is", "was", "be" count as occurrence verbs only as the main verb, not before a participle.
    func isAuxiliary(_ i: Int, view: SentenceView) -> Bool {
        guard ["is", "was", "be", "were", "are"].contains(view.word(i).lowercased()) else { return false }
        return i + 1 < view.sentence.tokens.upperBound && view.tokens[i + 1].kind == .word
            && ClaimBuilder.occurrenceVerbs[view.tokens[i + 1].key] != nil
    }

    /// A date read as the day of the event its clause reports: a known event noun beside it
    /// ("talks on Tuesday", "the April 15 election"), the subject or object of a verb of occurrence
    /// ("the levee burst on Monday"), or else the nearest word of any event class in its clause
    /// ("the fire started on July 13", "the academy called for a recall on Tuesday").
    func dateClaim(_ written: Mention, view: SentenceView, id: String, local: SentenceMentions, index: DocumentIndex) -> Claim? {
        let tokenRange = view.tokenRange(written.range)
        let mention = countedBackInYears(written, tokenRange, view: view)
        if tokenRange.lowerBound > view.sentence.tokens.lowerBound {
            let prev = view.tokens[tokenRange.lowerBound - 1]
            // "until Friday to close the deal": the day a deadline falls on.
            if prev.key == "until", tokenRange.upperBound + 1 < view.sentence.tokens.upperBound,
               view.tokens[tokenRange.upperBound].key == "to", view.tokens[tokenRange.upperBound + 1].kind == .word,
               mention.date?.interval != nil {
                return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: .date,
                             measure: Measure("deadline"), modality: mention.modality)
            }
            // "before Monday's vote": the date names the vote's day, whatever bounds it.
            if prev.kind == .word, ClaimBuilder.boundWords.contains(prev.key), !isPossessive(after: tokenRange, view: view) { return nil }
            // "the outbreak now spans nine states as of May 3": the day a figure holds, which the
            // figure's claim keeps; no event happened on it.
            if prev.key == "of", tokenRange.lowerBound - 2 >= view.sentence.tokens.lowerBound,
               view.tokens[tokenRange.lowerBound - 2].key == "as" { return nil }
        }
        guard let r = mention.date?.interval else {
            return unresolvedDateClaim(mention, tokenRange, view: view, id: id)
        }
        // A span of more than a year dates nothing a reader could check.
        if r.upperBound.dayNumber - r.lowerBound.dayNumber > 366 { return nil }
        let statement = datesAStatement(tokenRange, view: view)
        var part = DatePart.whole
        var eventClass: String?
        var eventAt: Int?
        if !statement, let found = datedEvent(mention, tokenRange, view: view) {
            eventClass = found.cls
            eventAt = found.index
            part = found.part
        }
        var measure: Measure
        var key: String?
        var phase = Phase.unspecified
        if let cls = eventClass, let at = eventAt, let (k, p) = eventKey(tokenRange, view: view, index: index, local: local, event: (cls, at)) {
            key = k
            phase = p
            measure = Measure(cls)
        } else if let (concept, at) = nearestEventWord(tokenRange, view: view, reach: statement ? 8 : 12) {
            measure = Measure(concept)
            // "was first reported on July 14", "ignited on July 13": the day something began.
            if concept == "start" { part = .start } else if concept == "end" { part = .end }
            if EventLexicon.classes[view.tokens[at].key] != nil { phase = eventPhase(at, view: view) }
            // Weeks from the report, the event is a past or coming one, not the one the report is
            // about ("last met in January").
            if phase == .unspecified, let asOf = index.published, Swift.abs(r.lowerBound.dayNumber - asOf.dayNumber) > 21 {
                phase = r.upperBound < asOf ? .previous : .next
            }
        } else if statement {
            measure = Measure("statement", isKnown: false)
        } else {
            return nil
        }
        // "By Saturday morning the fire was 35% contained": a date that says when a running figure
        // of its clause holds is that figure's as-of date, not the date of an event.
        // A date an event began or ended on ("a strike by 33,000 workers that began on May 2")
        // is the event's, whatever figure shares its clause.
        if part == .whole, MeasureLexicon.timeVarying.contains(measure.concept) || statement || !measure.isKnown,
           datesAFigure(tokenRange, view: view, local: local) { return nil }
        // "day one wrapped up on Tuesday", "the first day of the session ended": the date is a day
        // inside the event.
        let clause = view.clause(around: tokenRange)
        if part != .whole, clause.contains(where: { view.tokens[$0].key == "day" && !tokenRange.contains($0) }) {
            part = .within
        }
        var claim = Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: .date,
                          measure: measure, cue: eventAt.map { view.word($0) }, event: key, phase: phase, modality: mention.modality)
        claim.datePart = part
        claim.place = placeOfClause(tokenRange, view: view, local: local)
        claim.dateIsContainer = tokenRange.contains { ClaimBuilder.containerWords.contains(view.tokens[$0].key) }
        return claim
    }

    /// Whether a count, percent, money or measurement figure of the date's clause holds on that
    /// date (the date is the figure's clause date). The date may be a part of a day's ("as of
    /// Sunday morning"), whose mention is a clock time carrying its day.
    func datesAFigure(_ tokens: Range<Int>, view: SentenceView, local: SentenceMentions) -> Bool {
        let clause = view.clause(around: tokens)
        for (m, r) in local.near(tokens, kinds: [.count, .percent, .money, .number, .quantity], within: 12)
        where r.lowerBound >= clause.lowerBound && r.upperBound <= clause.upperBound && r != tokens {
            guard m.kind != .number || m.value?.point.map({ $0 >= 10 }) == true else { continue }
            // a measurement is a figure; a clock time is when, not what
            if m.kind == .quantity, m.measurement.map({ $0.dimension == "time" }) ?? true { continue }
            // The figure's own clause date is the nearest date to it; this date must be that one.
            let mine = local.items.first(where: { $0.1 == tokens }).flatMap { $0.0.date ?? $0.0.measurement?.day }
            if let held = clauseDate(r, view: view, local: local), let mine, held == mine {
                return true
            }
        }
        return false
    }

    /// The place named in the date's clause within ten tokens, lower-cased (its entity key when
    /// the lexicon knows it).
    func placeOfClause(_ tokens: Range<Int>, view: SentenceView, local: SentenceMentions) -> String? {
        let clause = view.clause(around: tokens)
        let places = local.near(tokens, kinds: [.place], within: 10).filter { $0.1.lowerBound >= clause.lowerBound && $0.1.upperBound <= clause.upperBound }
        guard let nearest = places.min(by: { Swift.abs($0.1.lowerBound - tokens.lowerBound) < Swift.abs($1.1.lowerBound - tokens.lowerBound) }),
              let name = nearest.0.name else { return nil }
        return entities.key(for: name) ?? EntityLexicon.normalise(name)
    }

    /// Words that make a date a container the event falls in, not the event's own span.
    static let containerWords = WordTable(words: [
        "week", "weeks", "month", "months", "year", "years", "weekend", "earlier", "later", "mid", "early", "late",
        "this", "last", "next", "past", "recent", "recently", "end", "beginning", "start", "middle",
    ], value: true)

    /// Dates without a reference date stay claims only when their event is plain; they are
    /// compared only with care (see `Comparability`).
    func unresolvedDateClaim(_ mention: Mention, _ tokens: Range<Int>, view: SentenceView, id: String) -> Claim? {
        guard let (concept, at) = nearestEventWord(tokens, view: view) else { return nil }
        return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: .date,
                     measure: Measure(concept), cue: view.word(at), modality: mention.modality)
    }

    /// The nearest word of an event class in the clause, within eight tokens; words before the date
    /// win ties ("started on July 13" over "… , officials announced").
    /// - Parameter reach: how far back to look. A date that dates a saying ("…, the ministry said
    ///   Wednesday") reaches an event only close by; a plain date reaches its clause's verb further
    ///   back ("is due to gently set down near the rim of the old crater on March 4").
    func nearestEventWord(_ tokens: Range<Int>, view: SentenceView, reach: Int = 12) -> (String, Int)? {
        let clause = view.clause(around: tokens)
        var best: (String, Int, Int)?
        // "On Tuesday, the nurses' council demanded a recall": a date that opens its
        // clause dates the clause's main verb, further on.
        let opens = tokens.lowerBound - clause.lowerBound <= 2 && tokens.upperBound < clause.upperBound && view.tokens[tokens.upperBound].key == ","
        // Nearer words win.
        let lo = max(clause.lowerBound, tokens.lowerBound - reach), hi = min(clause.upperBound, tokens.upperBound + (opens ? 18 : 8))
        for i in lo..<hi where !tokens.contains(i) {
            let t = view.tokens[i]
            guard t.kind == .word, !view.isInsideParentheses(i) || view.isInsideParentheses(tokens.lowerBound) else { continue }
            // "The fire was first reported on July 14": when it was first seen is when it started.
            let firstSeen = t.key == "reported" && i > clause.lowerBound && view.tokens[i - 1].key == "first"
            guard let concept = firstSeen ? "start" : EventLexicon.classes[t.key] ?? ConceptLexicon.events[t.key] else { continue }
            let d = i < tokens.lowerBound ? 2 * (tokens.lowerBound - i) : 2 * (i - tokens.upperBound + 1) + 1
            if d < (best?.2 ?? Int.max) { best = (concept, i, d) }
        }
        return best.map { ($0.0, $0.1) }
    }

    func placeClaim(_ mention: Mention, view: SentenceView, id: String, local: SentenceMentions, index: DocumentIndex) -> Claim? {
        let tokenRange = view.tokenRange(mention.range)
        // The thing placed: a named object right before the preposition ("the Tarnow bridge in X"),
        // else the nearest event ("talks in X").
        if let thing = namedThing(before: tokenRange.lowerBound, view: view) {
            return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: .place,
                         measure: Measure(thing.head), event: thing.name, modality: mention.modality)
        }
        guard let (key, phase) = eventKey(tokenRange, view: view, index: index, local: local) else { return nil }
        let cls = String(key.split(separator: "#").first ?? "")
        guard EventLexicon.locatable.contains(cls) else { return nil }
        return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: .place,
                     measure: Measure(cls), event: key, phase: phase, modality: mention.modality)
    }

    /// "the Tarnow road bridge in …" → "tarnow bridge": a capitalised name and the event-class noun
    /// that heads it, right before the place's preposition.
    func namedThing(before start: Int, view: SentenceView) -> (name: String, head: String)? {
        var i = start - 1 // the preposition is inside the place mention or right before it
        while i >= view.sentence.tokens.lowerBound, view.tokens[i].kind == .word,
              ["in", "at", "near", "outside", "inside", "of", "off"].contains(view.word(i).lowercased()) { i -= 1 }
        guard i >= view.sentence.tokens.lowerBound, view.tokens[i].kind == .word else { return nil }
        let headKey = view.tokens[i].key
        guard EventLexicon.classes.contains(headKey), !view.tokens[i].isCapitalized else { return nil }
        let head = view.word(i).lowercased()
        var name: String?
        var j = i - 1
        while j >= max(view.sentence.tokens.lowerBound, i - 3) {
            if view.tokens[j].isCapitalized, view.tokens[j].kind == .word {
                name = view.word(j).lowercased()
                break
            }
            guard view.tokens[j].kind == .word else { break }
            j -= 1
        }
        guard let name else { return nil }
        return ("\(name) \(head)", EventLexicon.classes[headKey] ?? head)
    }
}
