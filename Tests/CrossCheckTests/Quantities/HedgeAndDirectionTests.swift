import Testing
@testable import CrossCheck

@Suite struct HedgeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String, span: String, hedge: Hedge, low: Double?, high: Double?
        var testDescription: String { span }
    }

    /// Default widths: about ±10%, nearly −10%, open sides nil.
    @Test(arguments: [
        Case(sentence: "It costs about $4 billion a year.", span: "about $4 billion", hedge: .approximate, low: 3.6e9, high: 4.4e9),
        Case(sentence: "It costs around 100 dollars.", span: "around 100 dollars", hedge: .approximate, low: 90, high: 110),
        Case(sentence: "It costs nearly $1 billion now.", span: "nearly $1 billion", hedge: .nearly, low: 0.9e9, high: 1e9),
        Case(sentence: "It costs more than $5 billion now.", span: "more than $5 billion", hedge: .moreThan, low: 5e9, high: nil),
        Case(sentence: "It costs at least $5 billion now.", span: "at least $5 billion", hedge: .atLeast, low: 5e9, high: nil),
        Case(sentence: "Rates could go as high as 10% soon.", span: "as high as 10%", hedge: .upTo, low: nil, high: 10.5),
        Case(sentence: "It costs less than $7 now.", span: "less than $7", hedge: .lessThan, low: nil, high: 7),
        Case(sentence: "It costs no more than $7 now.", span: "no more than $7", hedge: .atMost, low: nil, high: 7),
        Case(sentence: "It costs between $5 billion and $6 billion.", span: "between $5 billion and $6 billion", hedge: .range, low: 4.5e9, high: 6.5e9),
        Case(sentence: "It will take between 20 and 30 workers.", span: "between 20 and 30 workers", hedge: .range, low: 18, high: 33),
        Case(sentence: "Estimates run from 5 to 6 million.", span: "from 5 to 6 million", hedge: .range, low: 4.5e6, high: 6.5e6),
        // two comparisons of opposite sides make one range
        Case(sentence: "The number is larger than 10 and smaller than 20.", span: "larger than 10 and smaller than 20", hedge: .range, low: 10, high: 20),
        Case(sentence: "There are at most 100 and at least 20.", span: "at most 100 and at least 20", hedge: .range, low: 20, high: 100),
        // "or equal" closes the open side; a comparison after "about" wins
        Case(sentence: "His score is less than 5000 or equal.", span: "less than 5000 or equal", hedge: .atMost, low: nil, high: 5000),
        Case(sentence: "There are about five hundred or more.", span: "about five hundred or more", hedge: .atLeast, low: 500, high: nil),
        Case(sentence: "More than half came.", span: "More than half", hedge: .moreThan, low: 0.5, high: nil),
    ])
    func hedgesBecomeIntervals(_ c: Case) {
        let m = mention(c.sentence, c.span)
        #expect(m?.hedge == c.hedge, "\(quantities(c.sentence))")
        #expect(close(m?.value?.low, c.low), "\(String(describing: m))")
        #expect(close(m?.value?.high, c.high), "\(String(describing: m))")
    }
}

@Suite struct DirectionTests {
    @Test(arguments: [
        ("Seoul insists on an increase of about 10 percent.", "about 10 percent", Direction.up),
        ("Sales fell 3% in May.", "3%", .down),
        ("Exports rose 5 percent.", "5 percent", .up),
        ("Profit jumped $2 billion.", "$2 billion", .up),
        ("It posted a 5% increase.", "5%", .up),
        ("Jobs declined by 300 workers.", "300 workers", .down),
        ("There was a drop of 12%.", "12%", .down),
    ])
    func changesCarryDirection(_ sentence: String, _ span: String, _ direction: Direction) {
        let m = mention(sentence, span)
        #expect(m?.direction == direction, "\(quantities(sentence))")
    }

    @Test func levelsHaveNoDirection() {
        #expect(mention("It paid $870 million.", "$870 million")?.direction == nil)
    }
}

@Suite struct NegativeTableTests {
    /// None of these may produce money or a count; most produce nothing at all.
    @Test(arguments: [
        "Call 555-0142 for tickets.", "Call (02) 3210-4567 today.", "It happened in 2019.", "The 2020 budget passed.",
        "They met at 3:30 in the lobby.", "They met at 10 a.m. on Friday.", "She lives at 12 Main Street.",
        "The home side won 3-1.", "The vote is on March 17.", "It was filed on 2020-03-17.", "It was filed on 3/17/2020.",
        "The talks ran January 14-15.", "COVID-19 spread fast.", "The G20 met in Osaka.", "An F-35 flew over.",
        "He lives at No. 10 now.", "Article 5 was invoked.",
    ])
    func noMoneyOrCount(_ sentence: String) {
        let found = quantities(sentence)
        #expect(!found.contains { $0.kind == .money || $0.kind == .count }, "\(found)")
        #expect(!found.contains { $0.kind == .number }, "\(found)")
    }
}
