import Testing
@testable import CrossCheck

@Suite struct NumberRecognizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String, span: String, point: Double
        var testDescription: String { span }
    }

    @Test(arguments: [
        Case(sentence: "The figure was 28,500 at the end.", span: "28,500", point: 28_500),
        Case(sentence: "The rate stood at 1.0389 on Friday.", span: "1.0389", point: 1.0389),
        Case(sentence: "They counted nine thousand in all.", span: "nine thousand", point: 9_000),
        Case(sentence: "A dozen arrived late.", span: "A dozen", point: 12),
        Case(sentence: "Roughly one-third is gone.", span: "Roughly one-third", point: 1.0 / 3),
        Case(sentence: "It took two and a half to finish.", span: "two and a half", point: 2.5),
        Case(sentence: "Twenty-five signed the letter.", span: "Twenty-five", point: 25),
        Case(sentence: "The index reached 3.2 million.", span: "3.2 million", point: 3_200_000),
        Case(sentence: "Reserves hit 4 bn.", span: "4 bn", point: 4e9),
        Case(sentence: "The tally was 10k.", span: "10k", point: 10_000),
        Case(sentence: "The balance fell to -504 overnight.", span: "-504", point: -504),
        Case(sentence: "The reading was minus five.", span: "minus five", point: -5),
        Case(sentence: "The answer is two point five.", span: "two point five", point: 2.5),
        Case(sentence: "A total of 1 234 567 was recorded.", span: "1 234 567", point: 1_234_567),
        Case(sentence: "Only 3/4 remained.", span: "3/4", point: 0.75),
        Case(sentence: "He said five hundred and six was correct.", span: "five hundred and six", point: 506),
        // fractions written as ratios, compound ordinals, "and" fractions
        Case(sentence: "The odds are one in five.", span: "one in five", point: 0.2),
        Case(sentence: "Only two out of five hundred failed.", span: "two out of five hundred", point: 0.004),
        Case(sentence: "The answer is 1 over 3.", span: "1 over 3", point: 1.0 / 3),
        Case(sentence: "The share was three twenty-firsts.", span: "three twenty-firsts", point: 3.0 / 21),
        Case(sentence: "The share was one hundred thirty fifths.", span: "one hundred thirty fifths", point: 100.0 / 35),
        Case(sentence: "It grew to one hundred and three quarters.", span: "one hundred and three quarters", point: 100.75),
        Case(sentence: "Output hit one billion and a half million.", span: "one billion and a half million", point: 1_000_500_000),
        Case(sentence: "They spent two thirds of a million.", span: "two thirds of a million", point: 2e6 / 3),
        Case(sentence: "The rate was nought point nought three.", span: "nought point nought three", point: 0.03),
        Case(sentence: "The result is ¾ today.", span: "¾", point: 0.75),
    ])
    func readsFigures(_ c: Case) {
        let m = mention(c.sentence, c.span)
        #expect(m != nil, "\(quantities(c.sentence))")
        #expect(close(m?.value?.point, c.point))
    }

    struct Rounded: Sendable, CustomTestStringConvertible {
        var sentence: String, span: String, low: Double, high: Double
        var testDescription: String { span }
    }

    /// A bare figure asserts its rounding; small whole numbers without trailing zeros are exact.
    @Test(arguments: [
        Rounded(sentence: "The tally was 9,000 by noon.", span: "9,000", low: 8_500, high: 9_500),
        Rounded(sentence: "The tally was 28,500 by noon.", span: "28,500", low: 28_450, high: 28_550),
        Rounded(sentence: "The tally was 1.5 million by noon.", span: "1.5 million", low: 1_450_000, high: 1_550_000),
        Rounded(sentence: "The tally was 4.800 by noon.", span: "4.800", low: 4.7995, high: 4.8005),
        Rounded(sentence: "The tally was 7 by noon.", span: "7", low: 7, high: 7),
        Rounded(sentence: "The tally was 28,513 by noon.", span: "28,513", low: 28_513, high: 28_513),
    ])
    func bareFiguresAssertTheirRounding(_ c: Rounded) {
        let m = mention(c.sentence, c.span)
        #expect(close(m?.value?.low, c.low), "\(String(describing: m))")
        #expect(close(m?.value?.high, c.high), "\(String(describing: m))")
    }

    @Test func roundingCanBeTurnedOff() {
        let m = mention("The tally was 9,000 by noon.", "9,000", rounding: false)
        #expect(m?.value?.low == 9_000 && m?.value?.high == 9_000)
    }
}
