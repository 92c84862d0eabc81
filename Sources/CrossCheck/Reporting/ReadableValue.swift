/// Values as a person writes them, for the reports people read (Markdown, HTML): "$865M–$875M",
/// "14 people", "8,500–9,500 Koreans", "about 2 days". The JSON report and `extract` keep the
/// machine form of `ValueFormatter.understood` (the counted noun's lemma, the currency code).
public enum ReadableValue {
    public static func text(_ m: Mention, quote: String) -> String {
        guard m.date == nil, m.duration == nil, m.person == nil, m.name == nil, let v = m.value else {
            if let d = m.duration { return durationText(d.lowDays, d.highDays) }
            return ValueFormatter.understood(m)
        }
        if v.low == nil, v.high == nil, v.point == nil { return "too large to compare" }
        switch m.kind {
        case .money:
            let symbol = currencySymbol(v.unit)
            return ValueFormatter.interval(v.low, v.high, unit: nil, fallback: v.point, prefix: symbol)
        case .count:
            let one = v.low == 1 && v.high == 1
            let noun = v.unit.map { countedNoun(lemma: $0, quote: quote, singular: one) }
            return ValueFormatter.interval(v.low, v.high, unit: nil, fallback: v.point) + (noun.map { " " + $0 } ?? "")
        default:
            return ValueFormatter.understood(m)
        }
    }

    /// "$", "€", "£", "¥" for the currencies that have a symbol everyone reads; else the code and a
    /// space ("CHF ").
    static func currencySymbol(_ code: String?) -> String {
        switch code {
        case "USD": return "$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "JPY": return "¥"
        case "INR": return "₹"
        case "KRW": return "₩"
        case let c?: return c + " "
        case nil: return ""
        }
    }

    static func durationText(_ low: Double?, _ high: Double?) -> String {
        let one = low == 1 && high == 1
        return ValueFormatter.interval(low, high, unit: nil) + (one ? " day" : " days")
    }

    /// The counted noun as the report wrote it when the quote has it ("Koreans", "employees"),
    /// else the lemma made plural ("person" → "people").
    static func countedNoun(lemma: String, quote: String, singular: Bool) -> String {
        if singular { return lemma }
        for word in quote.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }).reversed() {
            let w = String(word)
            if w.lowercased() != lemma, Lemmatizer.lemma(w) == lemma { return w }
        }
        return plural(lemma)
    }

    static let irregularPlurals: [String: String] = {
        var out: [String: String] = [:]
        for (plural, lemma) in Lemmatizer.irregular where plural != lemma && out[lemma] == nil { out[lemma] = plural }
        // "persons" and "people" both lemmatise to "person": the report says "people".
        out["person"] = "people"
        return out
    }()

    /// The regular English plural of a lemma: "company" → "companies", "box" → "boxes".
    public static func plural(_ lemma: String) -> String {
        if let p = irregularPlurals[lemma] { return p }
        if Lemmatizer.irregular[lemma] == lemma { return lemma } // sheep, staff, police
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !vowels.contains(before) { return lemma.dropLast() + "ies" }
        for suffix in ["s", "sh", "ch", "x", "z"] where lemma.hasSuffix(suffix) { return lemma + "es" }
        return lemma + "s"
    }
}
