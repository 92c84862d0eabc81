/// Tally lists: "Pennsylvania, 12; Idaho, 10; Alaska, 8", "Ohio 2, Idaho 8, Illinois 1". Outbreak,
/// disaster and election reports break a total down by place this way; each bare number is a count
/// of what the report was counting just before, in that place.
extension ClaimBuilder {
    /// What a report was last counting (cases, deaths, people hospitalized), for the tally list
    /// that may follow it in the same or the next sentence.
    struct CountedThing {
        var dimension: Dimension
        var concept: String
        var sentence: Int
    }

    /// A count claim that can head a tally list: a count of people or of a harm.
    static func countedThing(_ claim: Claim, sentence: Int) -> CountedThing? {
        guard claim.kind == .count, case let .count(noun) = claim.dimension, !claim.measure.isEmpty else { return nil }
        guard peopleClasses.contains(noun) || MeasureLexicon.harm.contains(noun) else { return nil }
        return CountedThing(dimension: claim.dimension, concept: claim.measure.concept, sentence: sentence)
    }

    /// The places of a sentence's tally list, keyed by the first token of each item's number. A
    /// list has at least three "Name N" items (a comma may stand between name and number), each
    /// opening after a separator and closing before one, and at least two of its names are
    /// regions or countries the lexicons know: "Smith 12, Jones 8" is a score, not a place list.
    func tallyPlaces(_ local: SentenceMentions, view: SentenceView) -> [Int: String] {
        var numbers = 0
        for (mention, _) in local.items where mention.kind == .number { numbers += 1 }
        guard numbers >= 3 else { return [:] }
        var items: [(at: Int, region: String?, entity: String?, written: String)] = []
        let lower = view.sentence.tokens.lowerBound, upper = view.sentence.tokens.upperBound
        for (mention, r) in local.items where mention.kind == .number {
            guard let point = mention.value?.point, point == point.rounded(), r.lowerBound - 1 >= lower else { continue }
            // After the number: a separator or the sentence's end.
            if r.upperBound < upper {
                let next = view.tokens[r.upperBound]
                guard ClaimBuilder.listSeparators.contains(next.key) || next.key == "." else { continue }
            }
            var end = r.lowerBound - 1
            if view.tokens[end].key == "," { end -= 1 }
            guard end >= lower, view.tokens[end].kind == .word, view.tokens[end].isCapitalized else { continue }
            var start = end
            while start - 1 >= lower, end - start < 2, view.tokens[start - 1].kind == .word, view.tokens[start - 1].isCapitalized { start -= 1 }
            // Before the name: a separator or the sentence's start.
            guard start == lower || ClaimBuilder.listSeparators.contains(view.tokens[start - 1].key)
                    || view.tokens[start - 1].key == ":" || view.tokens[start - 1].key == "." else { continue }
            let written = EntityLexicon.normalise(view.text.text(ByteRange(view.tokens[start].start, view.tokens[end].end)))
            let entity = self.entity(endingAt: end, view: view).flatMap { $0.1 >= start ? $0.0 : nil }
            items.append((r.lowerBound, RegionLexicon.region(endingAt: end, view: view), entity, written))
        }
        let regions = items.filter { $0.region != nil }.count, countries = items.filter { $0.entity != nil }.count
        guard items.count >= 3, regions + countries >= 2 else { return [:] }
        // A list of states is a list of states: "Washington 1" there is the state, not the
        // government the capital stands for elsewhere.
        var out: [Int: String] = [:]
        for item in items { out[item.at] = item.region ?? (regions > 0 ? item.written : item.entity ?? item.written) }
        return out
    }

    static let listSeparators = WordTable(words: [",", ";", "and"], value: true)

    /// The claim of one number in a tally list: a count of the thing counted just before, whose
    /// subject is the item's place.
    func tallyClaim(_ mention: Mention, place: String, counted: CountedThing, view: SentenceView, id: String) -> Claim {
        var claim = Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: counted.dimension,
                          measure: Measure(counted.concept), modality: mention.modality)
        claim.subject = place
        return claim
    }
}
