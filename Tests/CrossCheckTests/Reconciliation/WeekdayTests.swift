import Testing
@testable import CrossCheck

/// A weekday in a report without a date cannot be resolved to a day, but it still contradicts a
/// dated report that puts the same event on another weekday, and agrees with one on that weekday.
@Suite struct WeekdayTests {
    func document(_ path: String, _ text: String, source: String, published: String?) -> Document {
        newsDocument(text, source: source, published: published, path: path)
    }

    func dateFindings(_ documents: [Document]) -> [AssessedFact] {
        CrossChecker().check(Corpus(name: "c", documents: documents)).facts.filter { $0.fact.dimension == .date && $0.fact.claims.count > 1 }
    }

    // 2024-05-10 is a Friday, so the dated report's "Wednesday" is 2024-05-08.
    static let dated = "The Tarnby council approved the Ollen bridge plan on Wednesday, the mayor said."

    @Test func anUndatedWeekdayContradictsADateOnAnotherWeekday() throws {
        let facts = dateFindings([
            document("a.txt", "The Tarnby council approved the Ollen bridge plan on Tuesday, the mayor said.", source: "A", published: nil),
            document("b.txt", WeekdayTests.dated, source: "B", published: "2024-05-10"),
        ])
        let fact = try #require(facts.first, "the two dates were not aligned")
        #expect(fact.assessment.verdict == .conflict)
        #expect(ValueFormatter.understood(fact.fact.claims[0].mention).hasPrefix("Tuesday"))
    }

    @Test func anUndatedWeekdayAgreesWithADateOnThatWeekday() {
        let facts = dateFindings([
            document("a.txt", "The Tarnby council approved the Ollen bridge plan on Wednesday, the mayor said.", source: "A", published: nil),
            document("b.txt", WeekdayTests.dated, source: "B", published: "2024-05-10"),
        ])
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { $0.assessment.verdict != .conflict })
    }

    @Test(arguments: [(2, "2024-05-07", true), (3, "2024-05-07", false), (3, "2024-05-08", true)])
    func aWeekdayFitsADayOnIt(_ weekday: Int, _ iso: String, _ fits: Bool) throws {
        let day = try #require(CalendarDate(iso: iso)).dayNumber  // 2024-05-07 was a Tuesday
        #expect(ClaimValue.weekday(weekday).compatible(with: .days(start: day...day, end: day...day)) == fits)
    }
}
