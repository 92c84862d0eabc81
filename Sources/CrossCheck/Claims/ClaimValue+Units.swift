/// Values with a unit: money compared across currencies at the year's average exchange rate,
/// measurements across units in SI base units, and clock times in UTC on the day their clause
/// gives. A comparison across units allows the rounding a conversion brings (`width`, a fraction
/// of the larger value: for currencies, as far as the yearly average moved around that year, at
/// least 5% (`ExchangeRates.tolerance`); 3% and the unit's own looseness for
/// measurements); figures in one unit are compared as written.
extension ClaimValue {
    static func withUnit(_ claim: Claim) -> ClaimValue? {
        let m = claim.mention
        switch claim.dimension {
        case let .money(code):
            // US dollars are the common unit: compared as written, as before conversions existed
            guard code != "USD", let exact = figure(m) else { return nil }
            let year = claim.eventTime?.start.year ?? claim.asOf?.year
            var common: ClosedRange<Double>?
            if let (lo, hi) = bounds(m), let r = ExchangeRates.rate(code, year: year), r.rate > 0 { common = (lo / r.rate)...(hi / r.rate) }
            return .unitful(exact: exact, unit: code, common: common, width: m.value?.crossUnitWidth ?? ExchangeRates.tolerance(code, year: year))
        case .measure:
            guard let exact = figure(m), let u = m.measurement, let (lo, hi) = bounds(m) else { return nil }
            return .unitful(exact: exact, unit: u.unit, common: lo...hi, width: m.value?.crossUnitWidth ?? 0.03)
        case .time:
            return clock(claim)
        default:
            return nil
        }
    }

    /// The figure as the claim states it: an interval, or a range whose ends each keep their
    /// rounding.
    static func figure(_ m: Mention) -> ClaimValue? {
        guard let v = m.value else { return nil }
        if let ends = v.rangeEnds, let low = v.low, let high = v.high, low.isFinite, high.isFinite {
            let lowHalf = max(0, ends.low - low), highHalf = max(0, high - ends.high)
            return .range(low: (ends.low - lowHalf)...(ends.low + lowHalf), high: (ends.high - highHalf)...(ends.high + highHalf))
        }
        if v.low == nil, v.high == nil {
            guard let p = v.point, p.isFinite else { return nil }
            return .interval(p, p)
        }
        return .interval(v.low ?? -.infinity, v.high ?? .infinity)
    }

    static func bounds(_ m: Mention) -> (Double, Double)? {
        guard let v = m.value, let lo = v.low ?? v.point.map({ _ in -Double.infinity }), let hi = v.high ?? v.point.map({ _ in Double.infinity }),
              !lo.isNaN, !hi.isNaN, lo <= hi else { return nil }
        return (lo, hi)
    }

    /// A clock time on its day: the day the phrase names ("late Friday night") or the one-day
    /// date of its clause; in UTC when the zone is known. An open side ("shortly after") reaches
    /// twelve hours.
    static func clock(_ claim: Claim) -> ClaimValue? {
        guard let u = claim.mention.measurement, let v = claim.mention.value, let anchor = v.point ?? v.low ?? v.high else { return nil }
        var lo = v.low ?? anchor - 43_200, hi = v.high ?? anchor + 43_200
        if let off = u.utcOffsetMinutes { lo -= Double(off * 60); hi -= Double(off * 60) }
        let day = clockDay(claim)
        guard lo.isFinite, hi.isFinite, lo <= hi else { return nil }
        return .clock(day: day, seconds: lo...hi, utc: u.utcOffsetMinutes != nil, twelveHour: u.twelveHour)
    }

    /// The day (day number) a clock-time claim is on: the one its phrase names, or the one-day
    /// date of its clause.
    public static func clockDay(_ claim: Claim) -> Int? {
        guard let d = (claim.mention.measurement?.day ?? claim.eventTime)?.interval, d.lowerBound == d.upperBound else { return nil }
        return d.lowerBound.dayNumber
    }

    static func unitsCompatible(_ a: ClaimValue, _ b: ClaimValue) -> Bool {
        switch (a, b) {
        case let (.unitful(e1, u1, c1, w1), .unitful(e2, u2, c2, w2)):
            if u1 == u2 { return e1.compatible(with: e2) }
            guard let c1, let c2 else { return true }
            return widenedOverlap(c1, c2, width: max(w1, w2))
        case let (.unitful(_, _, common, width), other), let (other, .unitful(_, _, common, width)):
            // money in another currency against US dollars, which are written as they compare
            guard let common, let (lo, hi) = other.bounds else { return true }
            return widenedOverlap(common, lo...hi, width: width)
        case let (.clock(d1, s1, utc1, h1), .clock(d2, s2, utc2, h2)):
            // a time whose zone is unknown says nothing against one in UTC
            guard utc1 == utc2 else { return true }
            var shifts: [Double] = [0]
            if h1 || h2 { shifts += [43_200, -43_200] }
            let base1 = Double(d1 ?? 0) * 86_400, base2 = Double(d2 ?? 0) * 86_400
            // without both days, times of day compare round the clock
            let wraps: [Double] = d1 != nil && d2 != nil ? [0] : [-86_400, 0, 86_400]
            for shift in shifts {
                for wrap in wraps where !(d1 != nil && d2 != nil) || wrap == 0 {
                    let x = (base1 + s1.lowerBound + shift)...(base1 + s1.upperBound + shift)
                    let y = (d1 != nil && d2 != nil ? base2 : base1) + s2.lowerBound + wrap...((d1 != nil && d2 != nil ? base2 : base1) + s2.upperBound + wrap)
                    if x.lowerBound <= y.upperBound && y.lowerBound <= x.upperBound { return true }
                }
            }
            return false
        default:
            return true
        }
    }

    /// Whether two values compare through a conversion (different currencies or units), so that
    /// their agreement is loose.
    public func comparedAcrossUnits(with other: ClaimValue) -> Bool {
        switch (self, other) {
        case let (.unitful(_, u1, _, _), .unitful(_, u2, _, _)): return u1 != u2
        case (.unitful, _), (_, .unitful): return true
        default: return false
        }
    }

    /// The interval a plain numeric value covers.
    var bounds: (Double, Double)? {
        switch self {
        case let .interval(a, b): return a <= b ? (a, b) : nil
        case let .range(l, h): return (l.lowerBound, h.upperBound)
        default: return nil
        }
    }

    /// Two intervals in common units that come within `width` of the larger figure.
    static func widenedOverlap(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>, width: Double) -> Bool {
        let finite = [a.lowerBound, a.upperBound, b.lowerBound, b.upperBound].filter(\.isFinite).map { Swift.abs($0) }
        let slack = (finite.max() ?? 0) * width
        return a.lowerBound - slack <= b.upperBound && b.lowerBound - slack <= a.upperBound
    }
}
