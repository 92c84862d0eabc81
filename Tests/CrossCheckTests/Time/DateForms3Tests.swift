import Testing
@testable import CrossCheck

// Forms added on branch time3. Reference: Wednesday 2020-03-18 unless stated.
let time3Forms: [DateCase] = [
    // a weekday with a full date: the date wins, the weekday only picks among candidates
    DateCase(sentence: "The vote is due this Friday 3/20.", surface: "this Friday 3/20", published: ref, kind: .date, start: "2020-03-20", end: "2020-03-20"),
    DateCase(sentence: "The vote was held Friday 3/13.", surface: "Friday 3/13", published: ref, kind: .date, start: "2020-03-13", end: "2020-03-13"),
    DateCase(sentence: "The vote was held Friday 3/12.", surface: "Friday 3/12", published: ref, kind: .date, start: "2020-03-12", end: "2020-03-12"),
    DateCase(sentence: "The vote is set for Friday 3-20.", surface: "Friday 3-20", published: ref, kind: .date, start: "2020-03-20", end: "2020-03-20"),
    DateCase(sentence: "The vote is set for Friday-Mar-20.", surface: "Friday-Mar-20", published: ref, kind: .date, start: "2020-03-20", end: "2020-03-20"),
    DateCase(sentence: "The ban ends next 6th of April.", surface: "next 6th of April", published: ref, kind: .date, start: "2020-04-06", end: "2020-04-06"),
    // counted weekdays, "after next", weekdays of an offset's week
    DateCase(sentence: "Results come three Fridays from now.", surface: "three Fridays from now", published: ref, kind: .date, start: "2020-04-03", end: "2020-04-03"),
    DateCase(sentence: "The plant shut two Sundays ago.", surface: "two Sundays ago", published: ref, kind: .date, start: "2020-03-08", end: "2020-03-08"),
    DateCase(sentence: "Talks resume Friday after next.", surface: "Friday after next", published: ref, kind: .date, start: "2020-03-27", end: "2020-03-27"),
    DateCase(sentence: "Talks resume the week after next.", surface: "the week after next", published: ref, kind: .daterange, start: "2020-03-30", end: "2020-04-05"),
    DateCase(sentence: "Elections are due March after next.", surface: "March after next", published: ref, kind: .daterange, start: "2022-03-01", end: "2022-03-31"),
    DateCase(sentence: "The board meets Monday two weeks from now.", surface: "Monday two weeks from now", published: ref, kind: .date, start: "2020-03-30", end: "2020-03-30"),
    DateCase(sentence: "Aid will arrive in 3 days on Friday.", surface: "in 3 days on Friday", published: ref, kind: .date, start: "2020-03-20", end: "2020-03-20"),
    DateCase(sentence: "The team returns in two days from today.", surface: "in two days from today", published: ref, kind: .date, start: "2020-03-20", end: "2020-03-20"),
    DateCase(sentence: "Protests peaked last week's Sunday.", surface: "last week's Sunday", published: ref, kind: .date, start: "2020-03-15", end: "2020-03-15"),
    DateCase(sentence: "The vote is set for the closest Monday to April 5.", surface: "the closest Monday to April 5", published: ref, kind: .date, start: "2020-04-06", end: "2020-04-06"),
    DateCase(sentence: "The vote is set for the second closest Monday to April 5.", surface: "the second closest Monday to April 5", published: ref, kind: .date, start: "2020-03-30", end: "2020-03-30"),
    DateCase(sentence: "Talks run from Monday to April 5.", surface: "from Monday to April 5", published: ref, kind: .daterange, start: "2020-03-16", end: "2020-04-05"),
    DateCase(sentence: "It happened 2 weeks and 2 days ago.", surface: "2 weeks and 2 days ago", published: ref, kind: .date, start: "2020-03-02", end: "2020-03-02"),
    // stretches from a day, business days, work weeks
    DateCase(sentence: "Workers get 3 days starting next Monday.", surface: "3 days starting next Monday", published: ref, kind: .daterange, start: "2020-03-23", end: "2020-03-25"),
    DateCase(sentence: "He was suspended for 10 days from March 1.", surface: "for 10 days from March 1", published: ref, kind: .daterange, start: "2020-03-01", end: "2020-03-10"),
    DateCase(sentence: "Markets will be shut for the next 4 business days.", surface: "the next 4 business days", published: ref, kind: .daterange, start: "2020-03-19", end: "2020-03-24"),
    DateCase(sentence: "Talks will finish this working week.", surface: "this working week", published: ref, kind: .daterange, start: "2020-03-16", end: "2020-03-20"),
    DateCase(sentence: "Results are due next fortnight.", surface: "next fortnight", published: ref, kind: .daterange, start: "2020-03-30", end: "2020-04-12"),
    // years, weekends, rests of periods, hedges
    DateCase(sentence: "Spending rose in calendar year 2019.", surface: "calendar year 2019", published: ref, kind: .daterange, start: "2019-01-01", end: "2019-12-31"),
    DateCase(sentence: "Spending rose in CY 2019.", surface: "CY 2019", published: ref, kind: .daterange, start: "2019-01-01", end: "2019-12-31"),
    DateCase(sentence: "Sales rose in 2017 April.", surface: "2017 April", published: ref, kind: .daterange, start: "2017-04-01", end: "2017-04-30"),
    DateCase(sentence: "Protests erupted over the weekend.", surface: "the weekend", published: ref, kind: .daterange, start: "2020-03-14", end: "2020-03-15"),
    DateCase(sentence: "Rallies are planned for the weekend.", surface: "the weekend", published: ref, kind: .daterange, start: "2020-03-21", end: "2020-03-22"),
    DateCase(sentence: "Schools stay closed for the rest of the year.", surface: "the rest of the year", published: ref, kind: .daterange, start: "2020-03-18", end: "2020-12-31"),
    DateCase(sentence: "A deal is expected around next week.", surface: "around next week", published: ref, kind: .daterange, start: "2020-03-23", end: "2020-03-29"),
    // lists and ranges of numeric dates
    DateCase(sentence: "Voting will be on 11/20, 11/22 or 11/25.", surface: "11/22", published: ref, kind: .date, start: "2020-11-22", end: "2020-11-22"),
    DateCase(sentence: "He leaves from 5/1-5/7, 2021.", surface: "from 5/1-5/7, 2021", published: ref, kind: .daterange, start: "2021-05-01", end: "2021-05-07"),
    DateCase(sentence: "The period is 10/1-11/2/2017.", surface: "10/1-11/2/2017", published: ref, kind: .daterange, start: "2017-10-01", end: "2017-11-02"),
    DateCase(sentence: "Prices will rise May to March.", surface: "May to March", published: "2020-04-20", kind: .daterange, start: "2020-05-01", end: "2021-03-31"),
    DateCase(sentence: "The meeting is on thu at noon.", surface: "thu", published: ref, kind: .date, start: "2020-03-19", end: "2020-03-19"),
]

let time3Durations: [LengthCase] = [
    LengthCase(sentence: "The talks ran another day.", surface: "another day", low: 1, high: 1),
    LengthCase(sentence: "He took a one and a quarter year gap.", surface: "one and a quarter year", low: 456.25, high: 456.25),
    LengthCase(sentence: "He took a one year and a quarter gap.", surface: "one year and a quarter", low: 456.25, high: 456.25),
    LengthCase(sentence: "He served 2 years and 3 months.", surface: "2 years and 3 months", low: 810, high: 810),
    LengthCase(sentence: "He served 2 years 3 months in prison.", surface: "2 years 3 months", low: 810, high: 810),
    LengthCase(sentence: "The deal lasted one month and half.", surface: "one month and half", low: 45, high: 45),
    LengthCase(sentence: "The course will last three weekends.", surface: "three weekends", low: 6, high: 6),
]

@Suite struct DateForms3Tests {
    @Test(arguments: time3Forms) func forms(_ c: DateCase) {
        let m = mention(c.surface, in: c.sentence, published: c.published)
        #expect(m != nil, "no mention \"\(c.surface)\"")
        guard let m, let d = m.date else { return }
        #expect(m.kind == c.kind)
        #expect(d.resolved == c.resolved)
        #expect(d.start.date == CalendarDate(iso: c.start), "start \(d.start)")
        #expect(d.end.date == CalendarDate(iso: c.end), "end \(d.end)")
    }

    @Test(arguments: time3Durations) func durations(_ c: LengthCase) {
        let m = mention(c.surface, in: c.sentence, published: ref)
        #expect(m?.kind == .duration, "no duration \"\(c.surface)\"")
        #expect(abs((m?.duration?.lowDays ?? -1) - c.low) < 1e-6)
        #expect(abs((m?.duration?.highDays ?? -1) - c.high) < 1e-6)
    }

    /// None of these holds a date or a date range.
    @Test(arguments: [
        "He sat in the sun.", "They wed in secret.", "Scores were 1/2, 3/4 and 5/6.", "He was around for 10 days.",
        "She came back for 3 days.", "The rest of the team stayed.", "The course will last three weekends.",
        "It was a fortnight's work.", "Another day of talks ended.",
    ]) func notDates(_ s: String) {
        let (text, mentions) = timeMentions(s, published: ref)
        let dates = mentions.filter { $0.kind == .date || $0.kind == .daterange }
        #expect(dates.isEmpty, "\(dates.map { text.text($0.range) })")
    }

    /// A weekday with a date that falls on another weekday keeps the date, not a far-off match.
    @Test func dateWinsOverWeekday() {
        let m = mention("Tuesday March 7", in: "They met on Tuesday March 7.", published: "2018-03-14")
        #expect(m?.date?.start.description == "2018-03-07")
    }

    @Test func noPublicationDateIsUnresolved() {
        #expect(mention("three Fridays from now", in: "Results come three Fridays from now.", published: nil)?.date?.resolved == false)
        #expect(mention("the weekend", in: "Protests erupted over the weekend.", published: nil)?.date?.resolved == false)
    }
}
