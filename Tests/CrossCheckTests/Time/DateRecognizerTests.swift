import Testing
@testable import CrossCheck

/// One example: a sentence, the mention's exact text, the reference date, and what it must resolve to.
struct DateCase: CustomStringConvertible, Sendable {
    var sentence: String
    var surface: String
    var published: String?
    var kind: MentionKind
    var start: String
    var end: String
    var resolved = true
    var description: String { "\(surface) in \"\(sentence)\" @ \(published ?? "-")" }
}

// Reference date for most rows: Wednesday 2020-03-18.
let ref = "2020-03-18"

let absoluteDates: [DateCase] = [
    DateCase(sentence: "The deal was signed on March 17, 2020 in Seoul.", surface: "March 17, 2020", published: ref, kind: .date, start: "2020-03-17", end: "2020-03-17"),
    DateCase(sentence: "Officials met on 17 March 2020 to talk.", surface: "17 March 2020", published: ref, kind: .date, start: "2020-03-17", end: "2020-03-17"),
    DateCase(sentence: "Talks resumed on Mar. 17 after a pause.", surface: "Mar. 17", published: ref, kind: .date, start: "2020-03-17", end: "2020-03-17"),
    DateCase(sentence: "The envoy arrived on March 17th.", surface: "March 17th", published: ref, kind: .date, start: "2020-03-17", end: "2020-03-17"),
    DateCase(sentence: "The file is dated 2020-03-17 in the archive.", surface: "2020-03-17", published: ref, kind: .date, start: "2020-03-17", end: "2020-03-17"),
    DateCase(sentence: "The memo dated 3/17/2020 was leaked.", surface: "3/17/2020", published: ref, kind: .date, start: "2020-03-17", end: "2020-03-17"),
    DateCase(sentence: "The vote was held on the 17th.", surface: "the 17th", published: ref, kind: .date, start: "2020-03-17", end: "2020-03-17"),
    DateCase(sentence: "Delegates arrived on the 13th.", surface: "the 13th", published: ref, kind: .date, start: "2020-03-13", end: "2020-03-13"),
    DateCase(sentence: "The sixth round took place on January 14-15 in Washington.", surface: "January 14-15", published: ref, kind: .daterange, start: "2020-01-14", end: "2020-01-15"),
    DateCase(sentence: "The previous round ended in January without a deal.", surface: "January", published: ref, kind: .daterange, start: "2020-01-01", end: "2020-01-31"),
    DateCase(sentence: "The two sides first met in 2019.", surface: "2019", published: ref, kind: .daterange, start: "2019-01-01", end: "2019-12-31"),
    DateCase(sentence: "The old accord expired at the end of December.", surface: "the end of December", published: ref, kind: .daterange, start: "2019-12-21", end: "2019-12-31"),
    DateCase(sentence: "The old accord expired at the end of 2019.", surface: "the end of 2019", published: ref, kind: .daterange, start: "2019-12-01", end: "2019-12-31"),
    DateCase(sentence: "A deal is expected in early April.", surface: "early April", published: ref, kind: .daterange, start: "2020-04-01", end: "2020-04-10"),
    DateCase(sentence: "The talks stalled in mid-March.", surface: "mid-March", published: ref, kind: .daterange, start: "2020-03-11", end: "2020-03-20"),
    DateCase(sentence: "Negotiations began in late 2019.", surface: "late 2019", published: ref, kind: .daterange, start: "2019-09-01", end: "2019-12-31"),
    DateCase(sentence: "Costs rose in the first half of 2020.", surface: "the first half of 2020", published: ref, kind: .daterange, start: "2020-01-01", end: "2020-06-30"),
]

let relativeDates: [DateCase] = [
    DateCase(sentence: "The ministry said on Tuesday that talks went well.", surface: "Tuesday", published: ref, kind: .date, start: "2020-03-17", end: "2020-03-17"),
    DateCase(sentence: "They met last Wednesday in Seoul.", surface: "last Wednesday", published: ref, kind: .date, start: "2020-03-11", end: "2020-03-11"),
    DateCase(sentence: "They will meet again next Friday.", surface: "next Friday", published: ref, kind: .date, start: "2020-03-27", end: "2020-03-27"),
    DateCase(sentence: "A statement was issued today.", surface: "today", published: ref, kind: .date, start: "2020-03-18", end: "2020-03-18"),
    DateCase(sentence: "A statement was issued yesterday.", surface: "yesterday", published: ref, kind: .date, start: "2020-03-17", end: "2020-03-17"),
    DateCase(sentence: "A statement will follow tomorrow.", surface: "tomorrow", published: ref, kind: .date, start: "2020-03-19", end: "2020-03-19"),
    DateCase(sentence: "Both teams are in Los Angeles this week.", surface: "this week", published: ref, kind: .daterange, start: "2020-03-16", end: "2020-03-22"),
    DateCase(sentence: "A new round may start next week.", surface: "next week", published: ref, kind: .daterange, start: "2020-03-23", end: "2020-03-29"),
    DateCase(sentence: "No talks were held last week.", surface: "last week", published: ref, kind: .daterange, start: "2020-03-09", end: "2020-03-15"),
    DateCase(sentence: "Prices fell last month.", surface: "last month", published: ref, kind: .daterange, start: "2020-02-01", end: "2020-02-29"),
    DateCase(sentence: "The budget grew this year.", surface: "this year", published: ref, kind: .daterange, start: "2020-01-01", end: "2020-12-31"),
    DateCase(sentence: "Seoul paid less last year.", surface: "last year", published: ref, kind: .daterange, start: "2019-01-01", end: "2019-12-31"),
    DateCase(sentence: "The pact runs out next year.", surface: "next year", published: ref, kind: .daterange, start: "2021-01-01", end: "2021-12-31"),
    DateCase(sentence: "The demand was lower a year earlier.", surface: "a year earlier", published: ref, kind: .daterange, start: "2019-03-01", end: "2019-03-31"),
    DateCase(sentence: "A round was held earlier this month.", surface: "earlier this month", published: ref, kind: .daterange, start: "2020-03-01", end: "2020-03-17"),
    DateCase(sentence: "Seven rounds have been held since last September.", surface: "last September", published: ref, kind: .daterange, start: "2019-09-01", end: "2019-09-30"),
]

let ranges: [DateCase] = [
    DateCase(sentence: "Talks were held from the 17th to 18th in Los Angeles.", surface: "from the 17th to 18th", published: ref, kind: .daterange, start: "2020-03-17", end: "2020-03-18"),
    DateCase(sentence: "Talks will be held on the 17th and 18th.", surface: "the 17th and 18th", published: "2020-03-13", kind: .daterange, start: "2020-03-17", end: "2020-03-18"),
    DateCase(sentence: "The round ran Tuesday through Thursday.", surface: "Tuesday through Thursday", published: "2020-03-20", kind: .daterange, start: "2020-03-17", end: "2020-03-19"),
    DateCase(sentence: "They are scheduled to meet Tuesday and Wednesday.", surface: "Tuesday and Wednesday", published: "2020-03-16", kind: .daterange, start: "2020-03-17", end: "2020-03-18"),
    DateCase(sentence: "The event will run from March 17 to 19.", surface: "from March 17 to 19", published: ref, kind: .daterange, start: "2020-03-17", end: "2020-03-19"),
    DateCase(sentence: "The event ran March 17-19.", surface: "March 17-19", published: ref, kind: .daterange, start: "2020-03-17", end: "2020-03-19"),
    DateCase(sentence: "Exports fell between January and March.", surface: "between January and March", published: ref, kind: .daterange, start: "2020-01-01", end: "2020-03-31"),
    DateCase(sentence: "Output grew from 2014 to 2018.", surface: "from 2014 to 2018", published: ref, kind: .daterange, start: "2014-01-01", end: "2018-12-31"),
]

let unresolved: [DateCase] = [
    DateCase(sentence: "The vote was held on the 17th.", surface: "the 17th", published: nil, kind: .date, start: "XXXX-XX-17", end: "XXXX-XX-17", resolved: false),
    DateCase(sentence: "The talks began on Tuesday.", surface: "Tuesday", published: nil, kind: .date, start: "XXXX-XX-XX", end: "XXXX-XX-XX", resolved: false),
    DateCase(sentence: "The round ended on March 17.", surface: "March 17", published: nil, kind: .date, start: "XXXX-03-17", end: "XXXX-03-17", resolved: false),
    DateCase(sentence: "Talks ran from the 17th to 18th.", surface: "from the 17th to 18th", published: nil, kind: .daterange, start: "XXXX-XX-17", end: "XXXX-XX-18", resolved: false),
    DateCase(sentence: "The round ended on March 17, 2020.", surface: "March 17, 2020", published: nil, kind: .date, start: "2020-03-17", end: "2020-03-17"),
]

@Suite struct DateRecognizerTests {
    func check(_ c: DateCase) {
        guard let m = mention(c.surface, in: c.sentence, published: c.published) else {
            let (text, all) = timeMentions(c.sentence, published: c.published)
            Issue.record("no mention \"\(c.surface)\" in \"\(c.sentence)\"; found \(all.map { text.text($0.range) })")
            return
        }
        #expect(m.kind == c.kind, "\(c)")
        #expect(m.date?.start.description == c.start, "\(c)")
        #expect(m.date?.end.description == c.end, "\(c)")
        #expect(m.date?.resolved == c.resolved, "\(c)")
    }

    @Test(arguments: absoluteDates) func absolute(_ c: DateCase) { check(c) }
    @Test(arguments: relativeDates) func relative(_ c: DateCase) { check(c) }
    @Test(arguments: ranges) func range(_ c: DateCase) { check(c) }
    @Test(arguments: unresolved) func withoutReference(_ c: DateCase) { check(c) }

    @Test func tenseDecidesTheWeekday() {
        // Published Wednesday 2020-03-18: "Friday" in the past is 03-13, in the future 03-20.
        let past = mention("Friday", in: "The envoys met on Friday.", published: ref)
        let future = mention("Friday", in: "The envoys will meet on Friday.", published: ref)
        #expect(past?.date?.start.description == "2020-03-13")
        #expect(future?.date?.start.description == "2020-03-20")
        #expect(past?.modality == .reported)
        #expect(future?.modality == .planned)
    }

    @Test func tenseDecidesTheDayOfMonth() {
        // Published 2020-03-18: "the 16th" reported is 03-16; "the 2nd" planned is 04-02.
        #expect(mention("the 16th", in: "The round ended on the 16th.", published: ref)?.date?.start.description == "2020-03-16")
        #expect(mention("the 2nd", in: "The round will end on the 2nd.", published: ref)?.date?.start.description == "2020-04-02")
        #expect(mention("April", in: "A deal will be signed in April.", published: ref)?.date?.start.description == "2020-04-01")
    }

    @Test func ambiguousWordsAreNotDates() {
        let (text, all) = timeMentions("Officials may agree, and nothing will mar the talks; the sun set.", published: ref)
        #expect(all.filter { $0.kind.isTime }.map { text.text($0.range) } == [])
    }

    @Test func spansAreExactBytes() {
        let s = "Talks — held Tuesday through Thursday — ended."
        let (text, all) = timeMentions(s, published: "2020-03-20")
        let m = all.first { $0.kind == .daterange }
        #expect(m.map { text.text($0.range) } == "Tuesday through Thursday")
        #expect(m?.modality == .reported)
    }
}

/// Short reports in our own words mirroring the cost-sharing corpus: the same seventh round seen
/// from four publication dates.
@Suite struct SeventhRoundTests {
    @Test func plannedFromTheThirteenth() {
        let m = mention("the 17th and 18th", in: "Round seven of the talks is to take place on the 17th and 18th in Los Angeles.", published: "2020-03-13")
        #expect(m?.kind == .daterange)
        #expect(m?.date == DateValue(CalendarDate(iso: "2020-03-17")!, CalendarDate(iso: "2020-03-18")!))
        #expect(m?.modality == .planned)
    }

    @Test func scheduledFromTheSixteenth() {
        let m = mention("Tuesday and Wednesday", in: "The negotiations, scheduled for Tuesday and Wednesday, are the first in two months.", published: "2020-03-16")
        #expect(m?.date == DateValue(CalendarDate(iso: "2020-03-17")!, CalendarDate(iso: "2020-03-18")!))
        #expect(m?.modality == .planned)
    }

    @Test func beganFromTheEighteenth() {
        let s = "The two envoys began a two-day session on Tuesday after a two-month hiatus."
        let m = mention("Tuesday", in: s, published: "2020-03-18")
        #expect(m?.date == DateValue(CalendarDate(iso: "2020-03-17")!, CalendarDate(iso: "2020-03-17")!))
        #expect(m?.modality == .reported)
        #expect(mention("two-day", in: s, published: "2020-03-18")?.duration?.lowDays == 2)
        #expect(mention("two-month", in: s, published: "2020-03-18")?.duration?.iso == "P2M")
    }

    @Test func heldFromTheTwentieth() {
        let m = mention("Tuesday through Thursday", in: "The offer came during the seventh round in Los Angeles, held Tuesday through Thursday.", published: "2020-03-20")
        #expect(m?.date == DateValue(CalendarDate(iso: "2020-03-17")!, CalendarDate(iso: "2020-03-19")!))
        #expect(m?.modality == .reported)
    }

    @Test func previousRound() {
        let m = mention("January 14-15", in: "The meeting comes two months after the sixth round, held on January 14-15 in Washington.", published: "2020-03-18")
        #expect(m?.date == DateValue(CalendarDate(iso: "2020-01-14")!, CalendarDate(iso: "2020-01-15")!))
    }
}

@Suite struct ClauseTenseTests {
    /// The clause holding the date sets its tense, not a reporting verb before "that".
    @Test func clauseAfterThatDecides() {
        let s = "He pointed out that South Korea's parliamentary elections in April would slow things further."
        let m = mention("April", in: s, published: "2020-03-16")
        #expect(m?.date?.start.description == "2020-04-01")
        #expect(m?.modality == .planned)
    }

    /// Without a verb cue in the clause, the reporting verb still decides.
    @Test func reportingVerbDecidesWhenClauseHasNoCue() {
        let m = mention("Tuesday", in: "Officials said that talks on Tuesday.", published: "2020-03-18")
        #expect(m?.modality == .reported)
        #expect(m?.date?.start.description == "2020-03-17")
    }

    /// A month without year or tense goes to the nearest such month.
    @Test func tenselessMonthIsNearest() {
        #expect(mention("April", in: "Elections in April.", published: "2020-03-16")?.date?.start.description == "2020-04-01")
        #expect(mention("February", in: "Elections in February.", published: "2020-03-16")?.date?.start.description == "2020-02-01")
    }
}
