/// Where something happens: a capitalised place name after a locative preposition ("talks in Los
/// Angeles", "the bridge outside Tarnow", "in Washington, D.C."). Months, weekdays and names used
/// as adjectives ("at US military bases") are not places.
public struct PlaceRecognizer: Recognizer {
    public init() {}

    static let prepositions = WordTable(words: ["in", "at", "near", "outside", "inside", "off"], value: true)

    static let notPlaces = WordTable(words: [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "english", "korean", "total",
        "first", "last", "least", "most", "all", "order", "part", "response", "addition", "fact", "case",
        "general", "particular", "time", "place", "front", "charge", "touch", "line", "favor", "favour",
    ], value: true)

    static let adjectivalFollowers = WordTable(words: ["of"], value: true)

    public func recognize(_ text: TokenizedText, sentence: Sentence, context: ExtractionContext, into mentions: inout [Mention]) {
        let tokens = text.tokens
        facilityPlaces(text, sentence: sentence, into: &mentions)
        var i = sentence.tokens.lowerBound
        while i + 1 < sentence.tokens.upperBound {
            defer { i += 1 }
            guard tokens[i].kind == .word, !tokens[i].isCapitalized, PlaceRecognizer.prepositions.contains(tokens[i].key) else { continue }
            var j = i + 1
            guard tokens[j].kind == .word, tokens[j].isCapitalized, !PlaceRecognizer.notPlaces.contains(tokens[j].key) else { continue }
            var last = j
            while j < sentence.tokens.upperBound, j - i <= 5 {
                let t = tokens[j]
                if t.kind == .word, t.isCapitalized, j == i + 1 || t.spaceBefore || tokens[j - 1].key == "." {
                    if PlaceRecognizer.notPlaces.contains(t.key), j > i + 1 { break }
                    last = j; j += 1; continue
                }
                // "D.C.", "St. Louis": dots inside an abbreviation.
                if t.key == ".", !t.spaceBefore, j + 1 < sentence.tokens.upperBound, tokens[j + 1].kind == .word, !tokens[j + 1].spaceBefore || tokens[j + 1].isCapitalized && tokens[j + 1].end - tokens[j + 1].start <= 2 {
                    j += 1; continue
                }
                // "Washington, D.C.": a comma before a state or district abbreviation.
                if t.key == ",", j + 1 < sentence.tokens.upperBound, tokens[j + 1].kind == .word, tokens[j + 1].flags.contains(.allCaps),
                   tokens[j + 1].end - tokens[j + 1].start <= 2 {
                    j += 1; continue
                }
                break
            }
            // A country name or demonym followed by a lower-case word is an adjective ("US military
            // bases", "Korean workers"), not a place.
            if last == i + 1, last + 1 < sentence.tokens.upperBound, tokens[last + 1].kind == .word, !tokens[last + 1].isCapitalized,
               EntityLexicon.standard.key(for: text.text(tokens[last])) != nil,
               !["and", "on", "in", "at", "for", "to", "by", "with", "after", "before", "last", "this", "next", "since", "until", "when", "where"].contains(text.text(tokens[last + 1]).lowercased()) {
                continue
            }
            var end = tokens[last].end
            // Keep a trailing abbreviation dot ("D.C.").
            if last + 1 < sentence.tokens.upperBound, tokens[last + 1].key == ".", !tokens[last + 1].spaceBefore,
               tokens[last].end - tokens[last].start <= 2 { end = tokens[last + 1].end }
            let nameRange = ByteRange(tokens[i + 1].start, end)
            mentions.append(Mention(kind: .place, range: ByteRange(tokens[i].start, end), name: text.text(nameRange)))
            i = last
        }
    }

    /// Nouns of a site that a place name before them locates: "Corvane's Lisbon
    /// headquarters", "its Seattle plant".
    static let facilities = WordTable(words: ["headquarters", "hq", "campus", "plant", "factory", "offices"], value: true)

    /// "X's <Place> headquarters", "its <Place> plant": a capitalised run between a possessive and a
    /// facility noun names where the facility is.
    func facilityPlaces(_ text: TokenizedText, sentence: Sentence, into mentions: inout [Mention]) {
        let tokens = text.tokens
        var k = sentence.tokens.lowerBound + 1
        while k < sentence.tokens.upperBound {
            defer { k += 1 }
            guard tokens[k].kind == .word, PlaceRecognizer.facilities.contains(tokens[k].key) else { continue }
            var j = k - 1
            while j > sentence.tokens.lowerBound, tokens[j].kind == .word, tokens[j].isCapitalized, k - j <= 3 { j -= 1 }
            let first = j + 1
            guard first < k, j >= sentence.tokens.lowerBound else { continue }
            let possessive = tokens[j].key == "s" && j > sentence.tokens.lowerBound
                && (tokens[j - 1].key == "'" || tokens[j - 1].key == WordKey("’"))
            let pronoun = tokens[j].kind == .word && ["its", "their", "his", "her"].contains(text.text(tokens[j]).lowercased())
            guard possessive || pronoun, !PlaceRecognizer.notPlaces.contains(tokens[first].key) else { continue }
            let range = ByteRange(tokens[first].start, tokens[k - 1].end)
            mentions.append(Mention(kind: .place, range: range, name: text.text(range)))
        }
    }
}
