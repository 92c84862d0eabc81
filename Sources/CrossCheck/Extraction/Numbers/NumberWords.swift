/// English number words as data: cardinals, ordinals, scales and fractions. Shared by every
/// recognizer that reads spelled-out figures (money, counts, dates, durations).
public enum NumberWords {
    public static let cardinals: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Scale words and their abbreviations as news and finance pages write them.
    public static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
        "mil": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "bln": 1_000_000_000,
        "tn": 1_000_000_000_000, "tr": 1_000_000_000_000, "trn": 1_000_000_000_000,
    ]

    public static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
        "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1_000,
        "millionth": 1_000_000, "billionth": 1_000_000_000,
    ]

    /// Ordinal suffixes after digits ("7th", "21st").
    public static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    public static let fractions: [String: Double] = [
        "half": 0.5, "halves": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25,
        "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
    ]

    public static let cardinalTable = WordTable(cardinals)
    public static let scaleTable = WordTable(scales)
    public static let ordinalTable = WordTable(ordinals)
}
