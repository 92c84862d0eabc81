import Foundation

/// The interval a bare figure asserts by the way it is written: half a unit of its last written
/// place. Kept apart from the scanner so that the rule is one table-tested function.
///
/// - a figure with decimals asserts half a unit of its last written decimal place, times the scale
///   written after it ("1.04 trillion" ± 0.005 trillion, "4.800" ± 0.0005);
/// - a whole figure asserts half a unit of its last non-zero digit ("$450 million" ± 5 million,
///   "9,000" ± 500, "twenty" ± 5);
/// - a whole figure whose last digit is not zero is exact ("seven", "28,513", "21"): small counts
///   such as "seven rounds" are exact points;
/// - fractions ("two thirds", "two and a half"), ordinals and zero are exact.
enum Rounding {
    static let pow10: [Double] = (0...22).map { pow(10, Double($0)) }

    /// Half the rounding unit of `value` as written: `decimals` digits after the decimal mark,
    /// multiplied by `literalScale` (the scale words written after those decimals); `exact` for
    /// fractions and ordinals.
    static func halfUnit(of value: Double, decimals: Int, literalScale: Double = 1, exact: Bool = false) -> Double {
        if exact { return 0 }
        if decimals > 0 { return 0.5 / pow10[min(decimals, 22)] * literalScale }
        var v = abs(value)
        guard v >= 10, v == v.rounded(), v < 1e21 else { return 0 }
        var zeros = 0
        while v >= 10 && v.truncatingRemainder(dividingBy: 10) == 0 { v /= 10; zeros += 1 }
        return zeros == 0 ? 0 : 0.5 * pow10[zeros]
    }
}
