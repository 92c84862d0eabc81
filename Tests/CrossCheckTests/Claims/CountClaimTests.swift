import Testing
@testable import CrossCheck

/// Count claims read by the real recognizers: where a count is, and whether it adds to a tally.
@Suite struct CountClaimTests {
    func countClaims(_ text: String) -> [Claim] {
        var metadata = DocumentMetadata(source: "S")
        metadata.published = CalendarDate(iso: "2024-05-02")
        metadata.publishedFrom = .manifest
        let doc = Document(path: "r.txt", text: SourceText(text), metadata: metadata)
        return ClaimBuilder().claims(for: Extractor().extract(doc), documentIndex: 0).filter { $0.kind == .count }
    }

    @Test(arguments: [
        ("Ohio has reported 12 cases.", "ohio"),
        ("New South Wales has now confirmed 40 cases.", "new south wales"),
        ("Kenya has recorded 300 cases.", "KE"),
        ("Four cases were reported in Ohio.", "ohio"),
    ])
    func aPlaceThatReportsItsOwnCountIsItsSubject(_ text: String, _ subject: String) throws {
        let c = try #require(countClaims(text).first)
        #expect(c.subject == subject)
    }

    /// A place after "including" belongs to the part named there, not to the whole count.
    @Test func aPlaceAfterIncludingNamesThePart() throws {
        let found = countClaims("So far 40 illnesses have been reported in nine countries, including 6 in Canada.")
        let whole = try #require(found.first { $0.mention.value?.point == 40 })
        #expect(whole.subject == nil)
    }

    @Test(arguments: [
        "The agency has reported 12 cases.",   // the reporter, not a place
        "Officials reported 12 cases.",
    ])
    func aReporterIsNoPlace(_ text: String) throws {
        let c = try #require(countClaims(text).first)
        #expect(c.subject == nil)
    }

    @Test(arguments: [
        "An additional five cases are pending confirmation.",
        "With the additional seven illnesses, the total is now 60.",
        "Another 40 homes burned overnight.",
        "A further 12 people were hospitalized.",
        "Officials counted 18 new cases.",
    ])
    func incrementsAddToATally(_ text: String) throws {
        let c = try #require(countClaims(text).first)
        #expect(c.measure.change == .up)
    }

    @Test(arguments: [
        "Officials counted 18 cases.",
        "More than 40 homes burned overnight.",
    ])
    func talliesAreNoIncrements(_ text: String) throws {
        let c = try #require(countClaims(text).first)
        #expect(c.measure.change == nil)
    }

    /// "Fallen ill" counts the sickened, a count that only grows; an unrelated "ill" does not.
    @Test(arguments: [
        ("The county said 40 residents had fallen ill.", true),
        ("Health officials said 30 people were sickened.", true),
        ("The county said 40 residents had moved away.", false),
    ])
    func fallingIllIsACumulativeCount(_ text: String, _ cumulative: Bool) throws {
        let c = try #require(countClaims(text).first)
        #expect(Comparability.isCumulative(c) == cumulative, "\(c.measure)")
    }
}
