/// Multiples as data: "fivefold", "doubled", "twice", "half".
enum MultipleLexicon {
    /// Closed "-fold" words, built from the cardinals ("twofold" … "hundredfold").
    static let foldWords: [String: Double] = {
        var table: [String: Double] = ["hundredfold": 100, "thousandfold": 1000, "manifold": 0]
        for (w, v) in NumberWords.cardinals where v >= 2 { table[w + "fold"] = v }
        table.removeValue(forKey: "manifold")
        return table
    }()

    /// Verbs and adverbs that state a multiple by themselves, with the direction of the change.
    static let verbs: [String: (Double, Direction?)] = [
        "doubled": (2, .up), "doubling": (2, .up), "doubles": (2, .up), "tripled": (3, .up), "trebled": (3, .up),
        "tripling": (3, .up), "triples": (3, .up), "quadrupled": (4, .up), "quadrupling": (4, .up),
        "quintupled": (5, .up), "halved": (0.5, .down), "halving": (0.5, .down), "halves": (0.5, .down),
        "twice": (2, nil), "thrice": (3, nil),
    ]

    /// Words after "N times" that make it a multiple ("three times as many", "five times more").
    static let comparatives = [
        "as", "more", "less", "larger", "bigger", "higher", "greater", "faster", "smaller", "lower", "the",
        "that", "what", "over", "cheaper", "longer", "stronger", "richer", "costlier", "fewer",
    ]

    static let foldTable = WordTable(foldWords)
    static let verbTable = WordTable(verbs.mapValues { MultipleWord(factor: $0.0, direction: $0.1) })
    static let comparativeTable = WordTable(words: comparatives, value: true)

    struct MultipleWord: Sendable { var factor: Double; var direction: Direction? }
}
