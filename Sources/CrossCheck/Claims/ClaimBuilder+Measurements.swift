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
        if let c = measurementClaim(mention, view: view, id: out.isEmpty ? id : id + "t", local: local) { out.append(c) }
        return out
    }

    func measurementClaim(_ mention: Mention, view: SentenceView, id: String, local: SentenceMentions) -> Claim? {
        guard let u = mention.measurement else { return nil }
        // People's ages are not compared (README, Limitations), nor a temperature whose scale the
        // text leaves to the reader.
        if u.dimension == "age" || u.dimension == "degrees" { return nil }
        guard var claim = figureClaim(mention, view: view, id: id, local: local) else { return nil }
        if let aspect = u.aspect, !claim.measure.isKnown {
            claim.measure = Measure(aspect)
        }
        return claim
    }
}
