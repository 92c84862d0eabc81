/// "The Corlow fire crossed the ridge overnight. The blaze has burned 40,000 acres": a sentence
/// that opens with a common noun for a kind of thing ("the blaze", "the company") speaks of the
/// named thing of that kind that opened the sentence before, in the same paragraph. Its figures
/// are that thing's, as if the name stood there.
extension ClaimBuilder {
    /// Common nouns that stand for a named thing of one kind, by kind.
    static let anaphorKinds = WordTable([
        "blaze": "fire", "fire": "fire", "wildfire": "fire", "inferno": "fire", "complex": "fire",
        "storm": "storm", "hurricane": "storm", "typhoon": "storm", "cyclone": "storm",
        "quake": "quake", "earthquake": "quake", "tremor": "quake",
        "company": "company", "firm": "company", "group": "company", "carmaker": "company", "airline": "company",
        "mission": "mission", "spacecraft": "mission", "probe": "mission", "lander": "mission",
    ])

    /// The named thing a sentence's opening common noun stands for, normalised as owners are
    /// ("corlow fire"), or nil.
    func anaphoricSubject(_ view: SentenceView) -> String? {
        let lo = view.sentence.tokens.lowerBound, hi = view.sentence.tokens.upperBound
        guard lo + 2 < hi, view.tokens[lo].key == "the", let kind = ClaimBuilder.anaphorKinds[view.tokens[lo + 1].key],
              !view.tokens[lo + 1].isCapitalized || view.tokens[lo].isCapitalized,
              view.tokens[lo + 2].kind == .word ? !view.tokens[lo + 2].isCapitalized : view.tokens[lo + 2].key == ",",
              view.sentence.index > 0, view.sentence.index <= view.text.sentences.count else { return nil }
        let before = view.text.sentences[view.sentence.index - 1]
        guard before.range.end <= view.sentence.range.start, before.tokens.count > 3 else { return nil }
        let gap = view.text.text(ByteRange(before.range.end, view.sentence.range.start))
        guard gap.utf8.filter({ $0 == UInt8(ascii: "\n") }).count < 2 else { return nil }
        // "The Corlow fire …", "The Richard Spring Fire …": a capitalised name, then a head of the
        // same kind, at the start of the sentence before.
        let previous = ClaimBuilder.opening(of: before, in: view.text)
        let upper = previous.sentence.tokens.upperBound
        var i = before.tokens.lowerBound
        if ["the", "that", "this"].contains(previous.tokens[i].key) { i += 1 }
        var name: [String] = []
        while i < upper, name.count < 4, previous.tokens[i].kind == .word, previous.tokens[i].isCapitalized,
              ClaimBuilder.anaphorKinds[previous.tokens[i].key] == nil {
            name.append(previous.word(i).lowercased())
            i += 1
        }
        // "Hurricane Dorrit …", "Typhoon Kell …": the kind first, then the name.
        if name.isEmpty, i < upper, ClaimBuilder.anaphorKinds[previous.tokens[i].key] == kind, previous.tokens[i].isCapitalized,
           i + 1 < upper, previous.tokens[i + 1].kind == .word, previous.tokens[i + 1].isCapitalized,
           ClaimBuilder.anaphorKinds[previous.tokens[i + 1].key] == nil {
            return previous.word(i).lowercased() + " " + previous.word(i + 1).lowercased()
        }
        guard !name.isEmpty, i < upper, ClaimBuilder.anaphorKinds[previous.tokens[i].key] == kind else { return nil }
        // "Cal Fire said …", "Cal Fire spokesman …": a name that speaks is an agency, not the thing.
        if i + 1 < upper, PersonRecognizer.speechVerbs.contains(previous.tokens[i + 1].key)
            || RoleLexicon.heads.contains(previous.tokens[i + 1].key) || previous.tokens[i + 1].key == "officials" { return nil }
        return (name + [previous.word(i).lowercased()]).joined(separator: " ")
    }
}
