@testable import CrossCheck

/// Runs the time recognizers over a text as the extractor does and returns the kept mentions.
func timeMentions(_ s: String, published: String?) -> (TokenizedText, [Mention]) {
    let text = TokenizedText(SourceText(s))
    let context = ExtractionContext(published: published.flatMap { CalendarDate(iso: $0) })
    var all: [Mention] = []
    for sentence in text.sentences {
        var found: [Mention] = []
        DateRecognizer().recognize(text, sentence: sentence, context: context, into: &found)
        DurationRecognizer().recognize(text, sentence: sentence, context: context, into: &found)
        all += Extractor.resolveOverlaps(found)
    }
    return (text, all)
}

/// The mention whose text is exactly `surface`.
func mention(_ surface: String, in s: String, published: String?) -> Mention? {
    let (text, mentions) = timeMentions(s, published: published)
    return mentions.first { text.text($0.range) == surface }
}
