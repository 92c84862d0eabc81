/// Names that stand for a country or a well-known institution, mapped to one canonical key.
/// Capitals stand for their governments ("Seoul", "Washington"); abbreviations and demonyms count
/// too. Users add aliases in `.crosscheck.json` (`"aliases": {"the Blue House": "KR"}`).
public struct EntityLexicon: Sendable {
    /// Lower-cased phrase (words separated by single spaces, dots removed) → canonical key.
    public private(set) var aliases: [String: String]
    /// Longest alias in words, to bound look-ahead.
    public private(set) var longest: Int
    /// Short aliases written in capitals ("WHO", "UN", "US"): their lower-case forms are ordinary
    /// words ("who", "un-"), so they stand for the institution only when written in capitals.
    var acronyms: Set<String>

    /// First words of the built-in aliases ("south" of "South Korea", "seoul"): a capitalised run
    /// starting with one names a country or its government, not a person.
    public static let aliasFirstWords: WordTable<Bool> = {
        var words: [String] = []
        for names in countries.values { for n in names { if let w = normalise(n).split(separator: " ").first { words.append(String(w)) } } }
        for names in institutions.values { for n in names { if let w = normalise(n).split(separator: " ").first { words.append(String(w)) } } }
        return WordTable(words: words.filter { !["the", "a", "an"].contains($0) }, value: true)
    }()

    /// The built-in lexicon without user aliases.
    public static let standard = EntityLexicon()

    public init(extra: [String: String] = [:]) {
        var table: [String: String] = [:]
        var acronyms: Set<String> = []
        func add(_ name: String, _ key: String) {
            let n = EntityLexicon.normalise(name)
            table[n] = key
            if EntityLexicon.isShortAcronym(name) { acronyms.insert(n) }
        }
        for (key, names) in EntityLexicon.countries.sorted(by: { $0.key < $1.key }) { for name in names { add(name, key) } }
        for (key, names) in EntityLexicon.institutions.sorted(by: { $0.key < $1.key }) { for name in names { add(name, key) } }
        for (key, names) in EntityLexicon.administrations.sorted(by: { $0.key < $1.key }) { for name in names { add(name, key) } }
        for (name, key) in extra.sorted(by: { $0.key < $1.key }) { add(name, key) }
        aliases = table
        self.acronyms = acronyms
        longest = table.keys.map { $0.split(separator: " ").count }.max() ?? 1
    }

    /// The canonical key of a phrase as written, or nil. A short acronym matches only in capitals:
    /// "WHO said" names the institution, "workers who struck" does not.
    public func key(for phrase: String) -> String? {
        let n = EntityLexicon.normalise(phrase)
        guard let key = aliases[n] else { return nil }
        if acronyms.contains(n), phrase.contains(where: { $0.isLowercase }) { return nil }
        return key
    }

    /// Two or three capitals, dots allowed ("UN", "U.N.", "WHO"); longer ones ("NATO") are not
    /// ordinary words in lower case and also match as "Nato".
    static func isShortAcronym(_ name: String) -> Bool {
        let letters = name.filter { $0 != "." }
        return (2...3).contains(letters.count) && letters.allSatisfy { $0.isUppercase }
    }

    /// Lower case, dots dropped, curly apostrophes straightened, single spaces. Written by hand
    /// because it runs for every candidate name of every claim.
    public static func normalise(_ phrase: String) -> String {
        var out = ""
        out.reserveCapacity(phrase.utf8.count)
        var pendingSpace = false
        for ch in phrase.lowercased() {
            if ch == "." { continue }
            if ch == " " || ch == "\u{00A0}" { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(ch == "’" ? "'" : ch)
        }
        return out
    }

    /// Display names for canonical keys, for report labels.
    public static func displayName(_ key: String) -> String {
        if let names = countries[key] ?? institutions[key], let first = names.first { return first }
        return key
    }

    /// Joint subjects: "the allies", "the two countries", "both sides".
    public static let jointKey = "BOTH"

    /// ISO 3166 alpha-2 key → names, capital, demonyms and abbreviations (first is the display name).
    static let countries: [String: [String]] = [
        "US": ["United States", "the United States", "US", "U.S.", "USA", "U.S.A.", "America", "American", "Americans", "Washington", "the US government", "the White House"],
        "KR": ["South Korea", "Korea", "Republic of Korea", "ROK", "Seoul", "South Korean", "South Koreans", "Korean", "Koreans", "S. Korea"],
        "KP": ["North Korea", "DPRK", "Pyongyang", "North Korean", "North Koreans"],
        "JP": ["Japan", "Tokyo", "Japanese"],
        "CN": ["China", "Beijing", "Chinese", "People's Republic of China", "PRC"],
        "TW": ["Taiwan", "Taipei", "Taiwanese"],
        "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "London", "British"],
        "FR": ["France", "Paris", "French"],
        "DE": ["Germany", "Berlin", "German", "Germans"],
        "IT": ["Italy", "Rome", "Italian"],
        "ES": ["Spain", "Madrid", "Spanish"],
        "RU": ["Russia", "Moscow", "Kremlin", "Russian", "Russians", "Russian Federation"],
        "UA": ["Ukraine", "Kyiv", "Kiev", "Ukrainian", "Ukrainians"],
        "IN": ["India", "New Delhi", "Indian", "Indians"],
        "PK": ["Pakistan", "Islamabad", "Pakistani"],
        "CA": ["Canada", "Ottawa", "Canadian", "Canadians"],
        "MX": ["Mexico", "Mexico City", "Mexican", "Mexicans"],
        "BR": ["Brazil", "Brasilia", "Brazilian"],
        "AR": ["Argentina", "Buenos Aires", "Argentine"],
        "AU": ["Australia", "Canberra", "Australian", "Australians"],
        "NZ": ["New Zealand", "Wellington"],
        "ZA": ["South Africa", "Pretoria", "South African"],
        "NG": ["Nigeria", "Abuja", "Nigerian"],
        "EG": ["Egypt", "Cairo", "Egyptian"],
        "SA": ["Saudi Arabia", "Riyadh", "Saudi"],
        "IR": ["Iran", "Tehran", "Iranian"],
        "IQ": ["Iraq", "Baghdad", "Iraqi"],
        "IL": ["Israel", "Jerusalem", "Israeli"],
        "TR": ["Turkey", "Türkiye", "Ankara", "Turkish"],
        "ID": ["Indonesia", "Jakarta", "Indonesian"],
        "PH": ["Philippines", "the Philippines", "Manila", "Filipino"],
        "VN": ["Vietnam", "Hanoi", "Vietnamese"],
        "TH": ["Thailand", "Bangkok", "Thai"],
        "MY": ["Malaysia", "Kuala Lumpur", "Malaysian"],
        "SG": ["Singapore", "Singaporean"],
        "PL": ["Poland", "Warsaw", "Polish"],
        "NL": ["Netherlands", "the Netherlands", "Amsterdam", "The Hague", "Dutch"],
        "BE": ["Belgium", "Brussels", "Belgian"],
        "CH": ["Switzerland", "Bern", "Swiss"],
        "SE": ["Sweden", "Stockholm", "Swedish"],
        "NO": ["Norway", "Oslo", "Norwegian"],
        "GR": ["Greece", "Athens", "Greek"],
        "IE": ["Ireland", "Dublin", "Irish"],
        "AF": ["Afghanistan", "Kabul", "Afghan"],
        "SY": ["Syria", "Damascus", "Syrian"],
        "KE": ["Kenya", "Nairobi", "Kenyan"],
        "ET": ["Ethiopia", "Addis Ababa", "Ethiopian"],
        "CO": ["Colombia", "Bogota", "Colombian"],
        "CL": ["Chile", "Santiago", "Chilean"],
        "PE": ["Peru", "Lima", "Peruvian"],
        "VE": ["Venezuela", "Caracas", "Venezuelan"],
        "BD": ["Bangladesh", "Dhaka", "Bangladeshi"],
        "NP": ["Nepal", "Kathmandu", "Nepali", "Nepalese"],
    ]

    /// Governments named after their leader ("the Trump administration" is the US government).
    /// Kept apart from `countries` so that a leader's surname alone still starts a person's name.
    static let administrations: [String: [String]] = [
        "US": ["Reagan administration", "Bush administration", "Clinton administration", "Obama administration",
               "Trump administration", "Biden administration"],
    ]

    static let institutions: [String: [String]] = [
        "EU": ["European Union", "EU", "E.U.", "Brussels"],
        "UN": ["United Nations", "UN", "U.N."],
        "NATO": ["NATO", "North Atlantic Treaty Organization"],
        "IMF": ["International Monetary Fund", "IMF"],
        "WHO": ["World Health Organization", "WHO"],
        "WB": ["World Bank"],
        "FED": ["Federal Reserve", "the Fed"],
        "ECB": ["European Central Bank", "ECB"],
        "PENTAGON": ["Pentagon", "Department of Defense", "Defense Department"],
        "STATE": ["State Department", "Department of State"],
        "REDCROSS": ["Red Cross", "Red Crescent"],
        "BOTH": ["the allies", "allies", "the two countries", "two countries", "both countries", "both sides",
                 "the two sides", "two sides", "the two nations", "both nations", "the two governments"],
    ]
}
