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
            return DateValue(CalendarDate(year: y, month: 1, day: 1)!, CalendarDate(year: y + 9, month: 12, day: 31)!)
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
                let first = CalendarDate(year: ref.year, month: ref.month, day: 1)!.adding(months: off)
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
                default: year = m > ref.month ? ref.year : ref.year + 1
                }
                return monthInterval(year, m, part)
            }
            let candidates = (-1...1).compactMap { monthInterval(ref.year + $0, m, part) }
            return choose(candidates, ref: ref, lean: lean, window: 330)

        case let .year(y, part):
            return yearInterval(y, part)

        case let .decade(y):
            return (CalendarDate(year: y, month: 1, day: 1)!, CalendarDate(year: y + 9, month: 12, day: 31)!)

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
            return (d, d)

        case let .span(days, months, forward):
            if forward {
                let s = ref.adding(days: 1)
                return (s, ref.adding(months: months).adding(days: days))
            }
            return (ref.adding(months: -months).adding(days: -days), ref.adding(days: -1))
        }
    }

    /// The calendar period containing the reference, shifted by whole periods.
    static func period(_ unit: TimeLexicon.PeriodUnit, shift: Int, ref: CalendarDate) -> (CalendarDate, CalendarDate)? {
        switch unit {
        case .day:
            let d = ref.adding(days: shift)
            return (d, d)
        case .week, .fortnight:
            let monday = ref.adding(days: 1 - ref.weekday + 7 * shift)
            return (monday, monday.adding(days: unit == .week ? 6 : 13))
        case .weekend:
            let saturday = ref.adding(days: 6 - ref.weekday + 7 * shift)
            return (saturday, saturday.adding(days: 1))
        case .month:
            let first = CalendarDate(year: ref.year, month: ref.month, day: 1)!.adding(months: shift)
            return (first, first.adding(months: 1).adding(days: -1))
        case .quarter:
            let q = (ref.month - 1) / 3
            let first = CalendarDate(year: ref.year, month: q * 3 + 1, day: 1)!.adding(months: 3 * shift)
            return (first, first.adding(months: 3).adding(days: -1))
        case .year:
            return (CalendarDate(year: ref.year + shift, month: 1, day: 1)!, CalendarDate(year: ref.year + shift, month: 12, day: 31)!)
        case .decade:
            let y = ref.year - ((ref.year % 10) + 10) % 10 + 10 * shift
            return (CalendarDate(year: y, month: 1, day: 1)!, CalendarDate(year: y + 9, month: 12, day: 31)!)
        }
    }

    static func apply(_ part: TimeLexicon.Part?, to s: CalendarDate, _ e: CalendarDate, unit: TimeLexicon.PeriodUnit, ref: CalendarDate) -> (CalendarDate, CalendarDate)? {
        guard let part else { return (s, e) }
        switch part {
        case .earlierThis:
            return (s, max(s, min(e, ref.adding(days: -1))))
        case .laterThis:
            return (min(e, max(s, ref.adding(days: 1))), e)
        default:
            switch unit {
            case .month: return monthInterval(s.year, s.month, part)
            case .year: return yearInterval(s.year, part)
            default:
                // A week, quarter or decade cut in thirds (early/mid/late) or halves.
                let n = e.dayNumber - s.dayNumber + 1
                switch part {
                case .early, .beginning: return (s, s.adding(days: max(0, n / 3 - 1)))
                case .mid: return (s.adding(days: n / 3), s.adding(days: 2 * n / 3 - 1))
                case .late, .end: return (s.adding(days: 2 * n / 3), e)
                case .firstHalf: return (s, s.adding(days: n / 2 - 1))
                case .secondHalf: return (s.adding(days: n / 2), e)
                default: return (s, e)
                }
            }
        }
    }

    static func dayBounds(_ part: TimeLexicon.Part?, daysInMonth n: Int) -> (Int, Int) {
        switch part {
        case nil: return (1, n)
        case .early?, .beginning?: return (1, 10)
        case .mid?: return (11, 20)
        case .late?, .end?: return (21, n)
        case .firstHalf?: return (1, 15)
        case .secondHalf?: return (16, n)
        default: return (1, n)
        }
    }

    static func monthInterval(_ y: Int, _ m: Int, _ part: TimeLexicon.Part?) -> (CalendarDate, CalendarDate)? {
        let (a, b) = dayBounds(part, daysInMonth: CalendarDate.daysIn(month: m, year: y))
        guard let s = CalendarDate(year: y, month: m, day: a), let e = CalendarDate(year: y, month: m, day: b) else { return nil }
        return (s, e)
    }

    static func yearInterval(_ y: Int, _ part: TimeLexicon.Part?) -> (CalendarDate, CalendarDate)? {
        let months: (Int, Int)
        switch part {
        case nil: months = (1, 12)
        case .early?: months = (1, 4)
        case .mid?: months = (5, 8)
        case .late?: months = (9, 12)
        case .end?: months = (12, 12)
        case .beginning?: months = (1, 1)
        case .firstHalf?: months = (1, 6)
        case .secondHalf?: months = (7, 12)
        case .quarter(let q)?: months = (3 * q - 2, 3 * q)
        default: months = (1, 12)
        }
        guard let s = CalendarDate(year: y, month: months.0, day: 1),
              let e = CalendarDate(year: y, month: months.1, day: CalendarDate.daysIn(month: months.1, year: y)) else { return nil }
        return (s, e)
    }

    /// Distance in days from the reference to an interval (0 when it contains the reference).
    static func distance(_ c: (CalendarDate, CalendarDate), _ ref: CalendarDate) -> Int {
        if ref < c.0 { return c.0.dayNumber - ref.dayNumber }
        if c.1 < ref { return ref.dayNumber - c.1.dayNumber }
        return 0
    }

    /// Picks among candidate placements (sorted by time) by tense, then by nearness.
    static func choose(_ candidates: [(CalendarDate, CalendarDate)], ref: CalendarDate, lean: TimeLean, window: Int) -> (CalendarDate, CalendarDate)? {
        guard !candidates.isEmpty else { return nil }
        switch lean {
        case .past:
            if let c = candidates.last(where: { $0.0 <= ref }), distance(c, ref) <= window { return c }
        case .future:
            if let c = candidates.first(where: { $0.1 >= ref }), distance(c, ref) <= window { return c }
        case .none:
            break
        }
        var best = candidates[0]
        for c in candidates.dropFirst() where distance(c, ref) <= distance(best, ref) { best = c }
        return best
    }
}
