import Testing
@testable import CrossCheck

// Forms added for news text (branch time2). Reference: Wednesday 2020-03-18 unless stated.
let newForms: [DateCase] = [
    // weeks, weekends, months, years relative to the report
    DateCase(sentence: "Markets fell during the week of March 2.", surface: "the week of March 2", published: ref, kind: .daterange, start: "2020-03-02", end: "2020-03-08"),
    DateCase(sentence: "Talks resume the week beginning April 6.", surface: "the week beginning April 6", published: ref, kind: .daterange, start: "2020-04-06", end: "2020-04-12"),
    DateCase(sentence: "Rallies were held last weekend.", surface: "last weekend", published: ref, kind: .daterange, start: "2020-03-14", end: "2020-03-15"),
    DateCase(sentence: "Results are due next month.", surface: "next month", published: ref, kind: .daterange, start: "2020-04-01", end: "2020-04-30"),
    DateCase(sentence: "The plant closed three weeks ago.", surface: "three weeks ago", published: ref, kind: .date, start: "2020-02-26", end: "2020-02-26"),
    DateCase(sentence: "The vote will be held two weeks from now.", surface: "two weeks from now", published: ref, kind: .date, start: "2020-04-01", end: "2020-04-01"),
    DateCase(sentence: "The tariff takes effect 30 days after March 1.", surface: "30 days after March 1", published: ref, kind: .date, start: "2020-03-31", end: "2020-03-31"),
    DateCase(sentence: "He resigned two days before Christmas Eve and left this past Friday.", surface: "this past Friday", published: ref, kind: .date, start: "2020-03-13", end: "2020-03-13"),
    DateCase(sentence: "The board meets this coming Friday.", surface: "this coming Friday", published: ref, kind: .date, start: "2020-03-20", end: "2020-03-20"),
    DateCase(sentence: "Cases rose over the next few days.", surface: "the next few days", published: ref, kind: .daterange, start: "2020-03-19", end: "2020-03-21"),
    DateCase(sentence: "Sales fell in the past two quarters.", surface: "the past two quarters", published: ref, kind: .daterange, start: "2019-07-01", end: "2019-12-31"),
    DateCase(sentence: "Profit rose in the last quarter.", surface: "the last quarter", published: ref, kind: .daterange, start: "2019-10-01", end: "2019-12-31"),
    // quarters, halves, decades, centuries, seasons
    DateCase(sentence: "Revenue fell in Q1 2020 as stores closed.", surface: "Q1 2020", published: ref, kind: .daterange, start: "2020-01-01", end: "2020-03-31"),
    DateCase(sentence: "Revenue fell in 2019 Q4.", surface: "2019 Q4", published: ref, kind: .daterange, start: "2019-10-01", end: "2019-12-31"),
    DateCase(sentence: "Output grew in the first quarter of 2020.", surface: "the first quarter of 2020", published: ref, kind: .daterange, start: "2020-01-01", end: "2020-03-31"),
    DateCase(sentence: "Prices soared in the 2010s.", surface: "the 2010s", published: ref, kind: .daterange, start: "2010-01-01", end: "2019-12-31"),
    DateCase(sentence: "It was a hit in the '90s.", surface: "90s", published: ref, kind: .daterange, start: "1990-01-01", end: "1999-12-31"),
    DateCase(sentence: "It is the worst crisis of the 21st century.", surface: "the 21st century", published: ref, kind: .daterange, start: "2000-01-01", end: "2099-12-31"),
    DateCase(sentence: "The plan was drafted in summer 2019.", surface: "summer 2019", published: ref, kind: .daterange, start: "2019-06-21", end: "2019-09-23"),
    DateCase(sentence: "The plan was drafted in the summer of 2019.", surface: "the summer of 2019", published: ref, kind: .daterange, start: "2019-06-21", end: "2019-09-23"),
    DateCase(sentence: "Elections are due in fall 2020.", surface: "fall 2020", published: ref, kind: .daterange, start: "2020-09-24", end: "2020-12-20"),
    DateCase(sentence: "The company was founded in mid-2010.", surface: "mid-2010", published: ref, kind: .daterange, start: "2010-05-01", end: "2010-08-31"),
    DateCase(sentence: "Sales have grown year to date.", surface: "year to date", published: ref, kind: .daterange, start: "2020-01-01", end: "2020-03-18"),
    // months with years, numeric forms
    DateCase(sentence: "The law passed in March 2020.", surface: "March 2020", published: ref, kind: .daterange, start: "2020-03-01", end: "2020-03-31"),
    DateCase(sentence: "The law passed in Mar 2019.", surface: "Mar 2019", published: ref, kind: .daterange, start: "2019-03-01", end: "2019-03-31"),
    DateCase(sentence: "The law passed on Sept. 9, 2019.", surface: "Sept. 9, 2019", published: ref, kind: .date, start: "2019-09-09", end: "2019-09-09"),
    DateCase(sentence: "The law passed on the 3rd of March.", surface: "the 3rd of March", published: ref, kind: .date, start: "2020-03-03", end: "2020-03-03"),
    DateCase(sentence: "The law passed on the first of March.", surface: "the first of March", published: ref, kind: .date, start: "2020-03-01", end: "2020-03-01"),
    DateCase(sentence: "The memo is dated 3/17/20.", surface: "3/17/20", published: ref, kind: .date, start: "2020-03-17", end: "2020-03-17"),
    DateCase(sentence: "The memo is dated 17.03.2020.", surface: "17.03.2020", published: ref, kind: .date, start: "2020-03-17", end: "2020-03-17"),
    DateCase(sentence: "The memo is dated 05-Aug-2016.", surface: "05-Aug-2016", published: ref, kind: .date, start: "2016-08-05", end: "2016-08-05"),
    DateCase(sentence: "The report covers 2014-10.", surface: "2014-10", published: ref, kind: .daterange, start: "2014-10-01", end: "2014-10-31"),
    DateCase(sentence: "The budget for 2019/20 was cut.", surface: "2019/20", published: ref, kind: .daterange, start: "2019-01-01", end: "2020-12-31"),
    DateCase(sentence: "Debt doubled from 2019-2020.", surface: "from 2019-2020", published: ref, kind: .daterange, start: "2019-01-01", end: "2020-12-31"),
    // ordinal weeks, weekdays and days of a period
    DateCase(sentence: "Polls close on the first Tuesday in November 2020.", surface: "the first Tuesday in November 2020", published: ref, kind: .date, start: "2020-11-03", end: "2020-11-03"),
    DateCase(sentence: "The strike ran through the last week of February.", surface: "the last week of February", published: ref, kind: .daterange, start: "2020-02-24", end: "2020-03-01"),
    DateCase(sentence: "Exports fell in the first three months of 2020.", surface: "the first three months of 2020", published: ref, kind: .daterange, start: "2020-01-01", end: "2020-03-31"),
    DateCase(sentence: "The fee is due on the 15th of next month.", surface: "the 15th of next month", published: ref, kind: .date, start: "2020-04-15", end: "2020-04-15"),
    DateCase(sentence: "The summit opened on Monday 16th.", surface: "Monday 16th", published: ref, kind: .date, start: "2020-03-16", end: "2020-03-16"),
    // ranges
    DateCase(sentence: "Prices rose between January and March.", surface: "between January and March", published: ref, kind: .daterange, start: "2020-01-01", end: "2020-03-31"),
    DateCase(sentence: "Prices rose from Jan-Feb 2019.", surface: "from Jan-Feb 2019", published: ref, kind: .daterange, start: "2019-01-01", end: "2019-02-28"),
    DateCase(sentence: "Cases doubled between February 1 and now.", surface: "between February 1 and now", published: ref, kind: .daterange, start: "2020-02-01", end: "2020-03-18"),
    DateCase(sentence: "Cases doubled from January to date.", surface: "from January to date", published: ref, kind: .daterange, start: "2020-01-01", end: "2020-03-18"),
    DateCase(sentence: "The fair runs from the 13 to 15 July.", surface: "from the 13 to 15 July", published: ref, kind: .daterange, start: "2020-07-13", end: "2020-07-15"),
]

/// A length of time: sentence, surface, low and high days.
struct LengthCase: CustomStringConvertible, Sendable {
    var sentence: String
    var surface: String
    var low: Double
    var high: Double
    var description: String { "\(surface) in \"\(sentence)\"" }
}

let newDurations: [LengthCase] = [
    LengthCase(sentence: "The ban lasted a week.", surface: "a week", low: 7, high: 7),
    LengthCase(sentence: "He served two and a half years.", surface: "two and a half years", low: 912.5, high: 912.5),
    LengthCase(sentence: "The outage lasted 24 hours.", surface: "24 hours", low: 1, high: 1),
    LengthCase(sentence: "It took a fortnight to reopen.", surface: "a fortnight", low: 14, high: 14),
    LengthCase(sentence: "Talks stalled for several months.", surface: "several months", low: 90, high: 270),
    LengthCase(sentence: "Talks stalled for a few days.", surface: "a few days", low: 2, high: 5),
    LengthCase(sentence: "The course lasts three weekends.", surface: "three weekends", low: 6, high: 6),
    LengthCase(sentence: "Protesters stayed all week.", surface: "all week", low: 7, high: 7),
]

@Suite struct DateFormsTests {
    func check(_ c: DateCase) {
        let m = mention(c.surface, in: c.sentence, published: c.published)
        #expect(m != nil, "no mention \"\(c.surface)\"")
        guard let m, let d = m.date else { return }
        #expect(m.kind == c.kind)
        #expect(d.resolved == c.resolved)
        #expect(d.start.date == CalendarDate(iso: c.start), "start \(d.start)")
        #expect(d.end.date == CalendarDate(iso: c.end), "end \(d.end)")
    }

    @Test(arguments: newForms) func forms(_ c: DateCase) { check(c) }

    @Test(arguments: newDurations) func durations(_ c: LengthCase) {
        let m = mention(c.surface, in: c.sentence, published: ref)
        #expect(m?.kind == .duration, "no duration \"\(c.surface)\"")
        #expect(abs((m?.duration?.lowDays ?? -1) - c.low) < 1e-6)
        #expect(abs((m?.duration?.highDays ?? -1) - c.high) < 1e-6)
    }

    /// None of these is a date or a date range.
    @Test(arguments: [
        "It was the 7th meeting of the panel.", "The 11th SMA was renamed.", "They won with a 2-1 win.",
        "The court voted 7-2 on the case.", "The meeting starts at 3:30 today.", "COVID-19 cases rose.",
        "Article 5 of the treaty applies.", "Call 555-123-4567 for details.", "Call (212) 555-1234 now.",
        "The score was 15-2 at halftime.", "He paid $12 on rent.", "Turnout was 3.5 percent.",
        "Crowds may gather in spring.", "Prices fall in value.",
    ]) func notDates(_ s: String) {
        let (text, mentions) = timeMentions(s, published: ref)
        let dates = mentions.filter { $0.kind == .date || $0.kind == .daterange }
            .filter { !["today"].contains(text.text($0.range).lowercased()) }
        #expect(dates.isEmpty, "\(dates.map { text.text($0.range) })")
    }

    /// "3 next week" is not a span of three weeks: only "next week" is a date.
    @Test func countBeforeSingularShift() {
        let (text, mentions) = timeMentions("Only 3 next week will attend.", published: ref)
        #expect(mentions.filter { $0.kind == .daterange }.map { text.text($0.range) } == ["next week"])
    }

    @Test func noPublicationDateIsUnresolved() {
        let m = mention("the week of March 2", in: "Markets fell during the week of March 2.", published: nil)
        #expect(m?.date?.resolved == false)
        let q = mention("next month", in: "Results are due next month.", published: nil)
        #expect(q?.date?.resolved == false)
    }
}
