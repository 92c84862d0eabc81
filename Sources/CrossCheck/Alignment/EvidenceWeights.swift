/// The weights of the alignment evidence, as data. They are log-odds: each comparison that holds
/// adds its weight (continuous shares add weight × share), and the sum is the log-odds that two
/// claims state one fact. `tools/fit-weights.py` fits them by logistic regression on labelled
/// pairs (docs/alignment.md says how); paste its output here.
public enum EvidenceWeights {
    /// Names of the comparisons, in `PairEvidence.Feature` order (the fitting script reads them).
    public static let names = [
        "measureSame", "measureDiffer", "fallbackSame", "subjectSame", "subjectDiffer", "nounSame", "localShare",
        "sentenceShare", "nameShare", "phaseSame", "periodSame", "sameDay", "farApart", "attributionSame", "attributionDiffer", "sameDocument",
        "eventSame", "valueAgree",
    ]

    // BEGIN FITTED WEIGHTS
    /// Log-odds of two claims of one block stating one fact before any comparison.
    public static let bias = -3.0
    /// Weights with the values left out (a conflict rests on these alone).
    public static let withoutValue: [Double] = [
        2.0, -3.0, 1.0, 1.0, -3.0, 1.0, 4.0,
        2.0, 1.5, 1.5, 1.0, 0.5, -1.0, 0.3, -0.3, -0.5,
        3.0, 0.0,
    ]
    /// Bias and weights with the values' agreement counted in (a corroboration rests on these).
    public static let biasWithValue = -3.0
    public static let withValue: [Double] = [
        2.0, -3.0, 1.0, 1.0, -3.0, 1.0, 4.0,
        2.0, 1.5, 1.5, 1.0, 0.5, -1.0, 0.3, -0.3, -0.5,
        3.0, 2.5,
    ]
    // END FITTED WEIGHTS

    /// Log-odds above which claims whose values agree are one fact.
    public static let alignThreshold = 0.0
    /// Log-odds, without the values, above which claims whose values clash are one fact in
    /// conflict: higher than for an agreement, because a false conflict costs a fact-checker more
    /// than a missed corroboration.
    public static let conflictThreshold = 1.5

    static func score(_ e: PairEvidence, includeValue: Bool) -> Double {
        let w = includeValue ? withValue : withoutValue
        var s = includeValue ? biasWithValue : bias
        for (i, v) in e.values.enumerated() where i < w.count { s += w[i] * v }
        return s
    }
}
