import Testing
@testable import CrossCheck

@Suite struct MoneyRecognizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String, span: String, point: Double, unit: String
        var testDescription: String { span }
    }

    @Test(arguments: [
        Case(sentence: "The deal was worth $870 million last year.", span: "$870 million", point: 870e6, unit: "USD"),
        Case(sentence: "Seoul offered US$5 bn for the year.", span: "US$5 bn", point: 5e9, unit: "USD"),
        Case(sentence: "The demand was 4 billion dollars in all.", span: "4 billion dollars", point: 4e9, unit: "USD"),
        Case(sentence: "It paid 1.0389 trillion won this year.", span: "1.0389 trillion won", point: 1.0389e12, unit: "KRW"),
        Case(sentence: "It paid ₩1.04 trillion this year.", span: "₩1.04 trillion", point: 1.04e12, unit: "KRW"),
        Case(sentence: "The club paid £183.39m for him.", span: "£183.39m", point: 183.39e6, unit: "GBP"),
        Case(sentence: "A grant of €20 million was approved.", span: "€20 million", point: 20e6, unit: "EUR"),
        Case(sentence: "The fine was USD 5 million in the end.", span: "USD 5 million", point: 5e6, unit: "USD"),
        Case(sentence: "Fans raised 5 million euros for the club.", span: "5 million euros", point: 5e6, unit: "EUR"),
        Case(sentence: "The bill came to Rs 500 crore.", span: "Rs 500 crore", point: 5e9, unit: "INR"),
        Case(sentence: "The mine cost C$300 million to build.", span: "C$300 million", point: 300e6, unit: "CAD"),
        Case(sentence: "Exports reached HK$10 billion in March.", span: "HK$10 billion", point: 10e9, unit: "HKD"),
        Case(sentence: "Chips worth NT$2 billion were shipped.", span: "NT$2 billion", point: 2e9, unit: "TWD"),
        Case(sentence: "The bonds raised 125 million Australian dollars.", span: "125 million Australian dollars", point: 125e6, unit: "AUD"),
        Case(sentence: "Shares closed up 34 cents.", span: "34 cents", point: 0.34, unit: "USD"),
        Case(sentence: "Lunch cost twenty dollars and 43 cents.", span: "twenty dollars and 43 cents", point: 20.43, unit: "USD"),
    ])
    func readsCurrencies(_ c: Case) {
        let m = mention(c.sentence, c.span)
        #expect(m?.kind == .money, "\(quantities(c.sentence))")
        #expect(close(m?.value?.point, c.point))
        #expect(m?.value?.unit == c.unit)
    }

    @Test func bareDollarFigureAssertsItsRounding() {
        let m = mention("Seoul paid $870 million.", "$870 million")
        #expect(close(m?.value?.low, 865e6) && close(m?.value?.high, 875e6))
    }

    @Test func dollarRangesKeepBothEnds() {
        let m = mention("Officials put it at $12-$18 a head.", "$12-$18")
        #expect(m?.hedge == .range)
        #expect(close(m?.value?.low, 12) && close(m?.value?.high, 18) && m?.value?.point == nil)
    }
}

@Suite struct HyphenatedScaleTests {
    @Test func aHyphenatedScaleScalesItsFigure() {
        let m = mention("Musk closed the $44-billion acquisition on Thursday.", "$44-billion")
        #expect(close(m?.value?.point, 44e9), "\(quantities("Musk closed the $44-billion acquisition on Thursday."))")
        let r = mention("ISRO spent on the Rs 600-crore mission.", "Rs 600-crore")
        #expect(close(r?.value?.point, 6e9) && r?.value?.unit == "INR")
    }

    @Test func aHyphenatedScaleModifiesRatherThanCounts() {
        let seen = quantities("The city passed a 500-million budget.")
        #expect(!seen.contains { $0.kind == .count }, "\(seen)")
        #expect(seen.contains { $0.kind == .number && close($0.value?.point, 500e6) })
        // "-strong" still heads the count
        #expect(mention("a 1.5-million-strong army marched", "1.5-million-strong army")?.kind == .count)
    }
}
