/// Word classes the count recognizer needs to find the noun a figure counts, as data.
enum CountLexicon {
    /// Words that end the search for a counted noun: function words, common verbs, time and
    /// measure units (durations and measures, not counts of things), percent and multiple words.
    static let stopWords = [
        "a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "from", "with", "and", "or", "but", "nor", "as",
        "than", "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "while",
        "if", "so", "yet", "into", "onto", "over", "under", "about", "after", "before", "between", "during",
        "since", "until", "till", "per", "via", "against", "among", "amid", "across", "through", "toward", "towards",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said", "says", "say", "told",
        "it", "its", "he", "she", "they", "them", "their", "his", "her", "our", "we", "you", "your", "i", "me", "my",
        "us", "him", "there", "here", "also", "not", "no", "only", "just", "each", "every", "all", "both", "more",
        "less", "most", "least", "fewer", "than", "too", "very", "up", "down", "out", "off", "again", "ago", "later",
        "earlier", "apiece", "each", "percent", "pct", "percentage", "times", "fold", "point", "points", "per",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "second", "seconds", "decade", "decades", "century", "centuries", "quarter", "quarters", "night", "nights",
        "morning", "afternoon", "evening", "weekend", "weekends", "yr", "yrs", "hr", "hrs", "min", "mins", "sec", "secs",
        "km", "kilometers", "kilometres", "kilometer", "kilometre", "mile", "miles", "meter", "meters", "metre",
        "metres", "m", "cm", "mm", "ft", "feet", "foot", "inch", "inches", "yard", "yards", "kg", "kilograms",
        "kilogram", "kilos", "g", "grams", "gram", "lb", "lbs", "ounces", "oz", "ton", "tons", "tonne", "tonnes",
        "liter", "liters", "litre", "litres", "gallon", "gallons", "acre", "acres", "hectare", "hectares", "degrees",
        "degree", "mph", "kph", "kmh", "mw", "gw", "kw", "kwh", "mb", "gb", "tb", "ml", "cc", "st", "nd", "rd", "th",
        "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "trillions", "hundred",
        "hundreds", "dozen", "dozens", "k", "bn", "mn", "tn", "lakh", "crore", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "gmt", "utc", "kst", "last", "next",
        "first", "then", "now", "today", "yesterday", "tomorrow", "tonight", "annually", "a.m", "p.m",
        "other", "others", "another", "former", "latter", "such", "own", "same", "where", "how", "why",
        "either", "neither", "whether", "because", "although", "though", "unless", "whereas", "including",
        "plus", "minus", "alone", "altogether", "respectively", "total", "overall", "combined",
    ]

    /// Lower-case modifiers that may stand between a figure and its noun ("9,000 new jobs").
    static let adjectives = [
        "new", "old", "young", "more", "additional", "extra", "full", "part", "local", "foreign", "civilian",
        "military", "active", "senior", "junior", "small", "large", "big", "major", "minor", "key", "top", "armed",
        "unarmed", "innocent", "registered", "confirmed", "suspected", "missing", "dead", "injured", "wounded",
        "elderly", "skilled", "unskilled", "regular", "temporary", "permanent", "private", "public", "former",
        "current", "separate", "different", "similar", "main", "rural", "urban", "single", "double", "high",
        "low", "long", "short", "full-time", "part-time", "front-line", "frontline", "homeless", "undocumented",
        "eligible", "qualified", "unemployed", "employed", "stranded", "displaced", "female", "male", "adult",
        "foreign-born", "domestic", "international", "independent", "individual", "rival", "fellow", "live", "unpaid",
    ]

    /// Suffixes of lower-case words read as adjectives before the counted noun.
    static let adjectiveSuffixes = ["al", "ian", "ese", "ish", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ed", "ing", "ern"]

    /// Singular nouns that count people or things as a group ("9,000 staff", "500 police").
    static let collectiveNouns = ["staff", "personnel", "police", "crew", "cattle", "livestock", "military", "infantry", "aircraft", "people", "troops"]

    /// Vague counts: "dozens", "hundreds of", "tens of thousands", "thousands of workers".
    static let vague: [String: Double] = [
        "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
        "trillions": 1e12, "tens": 10,
    ]

    static let stopTable = WordTable(words: stopWords, value: true)
    static let adjectiveTable = WordTable(words: adjectives, value: true)
    static let collectiveTable = WordTable(words: collectiveNouns, value: true)
    static let vagueTable = WordTable(vague)

    /// Harm nouns that "no" counts as zero ("no deaths", "no injuries"), with their lemma.
    static let zeroCountNouns = WordTable([
        "deaths": "death", "fatalities": "fatality", "injuries": "injury", "casualties": "casualty",
        "death": "death", "fatality": "fatality", "injury": "injury",
    ])
    /// Verbs after "no one" / "nobody" that make it a count of a harm ("no one was killed").
    static let zeroHarmVerbs = WordTable(words: ["killed", "died", "injured", "hurt", "wounded"], value: true)
}
