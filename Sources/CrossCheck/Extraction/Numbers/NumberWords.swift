/// English number words as data: cardinals, ordinals, scales and fractions. Shared by every
/// recognizer that reads spelled-out figures (money, counts, dates, durations).
public enum NumberWords {
    public static let cardinals: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Other spellings of zero, read like cardinals.
    public static let zeroWords: [String: Double] = ["nought": 0, "naught": 0, "nil": 0]

    /// Scale words and their abbreviations as news and finance pages write them.
    public static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
        "mil": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "bln": 1_000_000_000,
        "tn": 1_000_000_000_000, "tr": 1_000_000_000_000, "trn": 1_000_000_000_000,
    ]

    /// Scale words that may stand apart from the figure ("nine thousand", "5 million", "30 lakh").
    /// "hundred" is not here: it multiplies the group below a thousand, see `FigureParser`.
    public static let scaleWords: [String: Double] = [
        "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
        "trillion": 1e12, "trillions": 1e12, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5,
        "lkhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "koti": 1e7, "krore": 1e7, "krores": 1e7,
    ]

    /// Abbreviations after digits. `adjacentOnly` ones must touch the figure ("£183.39m", "10k"):
    /// with a space, "5 m" is more often metres than millions.
    public static let scaleAbbreviations: [String: (scale: Double, adjacentOnly: Bool)] = [
        "k": (1e3, true), "m": (1e6, true), "b": (1e9, true), "mm": (1e6, true),
        "mn": (1e6, false), "mln": (1e6, false), "mil": (1e6, false), "bn": (1e9, false), "bln": (1e9, false),
        "tn": (1e12, false), "trn": (1e12, false), "tln": (1e12, false),
    ]

    public static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
        "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1_000,
        "millionth": 1_000_000, "billionth": 1_000_000_000, "trillionth": 1_000_000_000_000,
    ]

    /// Ordinal suffixes after digits ("7th", "21st").
    public static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    public static let fractions: [String: Double] = [
        "half": 0.5, "halves": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25,
        "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
    ]

    /// Denominator words of spelled fractions ("two thirds", "one-eighth", "a hundredth"): the
    /// ordinals from third up, half and quarter, singular and plural. "second" is left out: "a
    /// second" is a unit of time far more often than a half.
    public static let denominators: [String: (denominator: Double, plural: Bool)] = {
        var table: [String: (Double, Bool)] = [
            "half": (2, false), "halves": (2, true), "quarter": (4, false), "quarters": (4, true),
        ]
        for (word, n) in ordinals where n >= 3 {
            table[word] = (Double(n), false)
            table[word + "s"] = (Double(n), true)
        }
        return table
    }()

    /// Closed compounds Duckling accepts ("twentyfifth", "fortysecond").
    static let compoundOrdinals: [String: Int] = {
        var table: [String: Int] = [:]
        let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]
        for (t, tv) in tens {
            for (u, uv) in ordinals where uv < 10 { table[t + u] = tv + uv }
        }
        return table
    }()

    public static let cardinalTable = WordTable(cardinals.merging(zeroWords) { a, _ in a })
    public static let scaleTable = WordTable(scales)
    public static let scaleWordTable = WordTable(scaleWords)
    public static let scaleAbbreviationTable = WordTable(scaleAbbreviations.mapValues { ScaleAbbreviation(scale: $0.scale, adjacentOnly: $0.adjacentOnly) })
    public static let ordinalTable = WordTable(ordinals.merging(compoundOrdinals) { a, _ in a })
    public static let denominatorTable = WordTable(denominators.mapValues { Denominator(value: $0.denominator, plural: $0.plural) })
    static let hundredTable = WordTable(["hundred": false, "hundreds": true])
    static let dozenTable = WordTable(["dozen": false, "dozens": true, "dz": true, "dzs": true, "doz": true, "dozs": true])

    public struct ScaleAbbreviation: Sendable { public var scale: Double; public var adjacentOnly: Bool }
    public struct Denominator: Sendable { public var value: Double; public var plural: Bool }
}
