import Testing
@testable import CrossCheck

@Suite struct ClaimAlignerTests {
    @Test func initialAndCurrentDemandsDoNotAlign() {
        var a = DocBuilder("Washington has quietly shelved its initial demand of $5 billion.", source: "A", published: "2020-04-07")
        a.money("$5 billion", 4.5e9, 5.5e9, point: 5e9)
        var b = DocBuilder("It is seeking about $4 billion now.", source: "B", published: "2020-03-18")
        b.money("about $4 billion", 3.5e9, 4.5e9, point: 4e9, hedge: .approximate)
        let result = check([a, b])
        #expect(result.conflicts.isEmpty)
        #expect(result.facts.filter { $0.fact.kind == .money }.count == 2)
    }

    @Test func previousPaymentsAlignAcrossWordings() {
        var a = DocBuilder("Under the previous deal, Seoul was required to pay $870 million.", source: "A", published: "2020-04-07")
        a.money("$870 million", 865e6, 875e6, point: 870e6)
        var b = DocBuilder("Washington now asks for triple the $920 million that the South Korean side paid last year.", source: "B", published: "2020-03-16")
        b.money("$920 million", 915e6, 925e6, point: 920e6)
        let result = check([a, b])
        #expect(result.conflicts.count == 1)
        #expect(result.conflicts.first?.fact.measure.concept == "payment")
        #expect(result.conflicts.first?.fact.phase == .previous)
    }

    @Test func differentSubjectsDoNotAlign() {
        var a = DocBuilder("Seoul agreed to pay $1 billion.", source: "A", published: "2020-03-16")
        a.money("$1 billion", 0.95e9, 1.05e9, point: 1e9)
        var b = DocBuilder("Tokyo agreed to pay $2 billion.", source: "B", published: "2020-03-16")
        b.money("$2 billion", 1.95e9, 2.05e9, point: 2e9)
        #expect(check([a, b]).conflicts.isEmpty)
    }

    @Test func quarterlyAndAnnualFiguresDoNotAlign() {
        var a = DocBuilder("Second-quarter revenue was $4.19 billion.", source: "A", published: "2024-07-23")
        a.money("$4.19 billion", 4.185e9, 4.195e9, point: 4.19e9)
        var b = DocBuilder("Full-year revenue was $15.6 billion.", source: "B", published: "2024-07-24")
        b.money("$15.6 billion", 15.55e9, 15.65e9, point: 15.6e9)
        #expect(check([a, b]).conflicts.isEmpty)
    }

    @Test func killedAndInjuredCountsDoNotAlign() {
        var a = DocBuilder("The blast killed 12 people.", source: "A", published: "2024-01-02")
        a.count("12 people", 12, 12, point: 12, noun: "person")
        var b = DocBuilder("The blast injured 40 people.", source: "B", published: "2024-01-02")
        b.count("40 people", 40, 40, point: 40, noun: "person")
        #expect(check([a, b]).conflicts.isEmpty)
    }

    @Test func blocksAreDimensionsNeverLineNumbersOrValues() throws {
        var a = DocBuilder("Seoul was required to pay $870 million.", published: "2020-04-07")
        a.money("$870 million", 865e6, 875e6, point: 870e6)
        let c = try #require(claims([a]).first)
        // money in a currency the exchange-rate table knows shares one block across currencies
        #expect(Comparability.block(c) == "money")
    }
}

@Suite struct UnitComparisonTests {
    func claim(_ text: String, published: String = "2024-07-02") throws -> Claim {
        var document = Document(path: "a.txt", text: SourceText(text))
        document.metadata.published = CalendarDate(iso: published)
        let extracted = Extractor().extract(document)
        return try #require(ClaimBuilder().claims(for: extracted, documentIndex: 0).first { $0.kind == .money || $0.kind == .quantity })
    }

    @Test func moneyInTwoCurrenciesComparesAtTheYearsAverageRate() throws {
        let pounds = try claim("The club paid a fee of £85 million.")
        let euros = try claim("The club paid a fee of €100 million.")
        let wrong = try claim("The club paid a fee of €58 million.")
        #expect(Comparability.block(pounds) == Comparability.block(euros))
        let p = try #require(ClaimValue(pounds)), e = try #require(ClaimValue(euros)), w = try #require(ClaimValue(wrong))
        #expect(p.compatible(with: e))
        #expect(!p.compatible(with: w))
        // one currency is compared as written, not through the rate
        #expect(!e.compatible(with: w))
    }

    @Test func measurementsInTwoUnitsCompareInBaseUnits() throws {
        let acres = try claim("The fire burned 142,000 acres.")
        let hectares = try claim("The fire burned 57,500 hectares.")
        let slipped = try claim("The fire burned 142,000 hectares.")
        let a = try #require(ClaimValue(acres)), h = try #require(ClaimValue(hectares)), s = try #require(ClaimValue(slipped))
        #expect(a.compatible(with: h))
        #expect(!a.compatible(with: s))
        #expect(Comparability.block(acres) == "measure:area")
    }

    @Test func clockTimesCompareInUTCOnTheirDay() throws {
        let local = try claim("The quake struck at 11.40pm local time (2040 GMT) on Thursday.", published: "2024-03-22")
        let gmt = try claim("The quake struck at 20:40 GMT on Thursday.", published: "2024-03-22")
        let wrong = try claim("The quake struck at 21:40 GMT on Thursday.", published: "2024-03-22")
        let l = try #require(ClaimValue(local)), g = try #require(ClaimValue(gmt)), w = try #require(ClaimValue(wrong))
        #expect(l.compatible(with: g))
        #expect(!l.compatible(with: w))
    }

    /// A time no day is given for may be the time of a dated one; a time without a zone may
    /// stand beside a zoned one when it reads the same on the clock (and then can only agree).
    @Test func clockTimesWithoutADayOrAZoneMayCorroborate() throws {
        let undated = try claim("The rocket lifted off at 2.35pm from the coast.", published: "2024-03-22")
        let dated = try claim("The rocket lifted off at 2:35 pm on Friday.", published: "2024-03-22")
        let otherDay = try claim("The rocket lifted off at 2:35 pm on Thursday.", published: "2024-03-22")
        let zoned = try claim("The rocket lifted off at 14:35 IST on Friday.", published: "2024-03-22")
        let zonedLater = try claim("The rocket lifted off at 15:10 IST on Friday.", published: "2024-03-22")
        #expect(Comparability.canLink(undated, dated))
        #expect(!Comparability.canLink(dated, otherDay))
        #expect(Comparability.canLink(dated, zoned))
        #expect(!Comparability.canLink(dated, zonedLater))
        #expect(!Comparability.canLink(undated, zonedLater))
    }

    @Test func exchangeRatesComeFromTheYearOrTheNearestOne() throws {
        #expect(abs((ExchangeRates.rate("GBP", year: 2019)?.rate ?? 0) - 1 / 1.2768) < 1e-9)
        #expect(ExchangeRates.rate("EUR", year: 2016)?.year == 2017 || ExchangeRates.rate("EUR", year: 2016)?.year == 2015)
        #expect(ExchangeRates.rate("EUR", year: 2030)?.year == 2023)
        #expect(ExchangeRates.rate("XYZ", year: 2020) == nil)
    }

    /// A conversion is held as close as the currency was steady around that year: the rupee moved
    /// 5% into 2023, the yen 20% into 2022.
    @Test func conversionToleranceFollowsHowFarTheRateMoved() throws {
        #expect(abs(ExchangeRates.tolerance("INR", year: 2023) - (82.5708 / 78.5792 - 1)) < 1e-9)
        #expect(abs(ExchangeRates.tolerance("JPY", year: 2022) - (131.4589 / 109.8429 - 1)) < 1e-9)
        #expect(ExchangeRates.tolerance("HKD", year: 2020) == ExchangeRates.minimumTolerance)
        #expect(ExchangeRates.tolerance("XYZ", year: 2020) == ExchangeRates.defaultTolerance)
        // Rs 1,368 crore is about $166 million at 2023's average: $165 million agrees, $145 million does not.
        let rupees = try claim("The film cost Rs 1,368 crore to make.", published: "2023-08-25")
        let same = try claim("The film cost $165 million to make.", published: "2023-08-25")
        let other = try claim("The film cost $145 million to make.", published: "2023-08-25")
        let r = try #require(ClaimValue(rupees)), s = try #require(ClaimValue(same)), o = try #require(ClaimValue(other))
        #expect(r.compatible(with: s))
        #expect(!r.compatible(with: o))
    }

    /// The same precise figure read with different phases may corroborate; different figures
    /// across phases are never set against each other.
    @Test func aPreciseFigureCorroboratesAcrossPhasesButNeverConflicts() throws {
        let same = newsCheck([
            ("A", "2024-05-02", "The initial budget of the Velan-4 mission was Rs 615 crore, the agency said."),
            ("B", "2024-05-03", "The previous budget of the Velan-4 mission was Rs 615 crore, the agency said."),
        ])
        let claims = same.facts.flatMap(\.fact.claims).filter { $0.kind == .money }
        try #require(claims.count == 2)
        #expect(claims[0].phase != claims[1].phase)
        #expect(same.facts.filter { $0.fact.kind == .money }.count == 1)
        let different = newsCheck([
            ("A", "2024-05-02", "The initial budget of the Velan-4 mission was Rs 615 crore, the agency said."),
            ("B", "2024-05-03", "The previous budget of the Velan-4 mission was Rs 700 crore, the agency said."),
        ])
        #expect(different.conflicts.isEmpty)
    }

    /// A length of time written alike ("eight weeks", "an eight-week strike") may corroborate
    /// across phases too; a different length never conflicts across them.
    @Test func anEqualDurationCorroboratesAcrossPhases() throws {
        let same = newsCheck([
            ("A", "2024-10-02", "The previous strike at the Kell yards lasted eight weeks, the union said."),
            ("B", "2024-10-03", "The current eight-week strike at the Kell yards is the union's longest, the union said."),
        ])
        let lengths = same.facts.filter { $0.fact.dimension == .duration }
        let claims = lengths.flatMap(\.fact.claims)
        try #require(claims.count == 2)
        #expect(claims[0].phase != claims[1].phase)
        #expect(lengths.count == 1)
        let different = newsCheck([
            ("A", "2024-10-02", "The previous strike at the Kell yards lasted eight weeks, the union said."),
            ("B", "2024-10-03", "The current six-week strike at the Kell yards is the union's longest, the union said."),
        ])
        #expect(different.conflicts.isEmpty)
    }

    /// What an offer or a demand gives in percent is a rise, whether or not the word says so.
    @Test func anOffersPercentIsARise() {
        let offer = Measure("offer"), raise = Measure("offer", change: .up), salary = Measure("salary", change: .up)
        #expect(offer.isCompatible(with: raise))
        #expect(Measure("demand").isCompatible(with: salary))
        #expect(!offer.isCompatible(with: Measure("offer", change: .down)))
        // Counter-example: a level of revenue is not its rise.
        #expect(!Measure("revenue").isCompatible(with: Measure("revenue", change: .up)))
    }

    /// One person's job with the family name spelled two ways is one fact; two people with
    /// different given names and one family name stay two.
    @Test func aSurnameSpelledTwoWaysIsOnePersonsJob() {
        let spelled = newsCheck([
            ("A", "2024-08-09", "Fire spokesman Ed Marrow said crews held the line."),
            ("B", "2024-08-09", "Fire spokesman Ed Marow said crews held the line."),
        ])
        #expect(spelled.facts.filter { $0.fact.dimension == .role }.count == 1)
        let two = newsCheck([
            ("A", "2024-08-09", "Fire spokesman Ed Marrow said crews held the line."),
            ("B", "2024-08-09", "Fire chief Dana Marrow said crews held the line."),
        ])
        #expect(two.facts.filter { $0.fact.dimension == .role }.count == 2)
    }
}
