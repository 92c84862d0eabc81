import Testing
@testable import CrossCheck

/// Count claims read by the real recognizers: where a count is, and whether it adds to a tally.
@Suite struct CountClaimTests {
    func countClaims(_ text: String) -> [Claim] {
        newsClaims(text, published: "2024-05-02").filter { $0.kind == .count }
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
        "The total is up 23 cases from the last update.",
        "Nine people fell ill overnight, bringing the total to 61.",
        "Since the last update, 14 people have been sickened.",
    ])
    func incrementsAddToATally(_ text: String) throws {
        let c = try #require(countClaims(text).first)
        #expect(c.measure.change == .up)
    }

    @Test(arguments: [
        "Officials counted 18 cases.",
        "More than 40 homes burned overnight.",
        "Since Monday, 61 people have fallen ill.",
        "The county has 61 cases, the total the state gave.",
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

    /// A count after "of" is the figure itself ("a recall of", "aware of", "a total of"); after a
    /// part word it is the whole the part is taken from.
    @Test(arguments: [
        ("The maker announced a recall of 300,000 cots.", true),
        ("The regulator said it was aware of 14 deaths.", true),
        ("Inspectors counted a total of 52 cases.", true),
        ("Three of 12 crew members were hurt.", false),
        ("Most of 40 staff were sent home.", false),
        ("The toll was 31 dead, including eight people in the hills.", false),
    ])
    func aCountAfterOfIsAClaimUnlessItIsAWhole(_ text: String, _ isClaim: Bool) {
        let found = countClaims(text)
        let whole = found.contains { [300_000, 14, 52, 12, 40, 8].contains($0.mention.value?.point ?? -1) }
        #expect(whole == isClaim, "\(found.map(\.mention.value))")
    }

    /// The counted noun of a capitalised product name ends before a day, a month or a function
    /// word: "3.1 million Dozy Cot Sleepers Friday" counts sleepers, not Fridays (nor, in a
    /// headline, "Afters").
    @Test(arguments: [
        "The maker recalled 3.1 million Dozy Cot Sleepers Friday.",
        "The maker recalled 3.1 million Dozy Cot Sleepers in March.",
    ])
    func aProductNameEndsBeforeADayOrAFunctionWord(_ text: String) throws {
        let c = try #require(countClaims(text).first)
        #expect(c.dimension == .count("sleeper"))
    }

    /// A noun that names harm is the measure, whatever other harm the clause mentions; a count of
    /// places near a harm word is still a count of places.
    @Test(arguments: [
        ("The outbreak has caused 89 hospitalizations and five deaths.", 89.0, "hospitalized"),
        ("People have been sickened in 35 states.", 35.0, "states"),
        ("The fire killed two people across four counties.", 4.0, "counties"),
    ])
    func harmNounsAndCountsOfPlaces(_ text: String, _ value: Double, _ dimension: String) throws {
        let c = try #require(countClaims(text).first { $0.mention.value?.point == value })
        #expect(c.dimension == .count(dimension))
    }

    /// "The Harlow Ridge fire, which burned 300 homes": the figures of a relative clause belong to
    /// the thing it describes.
    @Test(arguments: [
        ("The Harlow Ridge fire, which burned 12,000 acres and destroyed 300 homes, was smaller.", "harlow ridge fire"),
        ("Crews said the fire destroyed 300 homes.", nil),
    ] as [(String, String?)])
    func aRelativeClauseNamesItsFiguresOwner(_ text: String, _ subject: String?) throws {
        let c = try #require(countClaims(text).first { $0.mention.value?.point == 300 })
        #expect(c.subject == subject)
    }

    /// A harm word inside another count is that count's noun: the things counted nearby did not
    /// suffer it.
    @Test func aHarmInsideAnotherCountIsThatCountsNoun() throws {
        let found = countClaims("Dozens of deaths prompt a recall of 2.3 million rockers.")
        let rockers = try #require(found.first { $0.mention.value?.point == 2_300_000 })
        #expect(rockers.measure.concept != "dead")
        // Counter-example: the harm word of the count's own clause still names what happened.
        let killed = try #require(countClaims("The storm killed 2,300 people.").first)
        #expect(killed.measure.concept == "dead")
    }

    /// A place in a list after the count is one of several, not the count's own.
    @Test(arguments: [
        ("The union represents 33,000 staff in Harlow, Tessin and Marrow.", nil),
        ("The union represents 33,000 staff in Harlow.", "harlow"),
    ] as [(String, String?)])
    func aListedPlaceIsNoSubject(_ text: String, _ subject: String?) throws {
        let c = try #require(countClaims(text).first)
        #expect(c.subject == subject)
    }
}

/// Tally lists by place: each bare number counts, in its place, what the report counted just
/// before.
@Suite struct TallyListTests {
    func claims(_ text: String) -> [Claim] { newsClaims(text, published: "2024-05-02") }

    @Test(arguments: [
        ("So far 41 people have been sickened in nine states. Oregon 12, Idaho 9, Utah 8, Nevada 2.", "idaho", 9.0),
        ("The count rose by six new cases to 58: Ohio, 14; New Mexico, 11; Iowa, 6.", "new mexico", 11.0),
        // In a list of states, "Washington" is the state, not the US government.
        ("Officials have confirmed 30 cases. Oregon 12, Idaho 9, Washington 4.", "washington", 4.0),
        ("The virus has killed 120 people, by the agency's count: Kenya 60, Nigeria 40, Egypt 20.", "NG", 40.0),
    ])
    func eachNumberOfAPlaceListCountsWhatCameBefore(_ text: String, _ place: String, _ value: Double) throws {
        let found = claims(text)
        let item = try #require(found.first { $0.kind == .number && $0.subject == place })
        #expect(item.mention.value?.point == value)
        let head = try #require(found.first { $0.kind == .count })
        #expect(item.dimension == head.dimension)
        #expect(item.measure.concept == head.measure.concept)
    }

    /// Counter-examples: a score line of people, a list with fewer than three items, a list with
    /// nothing counted before it.
    @Test(arguments: [
        "So far 41 people have been sickened. Marlow 12, Jenkins 9, Tate 8, Okafor 2.",
        "So far 41 people have been sickened in two states. Oregon 12 and Idaho 9.",
        "The final results came in on Monday. Oregon 12, Idaho 9, Utah 8, Nevada 2.",
    ])
    func noTallyWithoutAPlaceListAndACount(_ text: String) {
        #expect(claims(text).filter { $0.kind == .number }.isEmpty)
    }
}

/// "No deaths", "no one was killed": a count of zero of a harm.
@Suite struct ZeroCountTests {
    @Test(arguments: [
        ("No deaths have been reported so far.", "dead"),
        ("There were no injuries among the crew.", "injured"),
        ("No one was killed in the blast, police said.", "dead"),
        ("Nobody was hurt when the roof fell.", "injured"),
    ])
    func aHarmCountedAsNoneIsZero(_ text: String, _ harm: String) throws {
        let c = try #require(newsClaims(text, published: "2024-05-02").first { $0.kind == .count })
        #expect(c.mention.value?.point == 0)
        #expect(c.dimension == .count(harm))
    }

    /// Counter-examples: "no" before other nouns, "no one" without a harm.
    @Test(arguments: [
        "Officials gave no comment on the homes.",
        "No one answered the door at the plant.",
        "Nobody knows when the road will reopen.",
    ])
    func otherNegationsAreNoCounts(_ text: String) {
        #expect(newsClaims(text, published: "2024-05-02").filter { $0.kind == .count }.isEmpty)
    }

    /// A later death after "no deaths" is a running total that grew, not a conflict; a same-day
    /// "two injured" against "no injuries" is one.
    @Test func zeroAgainstALaterAndASameDayCount() {
        let grew = newsCheck([
            ("A", "2024-05-02", "No deaths have been reported in the Kell outbreak, the agency said."),
            ("B", "2024-05-20", "One death has been reported in the Kell outbreak, the agency said."),
        ])
        #expect(grew.conflicts.isEmpty)
        let clash = newsCheck([
            ("A", "2024-05-02", "There were no injuries in the Halvard mine collapse, the company said."),
            ("B", "2024-05-02", "There were two injuries in the Halvard mine collapse, the company said."),
        ])
        #expect(clash.conflicts.count == 1)
    }
}
