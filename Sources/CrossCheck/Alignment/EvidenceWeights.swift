/// The weights of the alignment evidence, as data. They are log-odds: each comparison that holds
/// adds its weight (continuous shares add weight × share), and the sum is the log-odds that two
/// claims state one fact. `tools/fit-weights.py` fits them by logistic regression on labelled
/// pairs (docs/alignment.md says how); paste its output here.
public enum EvidenceWeights {
    /// Names of the comparisons, in `PairEvidence.Feature` order (the fitting script reads them).
    public static let names = [
        "measureSame", "measureDiffer", "fallbackSame", "subjectSame", "subjectDiffer", "subjectOneSided", "nounSame", "localShare",
        "sentenceShare", "nameShare", "phaseSame", "periodSame", "sameDay", "farApart", "attributionSame", "attributionDiffer", "sameDocument",
        "eventSame", "digitsSame", "measureAndNear", "measureAndSubject", "placeSame", "samePerson", "sameFigure", "valueAgree",
        "measureRelated",
    ]

    // BEGIN FITTED WEIGHTS
    // Fitted by tools/fit-weights.py on 8553 labelled pairs (1987 matches), l2 = 1.0;
    // fixed priors: eventSame = 3.0, placeSame = 1.0, measureRelated = (-1.342, 0.0).
    /// Log-odds of two claims of one block stating one fact before any comparison.
    public static let bias = -2.159
    /// Weights with the values left out (a conflict rests on these alone).
    public static let withoutValue: [Double] = [
        0.064, -1.342, 0.000, 1.894, 0.000, -0.465, 2.042, 2.435, 1.772,
        0.694, 0.664, 0.000, 0.471, -0.152, 0.000, -0.035, -2.282, 3.000,
        0.000, 0.000, 0.000, 1.000, 2.729, 0.000, 0.000,
        -1.342,
    ]
    /// Bias and weights with the values' agreement counted in (a corroboration rests on these).
    public static let biasWithValue = -3.299
    public static let withValue: [Double] = [
        0.000, -1.535, 0.000, 1.800, 0.000, -0.427, 2.680, 2.169, 1.850,
        0.123, 0.725, 0.000, 0.263, -0.108, 0.000, -0.009, -2.116, 3.000,
        3.549, 0.000, 0.000, 1.000, 2.184, 4.133, 2.663,
        0.000,
    ]
    // END FITTED WEIGHTS

    /// Log-odds above which claims whose values agree are one fact.
    public static let alignThreshold = -1.5
    /// Log-odds, without the values, above which claims whose values clash are one fact in
    /// conflict: higher than for an agreement, because a false conflict costs a fact-checker more
    /// than a missed corroboration.
    public static let conflictThreshold = -0.5

    /// Mean probability (relative to the threshold) the clashing pairs between two groups must
    /// reach for them to join as one fact in conflict.
    public static let conflictLinkage = 0.35

    static func score(_ e: PairEvidence, includeValue: Bool) -> Double {
        let w = includeValue ? withValue : withoutValue
        var s = includeValue ? biasWithValue : bias
        for (i, v) in e.values.enumerated() where i < w.count { s += w[i] * v }
        return s
    }
}
