/// Words around a figure that show it is not a quantity: a date, a time of day, an address, a label.
enum NonQuantityLexicon {
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Words that name the figure after them rather than count with it ("Article 5", "No. 10").
    static let labels = [
        "no", "nos", "nr", "nrs", "number", "article", "articles", "section", "chapter", "paragraph", "clause", "route",
        "highway", "interstate", "flight", "room", "page", "pages", "p", "pp", "version", "v", "level", "phase",
        "stage", "tier", "gate", "platform", "channel", "rule", "resolution", "amendment", "category", "grade",
        "class", "model", "type", "mark", "episode", "season", "volume", "vol", "issue", "item", "exhibit",
        "table", "figure", "fig", "appendix", "annex", "unit", "building", "apartment", "apt", "suite", "floor",
        "line", "lane", "squad", "division", "district", "ward", "precinct", "bus", "train", "row", "seat",
        "code", "id", "covid", "sars", "h1n1", "windows", "iphone", "boeing", "airbus", "apollo", "#",
    ]

    /// Street-type words: "12 Main Street" is an address.
    static let streets = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way",
        "place", "pl", "square", "sq", "court", "ct", "terrace", "parkway", "pkwy", "highway", "alley", "plaza",
    ]

    /// Words before "one" that make it a pronoun ("the one", "which one").
    static let pronounOne = ["the", "this", "that", "which", "each", "every", "any", "no", "another", "someone", "anyone", "everyone", "only"]

    /// Words before a year ("in 2019", "since 2020").
    static let yearPrepositions = ["in", "since", "by", "until", "till", "of", "from", "to", "during", "before", "after", "through", "for", "around", "circa", "between", "and"]

    static let monthTable = WordTable(words: months, value: true)
    static let labelTable = WordTable(words: labels, value: true)
    static let streetTable = WordTable(words: streets, value: true)
    static let pronounOneTable = WordTable(words: pronounOne, value: true)
    static let yearPrepositionTable = WordTable(words: yearPrepositions, value: true)
    static let clockTable = WordTable(words: ["am", "pm", "gmt", "utc", "kst", "est", "edt", "pst", "pdt", "bst", "cet", "o'clock", "hrs", "h"], value: true)
}
