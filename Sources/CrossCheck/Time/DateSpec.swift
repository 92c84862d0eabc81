/// What a date expression says before it is resolved against a reference date.
indirect enum DateSpec: Sendable, Equatable {
    /// A day; missing parts are filled from the reference date ("the 17th", "March 17").
    case day(year: Int?, month: Int?, day: Int)
    /// A month or part of one ("in January", "mid-March", "last September").
    case month(year: Int?, month: Int, part: TimeLexicon.Part?, shift: Int?)
    /// A year or part of one ("in 2019", "late 2019", "the first half of 2020").
    case year(Int, part: TimeLexicon.Part?)
    /// "the 1990s".
    case decade(Int)
    /// A weekday: bare ("Tuesday") or shifted ("last Wednesday" −1, "next Friday" +1, "this Monday" 0).
    case weekday(Int, shift: Int?)
    /// A weekday of a shifted week: "Wednesday of next week", "next week Wednesday".
    case weekdayOfWeek(Int, shift: Int)
    /// "today" 0, "yesterday" −1, "tomorrow" +1.
    case relativeDay(Int)
    /// A calendar period around the reference date: "this week", "last month", "earlier this year".
    case period(TimeLexicon.PeriodUnit, shift: Int, part: TimeLexicon.Part?)
    /// A day at a distance from the reference date: "two days ago", "in two weeks", "a year earlier".
    case offset(days: Int, months: Int)
    /// The days just before (`forward` false) or after the reference date: "the past five years".
    case span(days: Int, months: Int, forward: Bool)
    /// A day of the month that must fall on a weekday: "Monday 21", "Thu 15th", "Fri, Jul 18".
    case checkedDay(weekday: Int, month: Int?, day: Int)
    /// A day at a distance from another date: "three days after January 12", "two weeks from tomorrow".
    case offsetFrom(DateSpec, days: Int, months: Int)
    /// The n-th weekday of a month (n < 0 counts from the end): "the first Tuesday of October".
    case nthWeekday(Int, weekday: Int, DateSpec)
    /// Whole units counted from the start (index > 0) or the end (index < 0) of a period:
    /// "the first week of 2015", "the last three weeks of this year", "the third month of 2021".
    case subPeriod(TimeLexicon.PeriodUnit, index: Int, count: Int, DateSpec)
    /// The Monday–Sunday week holding a day: "the week of April 10th".
    case weekOf(DateSpec)
    /// A day of a period: "the 20th of next month".
    case dayOf(Int, DateSpec)
    /// A season (0 spring … 3 winter) of a year, or shifted from the reference: "summer 2020", "last winter".
    case season(Int, year: Int?, shift: Int?)
    /// Whole calendar quarters just before (`forward` false) or after the current one: "the past two quarters".
    case quarters(Int, forward: Bool)
    /// From January 1 to the reference date: "year to date".
    case yearToDate
    /// "the 21st century": 2000–2099.
    case century(Int)
    /// A season or fiscal year written across two years: "2019/20", "2019-20".
    case yearPair(Int)
    /// A month-day placed by "this" (0: this year's), "next" (> 0: the first after the reference) or
    /// "last" (< 0: the last before it): "next 6th of April", "this 5/12".
    case shiftedDay(month: Int, day: Int, shift: Int)
    /// The n-th such weekday after (n > 0) or before (n < 0) the reference, not counting the
    /// reference day: "3 Fridays from now", "two Sundays ago", "Friday after next" (n = 2).
    case weekdayCount(Int, count: Int)
    /// A weekday of the Monday–Sunday week holding another day: "Monday two weeks from now",
    /// "in 3 days on Friday".
    case weekdayInWeek(Int, DateSpec)
    /// The n-th nearest such weekday to another day: "the closest Monday to Oct 5th" (n = 1),
    /// "the second closest Mon to October fifth" (n = 2).
    case closestWeekday(Int, DateSpec, rank: Int)
    /// A stretch of days from a first day: "3 days starting next Monday", "for 1 week, from 20th Dec".
    case lasting(DateSpec, days: Int, months: Int)
    /// The n working days (Monday–Friday) just before or after the reference: "the next 4 business days".
    case businessDays(Int, forward: Bool)
    /// "the weekend": the Saturday–Sunday nearest the reference, placed by tense like a bare weekday.
    case weekend

    /// True when the words themselves fix the direction in time, so tense must not move them.
    var isDeictic: Bool {
        switch self {
        case .relativeDay, .period, .offset, .span, .weekdayOfWeek, .quarters, .yearToDate, .shiftedDay, .weekdayCount, .businessDays: return true
        case .weekday(_, let shift): return shift != nil
        case .month(_, _, _, let shift): return shift != nil
        case .season(_, _, let shift): return shift != nil
        case .offsetFrom(let base, _, _), .nthWeekday(_, _, let base), .subPeriod(_, _, _, let base), .weekOf(let base), .dayOf(_, let base),
             .weekdayInWeek(_, let base), .closestWeekday(_, let base, _), .lasting(let base, _, _):
            return base.isDeictic
        default: return false
        }
    }

    /// A day at a distance from the reference or another day: "two weeks from now", "3 days after May 1".
    var isOffset: Bool {
        switch self {
        case .offset, .offsetFrom: return true
        default: return false
        }
    }

    /// +1 for an offset ahead, −1 for one back, 0 otherwise.
    var offsetSign: Int {
        switch self {
        case let .offset(d, m), let .offsetFrom(_, d, m): return d + m > 0 ? 1 : (d + m < 0 ? -1 : 0)
        default: return 0
        }
    }

    /// A day-level expression (one day, not a month or a period).
    var isDay: Bool {
        switch self {
        case .day, .weekday, .relativeDay, .offset, .weekdayOfWeek, .checkedDay, .offsetFrom, .nthWeekday, .dayOf,
             .shiftedDay, .weekdayCount, .weekdayInWeek, .closestWeekday: return true
        default: return false
        }
    }
}

/// One date expression found in a sentence: token indices `first..<end`.
struct DateItem: Sendable {
    var spec: DateSpec
    var first: Int
    var end: Int
    /// "in two weeks": a date only when the clause looks ahead.
    var needsFuture = false
}
