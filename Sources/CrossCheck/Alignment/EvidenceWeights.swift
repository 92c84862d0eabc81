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
    // Fitted by tools/fit-weights.py on 8719 labelled pairs (1993 matches), l2 = 1.0;
    // fixed priors: eventSame = 3.0.
    /// Log-odds of two claims of one block stating one fact before any comparison.
    public static let bias = -2.257
    /// Weights with the values left out (a conflict rests on these alone).
    public static let withoutValue: [Double] = [
        0.186, -1.139, 0.000, 1.966, 0.000, -0.427, 2.004, 2.422, 1.863,
        0.615, 0.661, 0.000, 0.492, -0.176, 0.000, -0.078, -2.279, 3.000,
        0.000, 0.000, 0.000, 2.743, 0.000, 0.000,
    ]
    /// Bias and weights with the values' agreement counted in (a corroboration rests on these).
    public static let biasWithValue = -3.296
    public static let withValue: [Double] = [
        0.000, -1.504, 0.000, 1.792, 0.000, -0.436, 2.661, 2.194, 1.872,
        0.107, 0.768, 0.000, 0.305, -0.118, 0.000, -0.053, -2.115, 3.000,
        3.540, 0.000, 0.000, 2.222, 4.341, 2.584,
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
