/// How large a figure crosscheck compares. Figures are read into `Double`s, whose arithmetic never
/// traps but loses whole numbers above 2^53 and overflows to infinity near 1e308 ("1e308", "36892758400
/// billion trillion"). A figure beyond the limit keeps its span, kind, hedge and unit, so it is
/// listed and quoted as written, but loses its value, so no spread, interval or conversion to an
/// integer is ever computed from it and it never conflicts with anything.
public enum FigureLimits {
    /// 2^53 = 9,007,199,254,740,992: every whole number up to it is exact in a `Double`, and it is
    /// far above any figure news reports give (a quadrillion is 1e15).
    public static let largestComparable: Double = 9_007_199_254_740_992

    public static func isComparable(_ x: Double) -> Bool {
        x.isFinite && Swift.abs(x) <= largestComparable
    }

    /// The mention with any value beyond the limit dropped (open bounds, nil, are fine).
    static func bounded(_ mention: Mention) -> Mention {
        var m = mention
        // A measurement is limited as written: 3.5 TWh is 1.26e16 J, a fine figure in base units.
        if m.kind == .quantity, let u = m.measurement, let v = m.value {
            let ok = [v.low, v.high, v.point].allSatisfy { x in x.map { $0.isFinite && isComparable(u.written($0)) } ?? true }
            if !ok { m.value = QuantityValue(low: nil, high: nil, point: nil, unit: v.unit) }
        } else if let v = m.value, ![v.low, v.high, v.point].allSatisfy({ $0.map(isComparable) ?? true }) {
            m.value = QuantityValue(low: nil, high: nil, point: nil, unit: v.unit)
        }
        if let d = m.duration, ![d.lowDays, d.highDays].allSatisfy({ $0.map(isComparable) ?? true }) {
            m.duration = DurationValue(lowDays: nil, highDays: nil, iso: d.iso)
        }
        return m
    }
}
