import Testing
@testable import CrossCheck

@Suite struct PercentRecognizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String, span: String, point: Double?, unit: String
        var testDescription: String { span }
    }

    @Test(arguments: [
        Case(sentence: "Prices rose 10% last year.", span: "10%", point: 10, unit: "%"),
        Case(sentence: "They want 10 percent more.", span: "10 percent", point: 10, unit: "%"),
        Case(sentence: "They want 10 per cent more.", span: "10 per cent", point: 10, unit: "%"),
        Case(sentence: "They want ten percent more.", span: "ten percent", point: 10, unit: "%"),
        Case(sentence: "Support slipped 3 percentage points in a week.", span: "3 percentage points", point: 3, unit: "pp"),
        Case(sentence: "Turnout was 40-45% in the south.", span: "40-45%", point: nil, unit: "%"),
    ])
    func readsPercents(_ c: Case) {
        let m = mention(c.sentence, c.span)
        #expect(m?.kind == .percent, "\(quantities(c.sentence))")
        #expect(close(m?.value?.point, c.point))
        #expect(m?.value?.unit == c.unit)
    }
}

@Suite struct MultipleRecognizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String, span: String, point: Double, direction: Direction?
        var testDescription: String { span }
    }

    @Test(arguments: [
        Case(sentence: "Washington sought a fivefold increase in the payment.", span: "fivefold", point: 5, direction: .up),
        Case(sentence: "The bill rose five-fold in a decade.", span: "five-fold", point: 5, direction: .up),
        Case(sentence: "It is three times as large as before.", span: "three times", point: 3, direction: nil),
        Case(sentence: "The price has tripled since then.", span: "tripled", point: 3, direction: .up),
        Case(sentence: "Output doubled in a year.", span: "doubled", point: 2, direction: .up),
        Case(sentence: "They cut the staff by half.", span: "half", point: 0.5, direction: .down),
        Case(sentence: "The tank holds twice the fuel.", span: "twice", point: 2, direction: nil),
    ])
    func readsMultiples(_ c: Case) {
        let m = mention(c.sentence, c.span)
        #expect(m?.kind == .multiple, "\(quantities(c.sentence))")
        #expect(close(m?.value?.point, c.point))
        #expect(m?.value?.unit == "x")
        #expect(m?.direction == c.direction)
    }
}

@Suite struct OrdinalRecognizerTests {
    @Test(arguments: [
        ("The seventh round ended.", "seventh", 7.0), ("The 7th round ended.", "7th", 7), ("It was the 11th try.", "11th", 11),
        ("The twenty-first meeting ended.", "twenty-first", 21), ("His one hundred twenty-fifth goal came late.", "one hundred twenty-fifth", 125),
    ])
    func readsOrdinals(_ sentence: String, _ span: String, _ n: Double) {
        let m = mention(sentence, span)
        #expect(m?.kind == .ordinal, "\(quantities(sentence))")
        #expect(m?.value?.point == n)
    }

    @Test func leavesDayOfMonthNextToAMonthAlone() {
        #expect(!quantities("The vote is on March 17th.").contains { $0.kind == .ordinal })
    }
}
