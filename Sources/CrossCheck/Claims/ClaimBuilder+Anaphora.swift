/// Subjects carried from the sentence before. A pronoun that is its verb's subject ("But it now
/// seeks about $4 billion") stands for the entity that opened the sentence before; a sentence that
/// opens with a common noun for a kind of thing ("The Corlow fire crossed the ridge overnight. The
/// blaze has burned 40,000 acres") speaks of the named thing of that kind that opened it. Both look
/// only at the sentence right before, in the same paragraph, and only at its first words.
extension ClaimBuilder {
    /// The sentence right before this one, when the two are in one paragraph: a blank line
    /// between them starts a new paragraph, where "it" or "the blaze" may be anything.
    static func sentenceBefore(_ view: SentenceView) -> Sentence? {
        guard view.sentence.index > 0, view.sentence.index <= view.text.sentences.count else { return nil }
        let before = view.text.sentences[view.sentence.index - 1]
        guard before.range.end <= view.sentence.range.start, !before.tokens.isEmpty else { return nil }
        var newlines = 0
        for b in view.text.source.bytes[before.range.end..<view.sentence.range.start] where b == UInt8(ascii: "\n") { newlines += 1 }
        return newlines < 2 ? before : nil
    }

    static let subjectPronouns = WordTable(words: ["it", "they"], value: true)
    static let sentenceOpeners = WordTable(words: ["but", "and", "yet", "so", "still", "now", "however"], value: true)
    static let nounStarts = WordTable(words: ["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"], value: true)

    /// "The US has lowered its demand. But it now asks for about $4 billion": a pronoun that is the
    /// verb's own subject (nothing between them starts another noun) stands for the entity that
    /// opens its sentence ("The US is known to have offered $4 billion, less than it first
    /// sought"), or, when the pronoun itself opens the sentence, the entity that opens the sentence
    /// before, in the same paragraph.
    func carriedSubject(pronounAt p: Int, verbAt verb: Int, view: SentenceView) -> String? {
        guard (p + 1..<verb).allSatisfy({ view.tokens[$0].kind == .word && !view.tokens[$0].isCapitalized && !ClaimBuilder.nounStarts.contains(view.tokens[$0].key) })
        else { return nil }
        let start = view.sentence.tokens.lowerBound
        let opensSentence = (start..<p).allSatisfy { view.tokens[$0].key == "," || ClaimBuilder.sentenceOpeners.contains(view.tokens[$0].key) }
        if !opensSentence {
            guard let (key, end) = openingEntity(view), end < p else { return nil }
            return key
        }
        guard let before = ClaimBuilder.sentenceBefore(view) else { return nil }
        return openingEntity(ClaimBuilder.opening(of: before, in: view.text))?.0
    }

    /// A view of a sentence's first words only: what opens a sentence is all the carried subject
    /// needs, and a view of the whole of a long sentence, once per figure, would cost its length.
    static func opening(of sentence: Sentence, in text: TokenizedText) -> SentenceView {
        let end = min(sentence.tokens.upperBound, sentence.tokens.lowerBound + 16)
        let head = Sentence(index: sentence.index, tokens: sentence.tokens.lowerBound..<end,
                            range: ByteRange(text.tokens[sentence.tokens.lowerBound].start, text.tokens[end - 1].end))
        return SentenceView(text: text, sentence: head)
    }

    /// The entity a sentence opens with, as its subject ("The US has …", "Washington's opening
    /// demand …", "Canada, which …, says"), and its last token.
    func openingEntity(_ view: SentenceView) -> (String, Int)? {
        let tokens = view.sentence.tokens
        var first = tokens.lowerBound
        while first < tokens.upperBound, view.tokens[first].key == "," || ClaimBuilder.sentenceOpeners.contains(view.tokens[first].key) { first += 1 }
        if first < tokens.upperBound, view.tokens[first].key == "the" { first += 1 }
        guard first < tokens.upperBound, let (key, end) = entity(startingAt: first, view: view), end + 1 < tokens.upperBound else { return nil }
        // The entity must be the whole noun: "U.S. Forest Service" or "US-led" name something else.
        let next = view.tokens[end + 1]
        let possessive = next.key == "'" || next.key == WordKey("’")
        guard possessive || next.key == "," || (next.kind == .word && !next.isCapitalized) else { return nil }
        return (key, end)
    }

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
              let before = ClaimBuilder.sentenceBefore(view), before.tokens.count > 3 else { return nil }
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
