/// The calendar arithmetic of resolving: seasons, periods and their parts, month and year spans,
/// and choosing among candidate intervals by distance from the reference day.
extension DateResolver {
    /// Seasons of the northern hemisphere by the solstices and equinoxes, as Duckling dates them:
    /// spring March 21–June 20, summer June 21–September 23, fall September 24–December 20, winter
    /// December 21–March 20 (the winter of 2020 starts in December 2020).
    static func seasonInterval(_ n: Int, _ y: Int) -> (CalendarDate, CalendarDate)? {
        switch n {
        case 0: return (CalendarDate(clamping: y, 3, 21), CalendarDate(clamping: y, 6, 20))
        case 1: return (CalendarDate(clamping: y, 6, 21), CalendarDate(clamping: y, 9, 23))
        case 2: return (CalendarDate(clamping: y, 9, 24), CalendarDate(clamping: y, 12, 20))
        default: return (CalendarDate(clamping: y, 12, 21), CalendarDate(clamping: y + 1, 3, 20))
        }
    }

    /// The calendar period containing the reference, shifted by whole periods.
    static func period(_ unit: TimeLexicon.PeriodUnit, shift: Int, ref: CalendarDate) -> (CalendarDate, CalendarDate)? {
        switch unit {
        case .day:
            let d = ref.adding(days: shift)
            return (d, d)
        case .week, .fortnight:
            // A fortnight runs from this week's Monday; the next one starts 14 days later.
            let monday = ref.adding(days: 1 - ref.weekday + (unit == .week ? 7 : 14) * shift)
            return (monday, monday.adding(days: unit == .week ? 6 : 13))
        case .weekend:
            let saturday = ref.adding(days: 6 - ref.weekday + 7 * shift)
            return (saturday, saturday.adding(days: 1))
        case .month:
            let first = CalendarDate(clamping: ref.year, ref.month, 1).adding(months: shift)
            return (first, first.adding(months: 1).adding(days: -1))
        case .quarter:
            let q = (ref.month - 1) / 3
            let first = CalendarDate(clamping: ref.year, q * 3 + 1, 1).adding(months: 3 * shift)
            return (first, first.adding(months: 3).adding(days: -1))
        case .year:
            return (CalendarDate(clamping: ref.year + shift, 1, 1), CalendarDate(clamping: ref.year + shift, 12, 31))
        case .decade:
            let y = ref.year - ((ref.year % 10) + 10) % 10 + 10 * shift
            return (CalendarDate(clamping: y, 1, 1), CalendarDate(clamping: y + 9, 12, 31))
        }
    }

    static func apply(_ part: TimeLexicon.Part?, to s: CalendarDate, _ e: CalendarDate, unit: TimeLexicon.PeriodUnit, ref: CalendarDate) -> (CalendarDate, CalendarDate)? {
        guard let part else { return (s, e) }
        switch part {
        case .earlierThis:
            return (s, max(s, min(e, ref.adding(days: -1))))
        case .laterThis:
            return (min(e, max(s, ref.adding(days: 1))), e)
        case .restOf:
            return (min(e, max(s, ref)), e)
        default:
            switch unit {
            case .month: return monthInterval(s.year, s.month, part)
            case .year: return yearInterval(s.year, part)
            default:
                // A week: early/beginning Monday–Wednesday, mid Tuesday–Thursday, late/end Friday–Sunday
                // (Duckling's reading).
                if unit == .week {
                    switch part {
                    case .early, .beginning: return (s, s.adding(days: 2))
                    case .mid: return (s.adding(days: 1), s.adding(days: 3))
                    case .late, .end: return (s.adding(days: 4), e)
                    case .workdays: return (s, s.adding(days: 4))
                    default: break
                    }
                }
                // A quarter or decade cut in thirds (early/mid/late) or halves.
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
