import Testing
@testable import CrossCheck

/// Dates read as the day an event began or ended, from the real recognizers.
@Suite struct EventDateClaimTests {
    func dateClaims(_ text: String, published: String = "2024-08-11") -> [Claim] {
        newsClaims(text, published: published).filter { $0.dimension == .date }
    }

    @Test(arguments: [
        // A figure in the same clause does not make the start date its as-of date.
        "The Kell Fire, now burning in three districts, was first reported on July 14.",
        "A walkout by about 30,000 nurses that began on July 14 is in its fourth week.",
        "The Kell Fire ignited on July 14.",
    ])
    func startDatesAreClaims(_ text: String) throws {
        let c = try #require(dateClaims(text).first, "no date claim in: \(text)")
        #expect(c.datePart == .start)
    }

    @Test(arguments: [
        // The date a running figure holds on is that figure's, not an event's.
        "By July 14 the fire had burned 40,000 acres and was 20% contained.",
        // ... also when the date is a part of a day's, read with the clock times
        "The blaze had burned 12,000 hectares as of Monday evening.",
        "Crews had the blaze at 40% containment Friday morning.",
        // "as of" dates a figure, whatever event noun the clause holds
        "The outbreak involves nine states, as of July 14.",
    ])
    func asOfDatesAreNotClaims(_ text: String) {
        #expect(dateClaims(text).isEmpty, "\(dateClaims(text).map(\.measure.concept))")
    }

    @Test func theDateOfAnEventDoesNotMoveWithTheReports() throws {
        let c = try #require(dateClaims("The Kell Fire ignited on July 14.").first)
        #expect(Comparability.changeGap(c) == nil)
    }

    /// A date at the end of a long clause still dates its verb ("is due to gently set down near
    /// the rim of the old crater on March 4").
    @Test func aDateFarFromItsVerbStillDatesIt() throws {
        let c = try #require(dateClaims("The probe is expected to gently land on the rim of the far crater on August 23.").first)
        #expect(c.measure.concept == "land")
    }

    /// A date after a saying dates the saying, even when an event word stands further back.
    @Test func aDateOfASayingDatesNoEventFarBack() {
        let found = dateClaims("Envoys opened a new round of talks in the old harbour hall, the ministry said Wednesday.")
        #expect(!found.contains { $0.measure.concept == "talks" }, "\(found.map(\.measure.concept))")
    }

    /// A part of a day that names its day is read as that day alone; a clock time is a time
    /// claim named by its clause's event, as the date is.
    @Test func aPartOfADayIsItsDayAndAClockTimeItsEvent() throws {
        let evening = newsClaims("The Kell Fire swept into Darrow on Wednesday evening.", published: "2024-08-09")
        #expect(evening.filter { $0.dimension == .date }.count == 1)
        #expect(evening.filter { $0.dimension == .time }.isEmpty)
        let clock = newsClaims("The probe touched down at 6:12 pm on Wednesday.", published: "2024-08-09")
        let time = try #require(clock.first { $0.dimension == .time })
        let date = try #require(clock.first { $0.dimension == .date })
        #expect(time.measure.concept == date.measure.concept)
        #expect(time.measure.concept == "land")
        // The verb may stand before a long place phrase.
        let far = newsClaims("The probe was launched from the Kestrel Range Space Centre in Arlo, Pell County, at 2:35 pm.",
                             published: "2024-08-09")
        #expect(far.first { $0.dimension == .time }?.measure.concept == "launch")
    }

    /// A bare month between an article or a possessive and a capitalised word is part of a name.
    @Test(arguments: [
        ("Crews contained the August Ridge fire within days.", 0),
        ("It overtook Plumas County's August Ridge fire.", 0),
        ("The fire started in August and burned for weeks.", 1),
    ])
    func aMonthInsideANameDatesNothing(_ text: String, _ dates: Int) {
        #expect(dateClaims(text).count == dates)
    }
}

/// Dates counted back in years ("a decade ago", "about ten years ago") say when only roughly.
@Suite struct CountedBackDateTests {
    @Test func yearsCountedBackAgreeAcrossReportsWeeksApart() throws {
        let result = newsCheck([
            ("A", "2024-10-02", "The carrier scrapped its pension plan a decade ago, the union said."),
            ("B", "2024-11-05", "The carrier scrapped its pension plan nearly a decade ago, the union said."),
            ("C", "2024-11-12", "The carrier scrapped its pension plan about 10 years ago, the union said."),
        ])
        let dates = result.facts.filter { $0.fact.dimension == .date }
        let claims = dates.flatMap(\.fact.claims)
        try #require(claims.count == 3)
        #expect(claims.allSatisfy { $0.measure.concept == "abolish" })
        #expect(result.conflicts.isEmpty)
        #expect(dates.count == 1)
        // Each is read as about a year around the month counted back, never as one day.
        for c in claims {
            let r = try #require(c.mention.date?.interval)
            #expect(r.upperBound.dayNumber - r.lowerBound.dayNumber > 200)
            #expect(r.upperBound.dayNumber - r.lowerBound.dayNumber <= 366)
        }
    }

    /// Counter-example: a year counted back still disagrees with a year far from it.
    @Test func aYearCountedBackStillDisagreesWithADistantYear() throws {
        let result = newsCheck([
            ("A", "2024-10-02", "The carrier scrapped its pension plan a decade ago, the union said."),
            ("B", "2024-10-03", "The carrier scrapped its pension plan in 2006, the union said."),
        ])
        let claims = result.facts.filter { $0.fact.dimension == .date }.flatMap(\.fact.claims)
        try #require(claims.count == 2)
        let a = try #require(claims.first.flatMap { ClaimValue($0) }), b = try #require(claims.last.flatMap { ClaimValue($0) })
        #expect(!a.compatible(with: b))
    }
}

/// A bound word before a date ("until", "before") usually makes it a bound, not an event's day;
/// a deadline ("until Friday to close") and a possessive ("before Monday's vote") are days.
@Suite struct BoundedDateTests {
    func dateClaims(_ text: String) -> [Claim] {
        newsClaims(text, published: "2022-10-24").filter { $0.dimension == .date }
    }

    @Test func aDeadlineIsTheDayItFallsOn() throws {
        let c = try #require(dateClaims("A court gave the buyer until Friday to close the deal.").first)
        #expect(c.measure.concept == "deadline")
    }

    @Test func aPossessiveDateNamesTheEventsDay() throws {
        let c = try #require(dateClaims("The union spoke before Monday's vote on the offer.").first)
        #expect(c.measure.concept == "election")
    }

    /// Counter-examples: a bound with no deadline or possessive dates nothing.
    @Test(arguments: [
        "Talks ran until Friday, officials said.",
        "The union spoke before Monday, officials said.",
    ])
    func plainBoundsAreNoClaims(_ text: String) {
        #expect(dateClaims(text).isEmpty)
    }
}
