/// Percent words after a figure.
enum PercentLexicon {
    /// Words after the figure and the unit they give: "10 percent", "10 per cent", "3 percentage points".
    static let words: [String: String] = ["percent": "%", "percents": "%", "pct": "%", "percentage": "%", "pc": "%"]
    static let pointWords = ["point", "points"]
    /// Basis points: hundredths of a percentage point ("25 basis points", "50bps").
    static let basisPoints = WordTable(words: ["bps", "bp", "bips"], value: true)
    static let basis = WordKey("basis")

    static let wordTable = WordTable(words)
    static let pointTable = WordTable(words: pointWords, value: true)
}
