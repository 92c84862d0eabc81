/// Currencies as data: signs, codes, names and the words that say which dollar (or pound, franc…)
/// is meant. Values are ISO 4217 codes (BTC for bitcoin, which ISO does not list) and the factor
/// from the written unit to the currency's main unit (0.01 for cents).
enum CurrencyLexicon {
    struct Unit: Sendable { var code: String; var factor: Double = 1 }

    /// Signs. A bare "$" is the US dollar unless a prefix or a dollar name says otherwise.
    static let symbols: [String: Unit] = [
        "$": Unit(code: "USD"), "€": Unit(code: "EUR"), "£": Unit(code: "GBP"), "¥": Unit(code: "JPY"),
        "₩": Unit(code: "KRW"), "₹": Unit(code: "INR"), "₽": Unit(code: "RUB"), "₺": Unit(code: "TRY"),
        "₪": Unit(code: "ILS"), "₫": Unit(code: "VND"), "₱": Unit(code: "PHP"), "₦": Unit(code: "NGN"),
        "₿": Unit(code: "BTC"), "¢": Unit(code: "USD", factor: 0.01), "₡": Unit(code: "CRC"), "₾": Unit(code: "GEL"),
        "₭": Unit(code: "LAK"), "₴": Unit(code: "UAH"), "₸": Unit(code: "KZT"), "₲": Unit(code: "PYG"),
        "₵": Unit(code: "GHS"), "₼": Unit(code: "AZN"), "฿": Unit(code: "THB"),
    ]

    /// Letters glued before "$" ("US$", "C$", "HK$", "NT$", "S$", "A$", "usd$", "Mex$").
    /// Single letters must touch the sign: "a $5 bill" is not Australian.
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "cad": "CAD", "a": "AUD", "au": "AUD",
        "aud": "AUD", "hk": "HKD", "hkd": "HKD", "nt": "TWD", "twd": "TWD", "s": "SGD", "sg": "SGD", "sgd": "SGD",
        "nz": "NZD", "nzd": "NZD", "mex": "MXN", "mx": "MXN", "mxn": "MXN", "r": "BRL", "j": "JMD", "jmd": "JMD",
        "tt": "TTD", "ttd": "TTD", "z": "ZWL", "bds": "BBD", "ec": "XCD",
    ]

    /// Codes and abbreviations written before or after the figure ("USD 5 million", "115USD",
    /// "Rs 500", "RM42", "30 MUSD"). `caps` entries are English words unless written in capitals.
    static let codes: [String: Unit] = {
        var table: [String: Unit] = [:]
        let iso = ["USD", "EUR", "GBP", "JPY", "KRW", "CNY", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "INR",
                   "RUB", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "ILS", "KWD", "LBP", "EGP", "QAR",
                   "SAR", "AED", "BGN", "MYR", "UAH", "MNT", "THB", "IDR", "PHP", "VND", "BTC", "XBT", "KPW",
                   "PKR", "LKR", "BDT", "NGN", "KES", "ARS", "CLP", "COP", "PEN", "CZK", "HUF", "RON", "ISK",
                   "BHD", "OMR", "JOD", "IQD", "IRR", "DZD", "MAD", "TND", "LYD", "RSD", "HRK", "TTD", "JMD",
                   "KZT", "GEL", "AZN", "AMD", "NPR", "MMK", "KHR", "LAK", "BND", "FJD", "XOF", "XAF", "GHS"]
        for c in iso { table[c.lowercased()] = Unit(code: c) }
        table["rmb"] = Unit(code: "CNY")
        table["rs"] = Unit(code: "INR"); table["inr"] = Unit(code: "INR")
        table["rm"] = Unit(code: "MYR")
        table["sfr"] = Unit(code: "CHF")
        for c in ["USD", "EUR", "GBP", "AUD", "CAD", "CHF", "JPY", "SEK", "NOK", "DKK", "NZD"] {
            table["m" + c.lowercased()] = Unit(code: c, factor: 1e6)
        }
        return table
    }()

    /// Codes that are also English words: read as money only when written in capitals.
    static let capsOnlyCodes = ["try", "all", "top", "cup", "mop", "php", "pen", "bam", "cad", "sar", "mad", "ars", "amd", "rm", "rs"]

    /// Currency names after the figure, with the default when nothing says which one.
    static let names: [String: Unit] = [
        "dollar": Unit(code: "USD"), "dollars": Unit(code: "USD"), "buck": Unit(code: "USD"), "bucks": Unit(code: "USD"),
        "euro": Unit(code: "EUR"), "euros": Unit(code: "EUR"), "eur": Unit(code: "EUR"),
        "pound": Unit(code: "GBP"), "pounds": Unit(code: "GBP"), "sterling": Unit(code: "GBP"), "quid": Unit(code: "GBP"),
        "yen": Unit(code: "JPY"), "won": Unit(code: "KRW"), "yuan": Unit(code: "CNY"), "renminbi": Unit(code: "CNY"),
        "元": Unit(code: "CNY"), "kuai": Unit(code: "CNY"), "mao": Unit(code: "CNY", factor: 0.1),
        "rupee": Unit(code: "INR"), "rupees": Unit(code: "INR"), "rupiah": Unit(code: "IDR"), "rupiahs": Unit(code: "IDR"),
        "ringgit": Unit(code: "MYR"), "ringgits": Unit(code: "MYR"), "baht": Unit(code: "THB"),
        "peso": Unit(code: "MXN"), "pesos": Unit(code: "MXN"), "franc": Unit(code: "CHF"), "francs": Unit(code: "CHF"),
        "real": Unit(code: "BRL"), "reais": Unit(code: "BRL"), "reals": Unit(code: "BRL"), "rand": Unit(code: "ZAR"),
        "lira": Unit(code: "TRY"), "lire": Unit(code: "TRY"), "liras": Unit(code: "TRY"),
        "shekel": Unit(code: "ILS"), "shekels": Unit(code: "ILS"), "dinar": Unit(code: "KWD"), "dinars": Unit(code: "KWD"),
        "dirham": Unit(code: "AED"), "dirhams": Unit(code: "AED"), "riyal": Unit(code: "SAR"), "riyals": Unit(code: "SAR"),
        "rial": Unit(code: "IRR"), "rials": Unit(code: "IRR"), "ruble": Unit(code: "RUB"), "rubles": Unit(code: "RUB"),
        "rouble": Unit(code: "RUB"), "roubles": Unit(code: "RUB"), "krona": Unit(code: "SEK"), "kronor": Unit(code: "SEK"),
        "krone": Unit(code: "NOK"), "kroner": Unit(code: "NOK"), "zloty": Unit(code: "PLN"), "zlotys": Unit(code: "PLN"),
        "forint": Unit(code: "HUF"), "forints": Unit(code: "HUF"), "hryvnia": Unit(code: "UAH"), "hryvnias": Unit(code: "UAH"),
        "tugrik": Unit(code: "MNT"), "tugriks": Unit(code: "MNT"), "dong": Unit(code: "VND"), "naira": Unit(code: "NGN"),
        "markka": Unit(code: "FIM"), "markkaa": Unit(code: "FIM"), "guilder": Unit(code: "NLG"), "guilders": Unit(code: "NLG"),
        "peseta": Unit(code: "ESP"), "pesetas": Unit(code: "ESP"), "deutschmark": Unit(code: "DEM"), "deutschmarks": Unit(code: "DEM"),
        "cent": Unit(code: "USD", factor: 0.01), "cents": Unit(code: "USD", factor: 0.01),
        "penny": Unit(code: "GBP", factor: 0.01), "pennies": Unit(code: "GBP", factor: 0.01), "pence": Unit(code: "GBP", factor: 0.01),
        "bitcoin": Unit(code: "BTC"), "bitcoins": Unit(code: "BTC"), "satoshi": Unit(code: "BTC", factor: 1e-8),
        "satoshis": Unit(code: "BTC", factor: 1e-8), "grand": Unit(code: "USD", factor: 1000),
        "shekalim": Unit(code: "ILS"), "kopiykas": Unit(code: "UAH", factor: 0.01), "sen": Unit(code: "MYR", factor: 0.01),
        "paise": Unit(code: "INR", factor: 0.01), "paisa": Unit(code: "INR", factor: 0.01),
    ]

    /// Words before a currency name that say which one: [name: [qualifier: code]]. Multi-word
    /// qualifiers are keyed by their last word ("Hong Kong" → "kong", "U.S." → "s").
    static let qualifiers: [String: [String: String]] = {
        let dollar = ["us": "USD", "s": "USD", "american": "USD", "states": "USD", "canadian": "CAD", "canada": "CAD",
                      "australian": "AUD", "australia": "AUD", "kong": "HKD", "taiwan": "TWD", "taiwanese": "TWD",
                      "singapore": "SGD", "singaporean": "SGD", "zealand": "NZD", "jamaican": "JMD", "barbadian": "BBD",
                      "namibian": "NAD", "liberian": "LRD", "fijian": "FJD", "trinidad": "TTD", "tobago": "TTD",
                      "zimbabwean": "ZWL", "caribbean": "XCD", "brunei": "BND", "bahamian": "BSD", "belize": "BZD"]
        let pound = ["british": "GBP", "sterling": "GBP", "lebanese": "LBP", "egyptian": "EGP", "syrian": "SYP",
                     "sudanese": "SDG", "irish": "IEP"]
        let franc = ["swiss": "CHF", "french": "FRF", "belgian": "BEF", "cfa": "XOF", "congolese": "CDF", "rwandan": "RWF"]
        let peso = ["mexican": "MXN", "philippine": "PHP", "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP",
                    "colombian": "COP", "cuban": "CUP", "dominican": "DOP", "uruguayan": "UYU"]
        let rupee = ["indian": "INR", "pakistani": "PKR", "lankan": "LKR", "nepalese": "NPR", "nepali": "NPR", "mauritian": "MUR"]
        let dinar = ["kuwaiti": "KWD", "bahraini": "BHD", "jordanian": "JOD", "iraqi": "IQD", "algerian": "DZD",
                     "tunisian": "TND", "libyan": "LYD", "serbian": "RSD"]
        let riyal = ["saudi": "SAR", "qatari": "QAR", "omani": "OMR", "yemeni": "YER"]
        let rial = ["iranian": "IRR", "omani": "OMR", "yemeni": "YER"]
        let won = ["korean": "KRW", "south": "KRW", "north": "KPW"]
        var table: [String: [String: String]] = [:]
        for n in ["dollar", "dollars"] { table[n] = dollar }
        for n in ["pound", "pounds"] { table[n] = pound }
        for n in ["franc", "francs"] { table[n] = franc }
        for n in ["peso", "pesos"] { table[n] = peso }
        for n in ["rupee", "rupees"] { table[n] = rupee }
        for n in ["dinar", "dinars"] { table[n] = dinar }
        for n in ["riyal", "riyals"] { table[n] = riyal }
        for n in ["rial", "rials"] { table[n] = rial }
        table["won"] = won
        table["yen"] = ["japanese": "JPY"]
        for n in ["yuan", "renminbi"] { table[n] = ["chinese": "CNY"] }
        for n in ["lira", "liras"] { table[n] = ["turkish": "TRY"] }
        for n in ["krona", "kronor"] { table[n] = ["swedish": "SEK", "icelandic": "ISK"] }
        for n in ["krone", "kroner"] { table[n] = ["norwegian": "NOK", "danish": "DKK"] }
        for n in ["ringgit", "ringgits"] { table[n] = ["malaysian": "MYR", "malaysia": "MYR"] }
        for n in ["guilder", "guilders"] { table[n] = ["dutch": "NLG", "netherlands": "NLG"] }
        table["markka"] = ["finnish": "FIM"]
        table["rand"] = ["south": "ZAR", "african": "ZAR"]
        table["real"] = ["brazilian": "BRL"]
        return table
    }()

    /// Minor units after a main amount: "$20 and 43 cents", "3 GBP 1 pence".
    static let minorUnits = ["cents", "cent", "c", "¢", "pence", "penny", "p", "sen", "sens", "kopiykas", "kopiyka", "kopecks", "mao", "paise", "paisa"]

    static let symbolTable = WordTable(symbols)
    static let dollarPrefixTable = WordTable(dollarPrefixes)
    static let codeTable = WordTable(codes)
    static let capsOnlyTable = WordTable(words: capsOnlyCodes, value: true)
    static let nameTable = WordTable(names)
    static let qualifierTable = WordTable(qualifiers.mapValues { WordTable($0) })
    static let minorTable = WordTable(words: minorUnits, value: true)

    /// Currency names that may stand before the figure ("ringgit 42", "malaysian ringgits 42"):
    /// only names that are not also English words ("won 42 seats", "pound 42 times").
    static let namesBeforeFigure = ["ringgit", "ringgits", "baht", "rupiah", "dirham", "dirhams", "riyal", "riyals",
                                    "dinar", "dinars", "yuan", "renminbi", "rupee", "rupees", "naira", "shekel", "shekels"]
    static let namesBeforeFigureTable = WordTable(words: namesBeforeFigure, value: true)
}
