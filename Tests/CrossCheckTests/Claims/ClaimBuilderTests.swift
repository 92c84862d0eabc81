import Testing
@testable import CrossCheck

@Suite struct MeasureMappingTests {
    func claim(_ text: String, money: String, low: Double = 0, high: Double = 1, point: Double = 0.5) -> Claim? {
        var d = DocBuilder(text, published: "2020-03-18")
        d.money(money, low, high, point: point)
        return claims([d]).first { $0.kind == .money }
    }

    @Test(arguments: [
        ("Seoul was required to pay $870 million last year.", "$870 million", "payment"),
        ("It is seeking about $4 billion now.", "about $4 billion", "demand"),
        ("Washington currently calls for about $4 billion.", "about $4 billion", "demand"),
        ("Seoul offered $1 billion.", "$1 billion", "offer"),
        ("The $920 million that Seoul paid was judged too little.", "$920 million", "payment"),
        // The verb governs, not the noun right beside the figure.
        ("Washington is pressing Seoul for a fivefold increase in its annual contributions, or about $5 billion, this year.", "about $5 billion", "demand"),
        // A change verb is transparent: revenue is what rose.
        ("Second-quarter revenue rose to $4.19 billion on strong demand.", "$4.19 billion", "revenue"),
        ("Net income climbed to $412 million.", "$412 million", "profit"),
        // "Pay" the noun is wages; "pay" the verb is a payment.
        ("Their average pay is $75,000 a year.", "$75,000", "salary"),
        ("The deal lifts pay to $90,000.", "$90,000", "salary"),
        ("The firm agreed to pay $5 million.", "$5 million", "payment"),
        ("Seoul will pay $1 billion.", "$1 billion", "payment"),
        // Pledges and promises of money are aid, whatever the noun after them.
        ("Tokyo pledged $40 million for the clean-up.", "$40 million", "aid"),
        ("Ottawa has promised $5 million to rebuild the pier.", "$5 million", "aid"),
    ])
    func cueWordsMapToMeasures(_ text: String, _ money: String, _ measure: String) {
        #expect(claim(text, money: money)?.measure.concept == measure)
    }

    @Test func unknownMeasuresFallBackToTheGoverningWord() {
        let measure = claim("The painting fetched $60 million.", money: "$60 million")?.measure
        #expect(measure?.concept == "fetched")
        #expect(measure?.isKnown == false)
    }

    @Test func perShareFiguresAreTheirOwnMeasure() {
        let measure = claim("Net income was $412 million, or $1.87 a share.", money: "$1.87")?.measure
        #expect(measure?.concept == "profit")
        #expect(measure?.perUnit == "share")
    }

    @Test(arguments: [
        ("Holders will receive $31.40 in cash for each share they own.", "$31.40", true),
        ("The bid values the firm at $31.40/share.", "$31.40", true),
        ("The board accepted the $31.40 per Veltro share offer.", "$31.40", true),
        ("The bid is worth $4 billion, a share of the market no rival has.", "$4 billion", false),
        ("The fund paid $31.40 million for a stake.", "$31.40 million", false),
        ("Corvane agreed to sell itself for $9 billion or $31.40 per share.", "$9 billion", false),
        ("Corvane agreed to sell itself for $9 billion or $31.40 per share.", "$31.40", true),
    ])
    func perShareWordings(_ text: String, _ money: String, _ perShare: Bool) {
        #expect((claim(text, money: money)?.measure.perUnit == "share") == perShare)
    }
}

@Suite struct SubjectResolutionTests {
    func subject(_ text: String, _ money: String) -> String? {
        var d = DocBuilder(text, published: "2020-03-18")
        d.money(money, 0, 1, point: 0.5)
        return claims([d]).first { $0.kind == .money }?.subject
    }

    @Test(arguments: [
        ("Seoul was required to pay $870 million.", "$870 million", "KR"),
        ("The $920 million that South Korea paid was less.", "$920 million", "KR"),
        ("Washington demanded $5 billion.", "$5 billion", "US"),
        ("The U.S. demanded $5 billion.", "$5 billion", "US"),
        ("The allies agreed to pay $5 billion.", "$5 billion", "BOTH"),
    ])
    func capitalsAbbreviationsAndJointSubjects(_ text: String, _ money: String, _ key: String) {
        #expect(subject(text, money) == key)
    }

    /// A country inside an organisation's name is not the subject of what it reports.
    @Test(arguments: [
        ("The U.S. Parks Agency said the dam repairs cost $40 million.", "$40 million", nil),
        ("The U.S. paid $40 million for the dam.", "$40 million", "US"),
    ] as [(String, String, String?)])
    func aCountryInsideAnOrganisationsNameIsNoSubject(_ text: String, _ money: String, _ key: String?) {
        #expect(subject(text, money) == key)
    }

    @Test func userAliasesExtendTheLexicon() {
        var d = DocBuilder("The Blue House agreed to pay $1 billion.", published: "2020-03-18")
        d.money("$1 billion", 0, 1, point: 0.5)
        let builder = ClaimBuilder(entities: EntityLexicon(extra: ["the Blue House": "KR"]))
        #expect(builder.claims(for: d.build(), documentIndex: 0).first { $0.kind == .money }?.subject == "KR")
    }

    @Test func pronounsLeaveTheSubjectOpen() {
        #expect(subject("It is seeking about $4 billion now.", "about $4 billion") == nil)
    }

    /// A pronoun that is its verb's subject stands for the entity opening its sentence, or, when
    /// it opens the sentence, the one opening the sentence before, in the same paragraph.
    @Test(arguments: [
        ("Ottawa has lowered its first demand. But it now seeks about $4 billion.", "about $4 billion", "CA"),
        ("Ottawa's first demand was higher. It is known to seek about $4 billion.", "about $4 billion", "CA"),
        ("Canada, which last month turned down a smaller settlement put forward by the mediators in the long dispute over fishing rights, says it will pay $4 billion.",
         "$4 billion", "CA"),
        ("The Obama administration has lowered its demand. It now seeks $4 billion.", "$4 billion", "US"),
        // A new paragraph, another noun between pronoun and verb, a longer name: nothing carried.
        ("Ottawa has lowered its first demand.\n\nIt now seeks about $4 billion.", "about $4 billion", nil),
        ("Ottawa has lowered its first demand. It said the firm paid $4 billion.", "$4 billion", nil),
        ("The U.S. Parks Agency has grown. It paid $40 million for the dam.", "$40 million", nil),
        ("Talks with Ottawa resumed. It now seeks about $4 billion.", "about $4 billion", nil),
    ] as [(String, String, String?)])
    func pronounsCarryTheSubjectThatOpensTheSentence(_ text: String, _ money: String, _ key: String?) {
        #expect(subject(text, money) == key)
    }

    /// "The blaze", "the company" opening a sentence stand for the named thing of that kind that
    /// opened the sentence before, in the same paragraph.
    @Test(arguments: [
        ("The Corlow fire crossed the ridge overnight. The blaze has burned 40,000 acres.", "corlow fire" as String?),
        ("That Corlow Fire jumped the river. The fire has burned 40,000 acres.", "corlow fire"),
        ("Typhoon Kell crossed the coast at dawn. The storm has flooded 3,000 hectares.", "typhoon kell"),
        // Counter-examples: an agency named like the thing, a new paragraph, a kind that differs.
        ("Cal Fire said crews held the line. The fire has burned 40,000 acres.", nil),
        ("The Corlow fire crossed the ridge.\n\nThe blaze has burned 40,000 acres.", nil),
        ("The Corlow storm moved east. The blaze has burned 40,000 acres.", nil),
    ])
    func aKindNounStandsForTheNamedThingBefore(_ text: String, _ key: String?) {
        let c = newsClaims(text, published: "2024-08-01").first { $0.dimension == .measure("area") }
        #expect(c?.subject == key)
    }

    @Test func anAdministrationNamedAfterItsLeaderIsItsGovernment() {
        #expect(subject("The Trump administration is seeking about $5 billion.", "about $5 billion") == "US")
        // The leader's surname alone still starts a person's name, not a government.
        #expect(EntityLexicon.aliasFirstWords.contains("trump") == false)
    }

    /// A name in front of a bracketed amount owns it; a currency in front of one is its unit.
    @Test(arguments: [
        ("The film \u{201C}Tidewell\u{201D} ($82 million) cost more.", "$82 million", "tidewell" as String?),
        ("Converted to USD ($75 million), it is cheaper.", "$75 million", nil),
        ("In US dollars ($75 million), it is cheaper.", "$75 million", nil),
        ("That's up from $40 million last year.", "$40 million", nil),
    ])
    func bracketedAmountsAndContractions(_ text: String, _ money: String, _ key: String?) {
        #expect(subject(text, money) == key)
    }
}

@Suite struct QualifierTests {
    func first(_ text: String, _ money: String) -> Claim? {
        var d = DocBuilder(text, published: "2020-03-18")
        d.money(money, 0, 1, point: 0.5)
        return claims([d]).first { $0.kind == .money }
    }

    @Test(arguments: [
        ("It has dropped its initial demand of $5 billion.", "$5 billion", Phase.initial),
        ("It is seeking about $4 billion now.", "about $4 billion", .current),
        ("Last year's deal set the payment at $870 million.", "$870 million", .previous),
        ("Analysts had expected revenue of $4.05 billion.", "$4.05 billion", .forecast),
        ("Revenue rose to $4.19 billion from $3.74 billion.", "$3.74 billion", .previous),
        ("The old contract paid $40 million.", "$40 million", .previous),
        // An age or a date, not a phase of the figure.
        ("The month-old strike has cost $40 million.", "$40 million", .unspecified),
        ("The 12 years old plant cost $40 million.", "$40 million", .unspecified),
        ("Earlier this month the firm paid $40 million.", "$40 million", .unspecified),
        ("The firm had earlier paid $40 million.", "$40 million", .previous),
        // An adverb far off in a long clause qualifies something else; an adjective on the
        // governing noun reaches the figure from afar.
        ("The buyer, who first took a stake in the group through a fund in Dublin, paid $40 million.", "$40 million", .unspecified),
        ("The original demand, made by the union before the talks in the capital began, was for $40 million.", "$40 million", .initial),
        // A relative clause between them states something else.
        ("The buyer kept the original terms, which date from May when it paid $40 million.", "$40 million", .unspecified),
        ("The previous deal, which ran out in May, had the buyer paying $40 million.", "$40 million", .previous),
    ])
    func phases(_ text: String, _ money: String, _ phase: Phase) {
        #expect(first(text, money)?.phase == phase)
    }

    @Test func aPhaseWordBelongsToTheNearestFigure() {
        var d = DocBuilder("The US put forward around $4 billion, down from the $5 billion it initially requested.", published: "2020-03-13")
        d.money("around $4 billion", 3.5, 4.5, point: 4, hedge: .approximate)
        d.money("$5 billion", 4.5, 5.5, point: 5)
        let found = claims([d]).filter { $0.kind == .money }
        #expect(found.map(\.phase) == [.unspecified, .initial])
    }

    @Test(arguments: [
        ("Seoul pays $1 billion annually.", "$1 billion", Period.annual),
        ("Seoul pays $1 billion a year.", "$1 billion", .annual),
        ("Second-quarter revenue was $4.19 billion.", "$4.19 billion", .quarterly),
        ("Revenue totalled $15.6 billion for the full year.", "$15.6 billion", .annual),
        ("Revenue was $3.74 billion a year earlier.", "$3.74 billion", .unspecified),
    ])
    func periods(_ text: String, _ money: String, _ period: Period) {
        #expect(first(text, money)?.period == period)
    }

    @Test func attributionAndRelays() {
        var d = DocBuilder("Police said 23 people had died. The talks ended on Thursday, Yonhap reported.", published: "2024-05-08")
        d.count("23 people", 23, 23, point: 23, noun: "person")
        let c = claims([d]).first { $0.kind == .count }
        #expect(c?.attribution?.party == "Police")
        #expect(c?.attribution?.isRelay == false)
        #expect(c?.measure.concept == "dead")

        var e = DocBuilder("The talks cost $5 million, Yonhap reported.", published: "2020-03-20")
        e.money("$5 million", 4.5, 5.5, point: 5)
        #expect(claims([e]).first?.attribution?.isRelay == true)
    }

    @Test func referringCountsAndSubsetsAreNotClaims() {
        var d = DocBuilder("The two countries met. The Red Cross counted 31 dead, including eight people in hamlets.", published: "2024-05-08")
        d.count("two countries", 2, 2, point: 2, noun: "country")
        d.count("31 dead", 31, 31, point: 31, noun: "dead")
        d.count("eight people", 8, 8, point: 8, noun: "person")
        #expect(claims([d]).filter { $0.kind == .count }.map(\.measure.concept) == ["dead"])
    }
}
