extension ClaimBuilder {
    /// The event noun nearest to a mention in its clause, with its token index.
    func nearestEvent(_ mentionTokens: Range<Int>, view: SentenceView) -> (cls: String, index: Int)? {
        let clause = view.clause(around: mentionTokens)
        var best: (String, Int, Int)?
        for i in clause where !mentionTokens.contains(i) {
            let t = view.tokens[i]
            guard t.kind == .word, let cls = EventLexicon.classes[t.key] else { continue }
            // "leave" is an event only as "unpaid leave" / "on leave".
            // An event named before the mention governs it more often than one after ("talks in
            // Los Angeles", "the meeting held on the 17th"): words after count double.
            let d = i < mentionTokens.lowerBound ? mentionTokens.lowerBound - i : 2 * (i - mentionTokens.upperBound + 1)
            if best == nil || d < best!.2 { best = (cls, i, d) }
        }
        return best.map { ($0.0, $0.1) }
    }

    static let reportingBeforeDate = WordTable(words: [
        "said", "says", "told", "announced", "reported", "stated", "added", "tweeted", "confirmed", "noted", "wrote",
    ], value: true)

    /// Dates a statement was made ("the ministry said Wednesday") date the statement, not the event.
    func datesAStatement(_ mentionTokens: Range<Int>, view: SentenceView) -> Bool {
        var i = mentionTokens.lowerBound - 1
        while i >= view.sentence.tokens.lowerBound, i >= mentionTokens.lowerBound - 2 {
            let t = view.tokens[i]
            if t.kind == .word, ClaimBuilder.reportingBeforeDate.contains(t.key) { return true }
            if t.kind == .word, t.key != "on" { break }
            i -= 1
        }
        return false
    }

    func eventKey(_ mentionTokens: Range<Int>, view: SentenceView, events: EventIndex, mentions: [Mention]) -> (String, Phase)? {
        guard let (cls, index) = nearestEvent(mentionTokens, view: view) else { return nil }
        let phase = phase(mentionTokens, view: view)
        let clause = view.clause(around: mentionTokens)
        if let n = EventIndex.explicitOrdinal(before: index, view: view, mentions: mentions) {
            return ("\(cls)#\(n)", .unspecified)
        }
        // Without an ordinal of its own, a current mention of the event dates the round the
        // report is about; "the last round" or "the previous one" does not.
        // …and only when no date in the clause lies weeks away from the report ("the latest of
        // them, in January" is an earlier round).
        let farDate = events.mentions.contains { m in
            guard m.kind == .date || m.kind == .daterange, let r = m.date?.interval, let asOf = events.published else { return false }
            let t = view.tokenRange(m.range)
            guard t.lowerBound >= clause.lowerBound, t.upperBound <= clause.upperBound else { return false }
            return Swift.abs(r.lowerBound.dayNumber - asOf.dayNumber) > 21
        }
        if !farDate, phase == .unspecified || phase == .current || phase == .next, let n = events.dominantOrdinal[cls] {
            return ("\(cls)#\(n)", .unspecified)
        }
        return (cls, phase)
    }

    func dateClaim(_ mention: Mention, view: SentenceView, id: String, events: EventIndex) -> Claim? {
        let tokenRange = view.tokenRange(mention.range)
        guard !datesAStatement(tokenRange, view: view) else { return nil }
        guard let (key, phase) = eventKey(tokenRange, view: view, events: events, mentions: events.mentions) else { return nil }
        return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range,
                     measure: "when", measureCue: nil, event: key, phase: phase, modality: mention.modality)
    }

    func placeClaim(_ mention: Mention, view: SentenceView, id: String, events: EventIndex) -> Claim? {
        let tokenRange = view.tokenRange(mention.range)
        // The thing placed: a named object right before the preposition ("the Karsk bridge in X"),
        // else the nearest event ("talks in X").
        if let thing = namedThing(before: tokenRange.lowerBound, view: view) {
            return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range,
                         measure: "where", event: thing, modality: mention.modality)
        }
        guard let (key, phase) = eventKey(tokenRange, view: view, events: events, mentions: events.mentions),
              EventLexicon.locatable.contains(String(key.split(separator: "#")[0])) else { return nil }
        return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range,
                     measure: "where", event: key, phase: phase, modality: mention.modality)
    }

    /// "the Karsk road bridge in …" → "karsk bridge": a capitalised name and the event-class noun
    /// that heads it, right before the place's preposition.
    func namedThing(before start: Int, view: SentenceView) -> String? {
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
        return "\(name) \(head)"
    }

    func personClaim(_ mention: Mention, view: SentenceView, id: String) -> Claim? {
        guard let person = mention.person, person.role != nil else { return nil }
        return Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range,
                     measure: "role", event: person.name.lowercased(), modality: mention.modality)
    }
}
