import Testing
@testable import CrossCheck

@Suite struct CountRecognizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String, span: String, point: Double?, unit: String, hedge: Hedge
        var testDescription: String { span }
    }

    @Test(arguments: [
        Case(sentence: "The US keeps 28,500 troops in the country.", span: "28,500 troops", point: 28_500, unit: "troop", hedge: .exact),
        Case(sentence: "It affects some 9,000 Korean employees at the bases.", span: "some 9,000 Korean employees", point: 9_000, unit: "employee", hedge: .approximate),
        Case(sentence: "They have held seven rounds of talks so far.", span: "seven rounds", point: 7, unit: "round", hedge: .exact),
        Case(sentence: "Who pays for the 28,500-strong force is the question.", span: "28,500-strong force", point: 28_500, unit: "force", hedge: .exact),
        Case(sentence: "The plan covers 9,000 Koreans hired locally.", span: "9,000 Koreans", point: 9_000, unit: "korean", hedge: .exact),
        Case(sentence: "Three people were hurt in the crash.", span: "Three people", point: 3, unit: "person", hedge: .exact),
        Case(sentence: "The firm added 40 companies to its list.", span: "40 companies", point: 40, unit: "company", hedge: .exact),
        Case(sentence: "More than 500 workers walked out.", span: "More than 500 workers", point: 500, unit: "worker", hedge: .moreThan),
        Case(sentence: "Thousands of workers marched downtown.", span: "Thousands of workers", point: nil, unit: "worker", hedge: .vague),
        Case(sentence: "Tens of thousands of people filled the square.", span: "Tens of thousands of people", point: nil, unit: "person", hedge: .vague),
        // compound nouns: the last noun heads the compound, the modifier stays in the span
        Case(sentence: "The US keeps some 28,500 service members in South Korea.", span: "some 28,500 service members", point: 28_500, unit: "member", hedge: .approximate),
        Case(sentence: "About 300 police officers were deployed.", span: "About 300 police officers", point: 300, unit: "officer", hedge: .approximate),
        Case(sentence: "The agency sent 40 aid workers to the region.", span: "40 aid workers", point: 40, unit: "worker", hedge: .exact),
        Case(sentence: "The firm cut 120 staff members last year.", span: "120 staff members", point: 120, unit: "member", hedge: .exact),
        Case(sentence: "The plant employs 2,000 line workers.", span: "2,000 line workers", point: 2_000, unit: "worker", hedge: .exact),
        Case(sentence: "It hired 15 data-center operators in May.", span: "15 data-center operators", point: 15, unit: "operator", hedge: .exact),
        Case(sentence: "The 28,500-strong USFK stays in place.", span: "28,500-strong USFK", point: 28_500, unit: "usfk", hedge: .exact),
        // brand names with a joining mark are one modifier; a share of a known set counts its members
        Case(sentence: "It pulled 2.1 million Snug 'n Rest cribs from stores.", span: "2.1 million Snug 'n Rest cribs", point: 2_100_000, unit: "crib", hedge: .exact),
        Case(sentence: "Stores sold 800 Hart & Vale kettles.", span: "800 Hart & Vale kettles", point: 800, unit: "kettle", hedge: .exact),
        Case(sentence: "The order covers about 2.1 million of the cribs.", span: "about 2.1 million of the cribs", point: 2_100_000, unit: "crib", hedge: .approximate),
        Case(sentence: "Inspectors grounded 12 of their jets.", span: "12 of their jets", point: 12, unit: "jet", hedge: .exact),
    ])
    func readsCounts(_ c: Case) {
        let m = mention(c.sentence, c.span)
        #expect(m?.kind == .count, "\(quantities(c.sentence))")
        #expect(m?.value?.unit == c.unit)
        #expect(m?.hedge == c.hedge)
        #expect(close(m?.value?.point, c.point))
    }

    @Test func smallCountsAreExactPoints() {
        let m = mention("They have held seven rounds of talks so far.", "seven rounds")
        #expect(m?.value?.low == 7 && m?.value?.high == 7)
    }

    @Test func vagueCountsAreIntervalsOfTheScale() {
        let m = mention("Thousands of workers marched downtown.", "Thousands of workers")
        #expect(close(m?.value?.low, 2_000) && close(m?.value?.high, 9_999))
    }

    @Test(arguments: [
        "One of the workers was hurt.",              // singles one out
        "The total reached 9,000 of the 12,000.",   // a figure, not a noun, after "of the"
        "It sold 40 of the best at auction.",        // no plural noun
    ])
    func partitivesThatAreNotCounts(_ sentence: String) {
        #expect(!quantities(sentence).contains { $0.kind == .count }, "\(quantities(sentence))")
    }

    @Test func bareFigureIsANumberNotACount() {
        let all = quantities("The total reached 9,000 in the end.")
        #expect(all.map(\.kind) == [.number])
    }

    @Test(arguments: ["troops": "troop", "companies": "company", "boxes": "box", "people": "person", "women": "woman",
                      "crises": "crisis", "heroes": "hero", "staff": "staff", "series": "series", "Koreans": "korean"])
    func lemmatizes(_ word: String, _ lemma: String) {
        #expect(Lemmatizer.lemma(word) == lemma)
    }
}
