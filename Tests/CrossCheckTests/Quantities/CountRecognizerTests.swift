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
