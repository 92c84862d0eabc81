/// Percent words after a figure.
enum PercentLexicon {
    /// Words after the figure and the unit they give: "10 percent", "10 per cent", "3 percentage points".
    static let words: [String: String] = ["percent": "%", "percents": "%", "pct": "%", "percentage": "%", "pc": "%"]
    static let pointWords = ["point", "points"]

    static let wordTable = WordTable(words)
    static let pointTable = WordTable(words: pointWords, value: true)
}
