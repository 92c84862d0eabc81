/// How wide an interval each hedge asserts. Defaults are what a fact-checker would accept; a
/// project can change them in `.crosscheck.json` under `"hedges"`.
public struct HedgeWidths: Sendable, Hashable, Codable {
    /// "about X": X ± this fraction of X.
    public var approximate: Double = 0.10
    /// "nearly X": [X − this fraction of X, X].
    public var nearly: Double = 0.10
    /// A bare figure asserts half a unit of its last significant digit ("$450 million" is
    /// [445M, 455M]); false makes bare figures exact points.
    public var rounding: Bool = true
    /// A round figure asserts at most this fraction of itself either side: "$1 million" is
    /// [0.9M, 1.1M], not [0.5M, 1.5M], so it conflicts with "$1.4 million"; "$870 million" keeps
    /// its own, narrower rounding [865M, 875M].
    public var roundingCap: Double = 0.10
    /// "more than X" / "at least X": the upper side stays open unless this is set, in which case
    /// the interval ends at X × (1 + this).
    public var moreThanCeiling: Double? = nil
    /// "thousands of": [low, high] multiples of the scale word (2…9 thousand by default).
    public var vagueLow: Double = 2
    public var vagueHigh: Double = 9.999
    /// Money in two currencies compares through yearly average exchange rates, within this
    /// fraction either side: rates move within a year and reporters convert at the day's rate, so
    /// only a wrong unit or a misplaced figure stands out. Nil (the default): as far as the
    /// currency's yearly average moved into or out of that year, at least 5%
    /// (`ExchangeRates.tolerance`), so a steady currency's conversion is held closer than one
    /// that swung.
    public var currencyConversion: Double?
    /// A measurement compared with one in another unit, within this fraction either side: the
    /// converted figure is usually rounded ("4.5 metres (15 feet)").
    public var unitConversion: Double = 0.03

    public init() {}
}

public struct ExtractionOptions: Sendable, Hashable {
    public var hedges = HedgeWidths()

    public init(hedges: HedgeWidths = HedgeWidths()) {
        self.hedges = hedges
    }
}
