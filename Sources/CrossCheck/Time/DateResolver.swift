/// Which way an ambiguous date leans: the clause's tense (planned → future, reported → past).
public enum TimeLean: Sendable {
    case past, future, none

    init(_ modality: Modality) {
        switch modality {
        case .planned: self = .future
        case .reported: self = .past
        case .unspecified: self = .none
        }
    }
}

/// Turns a `DateSpec` into a span of days, filling missing parts from the reference date.
///
/// Rules (see docs/conformance-time.md):
/// - A day without month ("the 17th") is placed in the previous, current or next month; a
///   month-day without year in the previous, current or next year; a month without year likewise.
///   The tense decides: past tense takes the latest candidate on or before the reference, future
///   the earliest on or after it, as long as it lies within a window (20 days for a day of the
///   month, about six months for a month-day or a month, eleven months); otherwise, and without tense, the
///   candidate nearest the reference wins (the future one on a tie).
/// - A bare weekday: past tense → the most recent such day on or before the reference (the same
///   day counts); future → the next one on or after it (the same day counts); no tense → the
///   nearer of the two. "last Wednesday" is the most recent one strictly before the reference,
///   "next Friday" the Friday of the following ISO week, "this Monday" the one of the current
///   week when reported, otherwise the next one on or after the reference.
/// - Weeks run Monday to Sunday. "this/last/next week|month|year" are calendar periods.
/// - Parts: early 1–10, mid 11–20, late 21–end of a month; for a year January–April, May–August,
///   September–December. "the end of" a month is its last ten days (21–end), of a year December;
///   "the beginning of" a month is days 1–10, of a year January. Halves are 1–15/16–end and
///   January–June/July–December. "earlier this month" runs from the period's start to the day
///   before the reference, "later this month" from the day after to the period's end.
/// - "the past five years": from five years before the reference to the day before it;
///   "the next two weeks": from the day after the reference for two weeks.
enum DateResolver {
    static func resolve(_ spec: DateSpec, reference: CalendarDate?, lean: TimeLean) -> DateValue {
        guard let ref = reference else { return unresolved(spec) }
        guard let (s, e) = interval(spec, ref: ref, lean: lean) else { return unresolved(spec) }
        return DateValue(s, e)
    }

    /// Without a reference date: whatever the words fix, X for the rest.
    static func unresolved(_ spec: DateSpec) -> DateValue {
        switch spec {
        case let .day(y, m, d):
            if let y, let m, let date = CalendarDate(year: y, month: m, day: d) { return DateValue(date, date) }
            let p = PartialDate(year: y, month: m, day: d)
            return DateValue(start: p, end: p, resolved: false)
        case let .month(y, m, part, shift):
            if let y, shift == nil, let r = monthInterval(y, m, part) { return DateValue(r.0, r.1) }
            let (a, b) = dayBounds(part, daysInMonth: m == 2 ? 29 : CalendarDate.daysIn(month: m, year: 2001))
            return DateValue(start: PartialDate(year: nil, month: m, day: a), end: PartialDate(year: nil, month: m, day: b), resolved: false)
        case let .year(y, part):
            if let r = yearInterval(y, part) { return DateValue(r.0, r.1) }
        case let .decade(y):
            return DateValue(CalendarDate(clamping: y, 1, 1), CalendarDate(clamping: y + 9, 12, 31))
        case .century, .yearPair:
            // Centuries and year pairs do not depend on the reference day.
            if let r = interval(spec, ref: CalendarDate(clamping: 2000, 1, 1), lean: .none) { return DateValue(r.0, r.1) }
        case let .season(n, y?, _):
            if let r = seasonInterval(n, y) { return DateValue(r.0, r.1) }
        case let .weekday(w, nil):
            var value = DateValue(start: PartialDate(), end: PartialDate(), resolved: false)
            value.weekday = w
            return value
        default:
            break
        }
        return DateValue(start: PartialDate(), end: PartialDate(), resolved: false)
    }

    static func interval(_ spec: DateSpec, ref: CalendarDate, lean: TimeLean) -> (CalendarDate, CalendarDate)? {
        switch spec {
        case let .day(y, m, d):
            if let y, let m {
                guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
                return (date, date)
            }
            if let m {
                let candidates = (-1...1).compactMap { CalendarDate(year: ref.year + $0, month: m, day: d) }.map { ($0, $0) }
                return choose(candidates, ref: ref, lean: lean, window: 330)
            }
            let candidates = (-1...1).compactMap { off -> (CalendarDate, CalendarDate)? in
                let first = CalendarDate(clamping: ref.year, ref.month, 1).adding(months: off)
                guard let date = CalendarDate(year: first.year, month: first.month, day: d) else { return nil }
                return (date, date)
            }
            return choose(candidates, ref: ref, lean: lean, window: 20)

        case let .month(y, m, part, shift):
            if let y { return monthInterval(y, m, part) }
            if let shift {
                var year = ref.year
                switch shift {
                case ..<0: year = m < ref.month ? ref.year : ref.year - 1
                case 0: year = ref.year
                default: year = (m > ref.month ? ref.year : ref.year + 1) + (shift - 1)  // 2: "March after next"
                }
                return monthInterval(year, m, part)
            }
            let candidates = (-1...1).compactMap { monthInterval(ref.year + $0, m, part) }
            return choose(candidates, ref: ref, lean: lean, window: 330)

        case let .year(y, part):
            return yearInterval(y, part)

        case let .decade(y):
            return (CalendarDate(clamping: y, 1, 1), CalendarDate(clamping: y + 9, 12, 31))

        case let .weekday(w, shift):
            let back = (ref.weekday - w + 7) % 7   // days since the last such day (0 = today)
            let ahead = (w - ref.weekday + 7) % 7  // days until the next one (0 = today)
            let date: CalendarDate
            switch shift {
            case nil:
                switch lean {
                case .past: date = ref.adding(days: -back)
                case .future: date = ref.adding(days: ahead)
                case .none: date = back < ahead ? ref.adding(days: -back) : ref.adding(days: ahead)
                }
            case let s? where s < 0:
                date = ref.adding(days: back == 0 ? -7 : -back)
            case 2?:
                // "coming/upcoming Friday": the next one after the reference.
                date = ref.adding(days: ahead == 0 ? 7 : ahead)
            case let s? where s > 0:
                let monday = ref.adding(days: 1 - ref.weekday + 7)
                date = monday.adding(days: w - 1)
            default:
                if lean == .past { date = ref.adding(days: w - ref.weekday) } else { date = ref.adding(days: ahead) }
            }
            return (date, date)

        case let .weekdayOfWeek(w, shift):
            let d = ref.adding(days: 1 - ref.weekday + 7 * shift + w - 1)
            return (d, d)

        case let .relativeDay(n):
            let d = ref.adding(days: n)
            return (d, d)

        case let .period(unit, shift, part):
            guard let (s, e) = period(unit, shift: shift, ref: ref) else { return nil }
            return apply(part, to: s, e, unit: unit, ref: ref)

        case let .offset(days, months):
            let d = ref.adding(months: months).adding(days: days)
            // "two years ago" names a month, not a day (as Duckling reads it): nobody counting back
            // in years means the very day. ("In two years", ahead, stays a day, as both suites read it.)
            if days == 0, months < 0, months % 12 == 0 {
                return (CalendarDate(clamping: d.year, d.month, 1), CalendarDate(clamping: d.year, d.month, 31))
            }
            return (d, d)

        case let .span(days, months, forward):
            if forward {
                let s = ref.adding(days: 1)
                return (s, ref.adding(months: months).adding(days: days))
            }
            return (ref.adding(months: -months).adding(days: -days), ref.adding(days: -1))

        case let .checkedDay(w, m?, d):
            // A weekday with a full month-day: the weekday picks among last year's, this year's and
            // next year's date (within the usual window); when none falls on it, the date wins
            // ("Friday 5/12" in a May 2019 report is May 12, 2019, not Friday May 12, 2017).
            let all = (-1...1).compactMap { CalendarDate(year: ref.year + $0, month: m, day: d) }.map { ($0, $0) }
            let matching = all.filter { $0.0.weekday == w && distance($0, ref) <= 330 }
            return choose(matching.isEmpty ? all : matching, ref: ref, lean: lean, window: 330)

        case let .checkedDay(w, nil, d):
            // Months around the reference whose day `d` falls on weekday `w` (up to two years each way).
            let m: Int? = nil
            var candidates: [(CalendarDate, CalendarDate)] = []
            let first = CalendarDate(clamping: ref.year, ref.month, 1)
            for off in -24...24 {
                let f = first.adding(months: off)
                if let m, f.month != m { continue }
                if let date = CalendarDate(year: f.year, month: f.month, day: d), date.weekday == w { candidates.append((date, date)) }
            }
            return choose(candidates, ref: ref, lean: lean, window: 800)

        case let .offsetFrom(base, days, months):
            guard let (s, _) = interval(base, ref: ref, lean: lean) else { return nil }
            let d = s.adding(months: months).adding(days: days)
            return (d, d)

        case let .nthWeekday(n, w, base):
            guard let (s, e) = interval(base, ref: ref, lean: lean) else { return nil }
            if n > 0 {
                let d = s.adding(days: (w - s.weekday + 7) % 7 + 7 * (n - 1))
                return d <= e ? (d, d) : nil
            }
            let d = e.adding(days: -((e.weekday - w + 7) % 7) - 7 * (-n - 1))
            return d >= s ? (d, d) : nil

        case let .subPeriod(unit, index, count, base):
            guard let (s, e) = interval(base, ref: ref, lean: lean) else { return nil }
            switch unit {
            case .week:
                // Weeks belong to the period holding their Thursday (ISO 8601): the first week of 2015
                // starts on 2014-12-29, the last week of July 2016 is July 25–31.
                let firstThursday = s.adding(days: (4 - s.weekday + 7) % 7)
                let lastThursday = e.adding(days: -((e.weekday - 4 + 7) % 7))
                let startMonday = index > 0 ? firstThursday.adding(days: -3 + 7 * (index - 1))
                                            : lastThursday.adding(days: -3 - 7 * (-index + count - 2))
                return (startMonday, startMonday.adding(days: 7 * count - 1))
            case .day:
                let a = index > 0 ? s.adding(days: index - 1) : e.adding(days: index + 1 - (count - 1))
                return (a, a.adding(days: count - 1))
            case .month, .quarter:
                let len = unit == .month ? 1 : 3
                let a = index > 0 ? s.adding(months: len * (index - 1))
                                  : CalendarDate(clamping: e.year, e.month, 1).adding(months: len * (index + 1 - (count - 1)) - (len - 1))
                return (a, a.adding(months: len * count).adding(days: -1))
            default:
                return nil
            }

        case let .weekOf(base):
            guard let (s, _) = interval(base, ref: ref, lean: lean) else { return nil }
            let monday = s.adding(days: 1 - s.weekday)
            return (monday, monday.adding(days: 6))

        case let .dayOf(d, base):
            guard let (s, _) = interval(base, ref: ref, lean: lean), let date = CalendarDate(year: s.year, month: s.month, day: d) else { return nil }
            return (date, date)

        case let .season(n, year, shift):
            if let year { return seasonInterval(n, year) }
            let current = [(CalendarDate, CalendarDate)]((-1...1).compactMap { seasonInterval(n, ref.year + $0) })
            switch shift {
            case nil:
                return choose(current, ref: ref, lean: lean, window: 330)
            case let s? where s < 0:
                return current.last { $0.1 < ref }
            case let s? where s > 0:
                return current.first { $0.0 > ref }
            default:
                return current.first { $0.1 >= ref }
            }

        case let .quarters(n, forward):
            let q = (ref.month - 1) / 3
            let current = CalendarDate(clamping: ref.year, q * 3 + 1, 1)
            if forward {
                let s = current.adding(months: 3)
                return (s, s.adding(months: 3 * n).adding(days: -1))
            }
            return (current.adding(months: -3 * n), current.adding(days: -1))

        case .yearToDate:
            return (CalendarDate(clamping: ref.year, 1, 1), ref)

        case let .shiftedDay(m, d, shift):
            let this = CalendarDate(year: ref.year, month: m, day: d)
            switch shift {
            case 0:
                guard let this else { return nil }
                return (this, this)
            case 1...:
                for y in ref.year...(ref.year + 8) { if let c = CalendarDate(year: y, month: m, day: d), c > ref { return (c, c) } }
                return nil
            default:
                for y in stride(from: ref.year, through: ref.year - 8, by: -1) { if let c = CalendarDate(year: y, month: m, day: d), c < ref { return (c, c) } }
                return nil
            }

        case let .weekdayCount(w, n):
            guard n != 0 else { return nil }
            if n > 0 {
                let first = ref.adding(days: (w - ref.weekday + 6) % 7 + 1)
                let d = first.adding(days: 7 * (n - 1))
                return (d, d)
            }
            let last = ref.adding(days: -((ref.weekday - w + 6) % 7 + 1))
            let d = last.adding(days: -7 * (-n - 1))
            return (d, d)

        case let .weekdayInWeek(w, base):
            guard let (s, _) = interval(base, ref: ref, lean: lean) else { return nil }
            let d = s.adding(days: w - s.weekday)
            return (d, d)

        case let .closestWeekday(w, base, rank):
            guard let (s, _) = interval(base, ref: ref, lean: lean), rank >= 1 else { return nil }
            // Such weekdays around the day, nearest first (the later one on a tie).
            let ahead = (w - s.weekday + 7) % 7
            var days: [Int] = []
            for k in -3...3 { days.append(ahead + 7 * k) }
            days.sort { abs($0) != abs($1) ? abs($0) < abs($1) : $0 > $1 }
            guard rank <= days.count else { return nil }
            let d = s.adding(days: days[rank - 1])
            return (d, d)

        case let .lasting(base, days, months):
            guard let (s, _) = interval(base, ref: ref, lean: lean) else { return nil }
            let e = s.adding(months: months).adding(days: days - 1)
            return (s, max(s, e))

        case .weekend:
            guard let (sat, _) = interval(.weekday(6, shift: nil), ref: ref, lean: lean) else { return nil }
            // On a Sunday the weekend under way is the one that began yesterday.
            if ref.weekday == 7, lean != .future { let s = ref.adding(days: -1); return (s, ref) }
            return (sat, sat.adding(days: 1))

        case let .businessDays(n, forward):
            guard n > 0 else { return nil }
            var d = ref, count = 0, first = ref
            while count < n {
                d = d.adding(days: forward ? 1 : -1)
                if d.weekday <= 5 { count += 1; if count == 1 { first = d } }
            }
            return forward ? (first, d) : (d, first)

        case let .century(c):
            return (CalendarDate(clamping: (c - 1) * 100, 1, 1), CalendarDate(clamping: c * 100 - 1, 12, 31))

        case let .yearPair(y):
            return (CalendarDate(clamping: y, 1, 1), CalendarDate(clamping: y + 1, 12, 31))
        }
    }
}
