/// How a date's wording around it changes what it says: a date counted back in years is rough,
/// and a possessive after a date ties it to the noun that follows ("Monday's vote").
extension ClaimBuilder {
    static let yearUnits = WordTable(words: ["year", "years", "yr", "yrs", "decade", "decades"], value: true)

    /// "A decade ago", "about 10 years ago": a date counted back in years says when only roughly;
    /// two reports a few weeks apart, or one counting "nearly" and one "about", mean the same
    /// time. The claim holds the counted month widened by five months either side (under a year,
    /// so that it still dates something).
    func countedBackInYears(_ mention: Mention, _ tokens: Range<Int>, view: SentenceView) -> Mention {
        // A hedged one ("about ten years ago") was widened when it was read.
        guard mention.hedge != .approximate, let last = tokens.last, ["ago", "earlier", "back"].contains(view.tokens[last].key),
              tokens.contains(where: { ClaimBuilder.yearUnits.contains(view.tokens[$0].key) }),
              let r = mention.date?.interval else { return mention }
        var widened = mention
        let from = CalendarDate(clamping: r.lowerBound.year, r.lowerBound.month, 1).adding(months: -5)
        let toMonth = CalendarDate(clamping: r.upperBound.year, r.upperBound.month, 1).adding(months: 5)
        widened.date = DateValue(from, CalendarDate(clamping: toMonth.year, toMonth.month, 31))
        return widened
    }

    /// "Monday's vote": a possessive right after the date.
    func isPossessive(after tokens: Range<Int>, view: SentenceView) -> Bool {
        let i = tokens.upperBound
        guard i + 1 < view.sentence.tokens.upperBound else { return false }
        return (view.tokens[i].key == "'" || view.tokens[i].key == WordKey("’")) && view.tokens[i + 1].key == "s"
    }
}
