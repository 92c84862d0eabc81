import Testing
@testable import CrossCheck

struct DurationCase: CustomStringConvertible, Sendable {
    var sentence: String
    var surface: String
    var low: Double?
    var high: Double?
    var iso: String
    var hedge: Hedge = .exact
    var description: String { surface }
}

let durations: [DurationCase] = [
    DurationCase(sentence: "They began a two-day session.", surface: "two-day", low: 2, high: 2, iso: "P2D"),
    DurationCase(sentence: "It ended a two-month hiatus.", surface: "two-month", low: 60, high: 60, iso: "P2M"),
    DurationCase(sentence: "After a yearlong dispute, they agreed.", surface: "yearlong", low: 365, high: 365, iso: "P1Y"),
    DurationCase(sentence: "The pact covers five years.", surface: "five years", low: 1825, high: 1825, iso: "P5Y"),
    DurationCase(sentence: "The first talks in more than two months ended.", surface: "more than two months", low: 60, high: nil, iso: "P2M", hedge: .moreThan),
    DurationCase(sentence: "The plant has run for 11 years.", surface: "11 years", low: 4015, high: 4015, iso: "P11Y"),
    DurationCase(sentence: "It rose for the first time in 11 years.", surface: "11 years", low: 4015, high: 4015, iso: "P11Y"),
    DurationCase(sentence: "The strike lasted three weeks.", surface: "three weeks", low: 21, high: 21, iso: "P3W"),
    DurationCase(sentence: "The talks took a decade.", surface: "a decade", low: 3650, high: 3650, iso: "P10Y"),
    DurationCase(sentence: "The visit lasted about a year.", surface: "about a year", low: 328.5, high: 401.5, iso: "P1Y", hedge: .approximate),
]

@Suite struct DurationRecognizerTests {
    @Test(arguments: durations) func durationsAsIntervals(_ c: DurationCase) {
        guard let m = mention(c.surface, in: c.sentence, published: "2020-03-18") else {
            let (text, all) = timeMentions(c.sentence, published: "2020-03-18")
            Issue.record("no \"\(c.surface)\"; found \(all.map { text.text($0.range) })")
            return
        }
        #expect(m.kind == .duration)
        #expect(m.hedge == c.hedge)
        if let l = c.low { #expect(abs((m.duration?.lowDays ?? -1) - l) < 1e-6, "\(c)") } else { #expect(m.duration?.lowDays == nil) }
        if let h = c.high { #expect(abs((m.duration?.highDays ?? -1) - h) < 1e-6, "\(c)") } else { #expect(m.duration?.highDays == nil) }
        #expect(m.duration?.iso == c.iso)
    }

    @Test func ratesAndAgesAreNotDurations() {
        let (text, all) = timeMentions("Seoul pays $1 billion a year, a 30-year-old clerk said.", published: nil)
        #expect(all.filter { $0.kind == .duration }.map { text.text($0.range) } == [])
    }
}
