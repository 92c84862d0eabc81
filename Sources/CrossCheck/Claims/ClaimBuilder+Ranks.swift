/// Places in a ranking read as claims: "the third-largest wildfire in Oregon history", "the
/// second deadliest earthquake on record". The ranking is the superlative with what it ranks
/// among: its time frame (all time, this year, now burning) and its place ("in California"), so
/// that "the largest fire burning in the US" and "the second-largest in California history" are
/// two rankings, never a disagreement.
extension ClaimBuilder {
    func rankClaim(_ mention: Mention, view: SentenceView, id: String) -> Claim? {
        let tokens = view.tokenRange(mention.range)
        guard let place = mention.value?.point, place >= 1, place <= 100, place == place.rounded() else { return nil }
        let end = view.sentence.tokens.upperBound
        var i = tokens.upperBound
        if i < end, view.tokens[i].key == "-" { i += 1 }
        guard i < end, view.tokens[i].kind == .word else { return nil }
        var superlative: String
        if view.tokens[i].key == "most", i + 1 < end, view.tokens[i + 1].kind == .word {
            i += 1
            superlative = ClaimBuilder.superlatives[view.tokens[i].key] ?? view.word(i).lowercased()
        } else if let s = ClaimBuilder.superlatives[view.tokens[i].key] {
            superlative = s
        } else {
            return nil
        }
        // What the ranking is among: the words up to the clause's end or a comma.
        let clause = view.clause(around: tokens)
        var frame: String?
        var subject: String?
        var k = i + 1
        while k < min(clause.upperBound, i + 10) {
            let t = view.tokens[k]
            if t.kind == .punct, t.key == "," || t.key == "." || t.key == ";" { break }
            if t.kind == .word {
                if let f = ClaimBuilder.rankFrames[t.key] { frame = frame ?? f }
                if subject == nil, ["in", "across"].contains(view.word(k).lowercased()), k + 1 < clause.upperBound {
                    // A known place by its key ("the US"), else the capitalised name ("California").
                    var start = k + 1
                    if view.tokens[start].key == "the", start + 1 < clause.upperBound { start += 1 }
                    subject = entity(startingAt: start, view: view)?.0 ?? capitalisedName(from: start, before: clause.upperBound, view: view)
                }
            }
            k += 1
        }
        if let f = frame { superlative += " (\(f))" }
        var claim = Claim(id: id, documentIndex: 0, mention: mention, sentence: view.sentence.range, dimension: .rank,
                          measure: Measure(superlative), cue: view.word(i), phase: phase(tokens, view: view), modality: mention.modality)
        claim.subject = subject
        return claim
    }

    /// Superlatives, by the ranking they make: "biggest" ranks as "largest" does.
    static let superlatives = WordTable([
        "largest": "largest", "biggest": "largest", "deadliest": "deadliest", "deadly": "deadliest",
        "costliest": "costliest", "expensive": "costliest", "destructive": "most destructive",
        "highest": "highest", "tallest": "highest", "strongest": "strongest", "powerful": "strongest",
        "worst": "worst", "busiest": "busiest", "richest": "richest", "wealthiest": "richest",
        "populous": "most populous", "oldest": "oldest", "longest": "longest", "hottest": "hottest",
        "wettest": "wettest", "driest": "driest", "coldest": "coldest", "fastest": "fastest",
        "smallest": "smallest", "lowest": "lowest", "valuable": "most valuable", "popular": "most popular",
    ])

    /// Words that say what a ranking is among in time: of all time, of a year, of what is going on now.
    static let rankFrames = WordTable([
        "history": "all time", "recorded": "all time", "record": "all time", "ever": "all time",
        "year": "this year", "season": "this year", "burning": "now", "active": "now", "currently": "now",
    ])
}
