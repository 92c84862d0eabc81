/// Measurements and clock times read as claims. They are figures like money: the governing word
/// says what is measured ("burned 463,000 acres", "struck at 11.40pm"); the extent a length gives
/// ("4.5 metres high") stands in when no word governs it. The value is compared in base units (or
/// in UTC, for times joined with the date of their clause), see `ClaimValue`.
extension ClaimBuilder {
    /// The measurement's claim; for a part of a day that names its day ("late Friday night",
    /// "Sunday evening"), also the date it gives, so that it still compares with "on Monday".
    func measurementClaims(_ mention: Mention, view: SentenceView, id: String, local: SentenceMentions, index: DocumentIndex) -> [Claim] {
        var out: [Claim] = []
        if let day = mention.measurement?.day {
            var dated = mention
            dated.kind = day.start == day.end ? .date : .daterange
            dated.date = day
            dated.value = nil
            dated.measurement = nil
            if let c = dateClaim(dated, view: view, id: id, local: local, index: index) { out.append(c) }
        }
        // A part of a day that names its day ("Wednesday evening", "late Friday night") is read
        // as that day: hours as loose as "evening" cannot contradict a clock time ("around 4
        // p.m.", "after dark") the way two days contradict each other, and the one phrase would
        // otherwise state two facts.
        if !out.isEmpty, isPartOfDay(mention) { return out }
        if let c = measurementClaim(mention, view: view, id: out.isEmpty ? id : id + "t", local: local) { out.append(c) }
        return out
    }

    /// A time of day three hours wide or more, with no clock figure: "evening", "overnight".
    func isPartOfDay(_ mention: Mention) -> Bool {
        guard mention.measurement?.dimension == "time", let v = mention.value, v.point == nil,
              let lo = v.low, let hi = v.high else { return false }
        return hi - lo >= 3 * 3600
    }

    func measurementClaim(_ mention: Mention, view: SentenceView, id: String, local: SentenceMentions) -> Claim? {
        guard let u = mention.measurement else { return nil }
        // People's ages are not compared (README, Limitations), nor a temperature whose scale the
        // text leaves to the reader.
        if u.dimension == "age" || u.dimension == "degrees" { return nil }
        guard var claim = figureClaim(mention, view: view, id: id, local: local) else { return nil }
        // A clock time is when its clause's event happened ("touched down at 6:04 pm", "the
        // strike began at 12:01 a.m."): named by the event, as its date is, not by the nearest cue.
        if u.dimension == "time" {
            let tokens = view.tokenRange(mention.range)
            if let found = datedEvent(mention, tokens, view: view) {
                claim.measure = Measure(found.cls)
            } else if let (concept, _) = nearestEventWord(tokens, view: view, reach: 16) {
                // A clock time often closes its clause after the place ("was launched from the
                // Kestrel Range in Arlo County, at 2:35 pm"): its verb may stand further back.
                claim.measure = Measure(concept)
            }
            return claim
        }
        guard u.dimension == "area" else {
            if let aspect = u.aspect, !claim.measure.isKnown { claim.measure = Measure(aspect) }
            return claim
        }
        // An area says what it measures by its unit: the words around it ("burned", "scorched",
        // "grown to", "covering", "a size of") vary from report to report for one fire's or one
        // flood's area, and a money or percent cue nearby ("containment at 45%") is another
        // figure's. Only growth matters: "grew 2,000 acres" is a change, "grew to 41,000 acres"
        // the size reached. (Lengths keep their governing word: a story has many distances.)
        var measure = Measure("extent")
        if isGrowth(view.tokenRange(mention.range), view: view) { measure.change = .unstated }
        claim.measure = measure
        return claim
    }

    /// "grew 2,000 acres", "growing by more than 5,000 acres": a growth word or "by" just before
    /// the figure makes it the change; "grew to 41,000 acres" and "up from 41%" are levels.
    func isGrowth(_ tokens: Range<Int>, view: SentenceView) -> Bool {
        var i = tokens.lowerBound - 1
        while i >= max(view.sentence.tokens.lowerBound, tokens.lowerBound - 3) {
            let t = view.tokens[i]
            guard t.kind == .word else { return false }
            // "an increase of 2,000 acres" is a change; "a size of", "grew to" name a level.
            if view.word(i).lowercased() == "of", i > view.sentence.tokens.lowerBound {
                return MeasureLexicon.cues[view.tokens[i - 1].key]?.measure == "growth"
            }
            if ["to", "from", "at"].contains(view.word(i).lowercased()) { return false }
            if t.key == "by" || MeasureLexicon.cues[t.key]?.measure == "growth" { return true }
            i -= 1
        }
        return false
    }
}
