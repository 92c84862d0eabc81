/// The weights of the alignment evidence, as data. They are log-odds: each comparison that holds
/// adds its weight (continuous shares add weight × share), and the sum is the log-odds that two
/// claims state one fact. `tools/fit-weights.py` fits them by logistic regression on labelled
/// pairs (docs/alignment.md says how); paste its output here.
public enum EvidenceWeights {
    /// Names of the comparisons, in `PairEvidence.Feature` order (the fitting script reads them).
    public static let names = [
        "measureSame", "measureDiffer", "fallbackSame", "subjectSame", "subjectDiffer", "subjectOneSided", "nounSame", "localShare",
        "sentenceShare", "nameShare", "phaseSame", "periodSame", "sameDay", "farApart", "attributionSame", "attributionDiffer", "sameDocument",
        "eventSame", "digitsSame", "measureAndNear", "measureAndSubject", "samePerson", "sameFigure", "valueAgree",
    ]

    // BEGIN FITTED WEIGHTS
    // Fitted by tools/fit-weights.py on 8778 labelled pairs (1995 matches), l2 = 1.0.
    /// Log-odds of two claims of one block stating one fact before any comparison.
    public static let bias = -2.290
    /// Weights with the values left out (a conflict rests on these alone).
    public static let withoutValue: [Double] = [
        0.283, -1.242, -0.214, 1.944, 0.000, -0.410, 2.198, 4.187, 1.421,
        0.601, 0.862, -1.358, 0.496, -0.177, -1.169, -0.044, -2.137, 0.000,
        0.000, -1.309, -0.394, 2.667, 0.000, 0.000,
    ]
    /// Bias and weights with the values' agreement counted in (a corroboration rests on these).
    public static let biasWithValue = -2.881
    public static let withValue: [Double] = [
        -0.224, -1.776, -1.022, 1.612, 0.000, -0.649, 2.535, 3.172, 1.366,
        0.127, 0.786, -0.643, 0.448, -0.089, -1.028, 0.005, -2.092, 0.000,
        3.361, -0.326, -0.536, 2.366, 4.692, 1.995,
    ]
    // END FITTED WEIGHTS

    /// Log-odds above which claims whose values agree are one fact.
    public static let alignThreshold = 0.0
    /// Log-odds, without the values, above which claims whose values clash are one fact in
    /// conflict: higher than for an agreement, because a false conflict costs a fact-checker more
    /// than a missed corroboration.
    public static let conflictThreshold = 0.0

    static func score(_ e: PairEvidence, includeValue: Bool) -> Double {
        let w = includeValue ? withValue : withoutValue
        var s = includeValue ? biasWithValue : bias
        for (i, v) in e.values.enumerated() where i < w.count { s += w[i] * v }
        return s
    }
}
