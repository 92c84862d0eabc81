/// The words that qualify a figure, as data. Phrases are matched word by word, longest first.
enum HedgeLexicon {
    /// Phrases written before the figure ("about $5 billion", "more than 9,000 workers").
    static let before: [(String, Hedge)] = [
        ("about", .approximate), ("around", .approximate), ("some", .approximate), ("roughly", .approximate),
        ("approximately", .approximate), ("approx", .approximate), ("an estimated", .approximate),
        ("estimated", .approximate), ("circa", .approximate), ("ca", .approximate), ("an approximate", .approximate),
        ("~", .approximate),
        ("nearly", .nearly), ("almost", .nearly), ("close to", .nearly), ("just under", .nearly),
        ("just shy of", .nearly), ("not quite", .nearly), ("just below", .nearly),
        ("more than", .moreThan), ("over", .moreThan), ("above", .moreThan), ("upwards of", .moreThan),
        ("upward of", .moreThan), ("in excess of", .moreThan), ("greater than", .moreThan),
        ("higher than", .moreThan), ("larger than", .moreThan), ("bigger than", .moreThan), ("just over", .moreThan),
        ("well over", .moreThan), ("well above", .moreThan), ("exceeding", .moreThan), ("exceed", .moreThan),
        ("exceeds", .moreThan), ("surpass", .moreThan), ("surpassing", .moreThan), ("north of", .moreThan),
        (">", .moreThan),
        ("at least", .atLeast), ("no less than", .atLeast), ("no fewer than", .atLeast), ("not less than", .atLeast),
        ("not fewer than", .atLeast), ("a minimum of", .atLeast), (">=", .atLeast), ("≥", .atLeast),
        ("as much as", .upTo), ("as high as", .upTo), ("as many as", .upTo), ("as large as", .upTo),
        ("up to", .upTo), ("as long as", .upTo),
        ("less than", .lessThan), ("under", .lessThan), ("fewer than", .lessThan), ("below", .lessThan),
        ("lower than", .lessThan), ("smaller than", .lessThan), ("<", .lessThan),
        ("at most", .atMost), ("no more than", .atMost), ("not more than", .atMost), ("a maximum of", .atMost),
        ("no higher than", .atMost), ("<=", .atMost), ("≤", .atMost),
        ("exactly", .exact), ("precisely", .exact), ("just", .exact),
        ("less than or equal to", .atMost), ("smaller or equal than", .atMost), ("less or equal than", .atMost),
        ("lower or equal than", .atMost), ("equal to or less than", .atMost), ("equal to or lower than", .atMost),
        ("greater than or equal to", .atLeast), ("more than or equal to", .atLeast), ("higher or equal than", .atLeast),
        ("bigger or equal than", .atLeast), ("larger or equal than", .atLeast), ("greater or equal than", .atLeast),
        ("equal to or more than", .atLeast), ("equal to or greater than", .atLeast), ("at least or equal to", .atLeast),
        // "equal to 170", "equals 20", "equaling to 20": the figure itself, stated as a comparison.
        ("equal to", .exact), ("equals", .exact), ("equals to", .exact), ("equaling", .exact), ("equaling to", .exact),
        ("equalling", .exact), ("equalling to", .exact),
    ]

    /// Phrases written after the figure or its unit ("9,000 or more", "$5 billion or so").
    static let after: [(String, Hedge)] = [
        ("or more", .atLeast), ("and more", .atLeast), ("or above", .atLeast), ("and above", .atLeast),
        ("or higher", .atLeast), ("or greater", .atLeast), ("and up", .atLeast), ("plus", .atLeast),
        ("or less", .atMost), ("or fewer", .atMost), ("or below", .atMost), ("or lower", .atMost),
        ("or so", .approximate),
        ("or more than", .atLeast), ("or greater than", .atLeast), ("or higher than", .atLeast),
        ("or less than", .atMost), ("or fewer than", .atMost), ("or lower than", .atMost),
        // "less than 5000 or equal (to)": closes the open side of a comparison (see `Hedges.close`).
        ("or equal", .exact), ("or equal to", .exact),
    ]

    /// Every word of the phrases before a figure, to step over them.
    static let beforeWordTable = WordTable(words: before.flatMap { $0.0.split(separator: " ").map(String.init) }, value: true)
}
