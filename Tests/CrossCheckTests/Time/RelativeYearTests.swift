import Testing
@testable import CrossCheck

/// Months counted from the report's own year, and what "since" implies.
@Suite struct RelativeYearTests {
    func dates(_ text: String, published: String) -> [String] {
        let doc = Document(path: "t.txt", text: SourceText(text), metadata: DocumentMetadata(published: CalendarDate(iso: published)))
        return Extractor(recognizers: [DateRecognizer()]).extract(doc).mentions.compactMap { m in
            m.date.map { "\($0.start)..\($0.end)" }
        }
    }

    @Test(arguments: [
        ("The rules were meant to apply from January this year.", "2020-03-13", "2020-01-01..2020-01-31"),
        ("The plant opened in March of last year.", "2020-03-13", "2019-03-01..2019-03-31"),
        ("Prices will rise in June next year.", "2020-03-13", "2021-06-01..2021-06-30"),
        // A period's start lies behind the report even in a future-tense clause.
        ("These will be the seventh talks since September.", "2020-03-16", "2019-09-01..2019-09-30"),
    ])
    func monthsOfARelativeYear(_ text: String, _ published: String, _ expected: String) {
        #expect(dates(text, published: published) == [expected])
    }

    @Test func aDayNumberFollowedByANounEndsNoRange() {
        #expect(dates("He was sentenced on Monday to 11 years in prison.", published: "2024-06-04") == ["2024-06-03..2024-06-03"])
        #expect(dates("The talks ran from Monday to Wednesday.", published: "2024-06-07") == ["2024-06-03..2024-06-05"])
    }
}
