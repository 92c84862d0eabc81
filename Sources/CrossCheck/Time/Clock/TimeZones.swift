/// Time zones as data: abbreviations with a fixed offset, regions whose offset depends on daylight
/// saving, and places (cities, countries) mapped to their zone, so that "21:40 GMT", "1.40am
/// (Moscow time)" and "11.40pm local time" in a report datelined ISTANBUL all resolve to UTC.
/// Offsets are in minutes east of UTC. Daylight saving follows the rules in force since 2007 (US)
/// and 1996 (EU); the day a report is dated picks the offset.
public struct ZoneRule: Sendable, Hashable {
    public var standard: Int
    public var summer: Int?
    public var season: DaylightSaving

    public enum DaylightSaving: Sendable, Hashable {
        /// No change: the standard offset all year.
        case none
        /// Last Sunday of March to last Sunday of October (European Union, UK, and places that follow it).
        case europe
        /// Second Sunday of March to first Sunday of November (United States, Canada).
        case northAmerica
        /// First Sunday of October to first Sunday of April (south-east Australia).
        case australia
        /// Last Sunday of September to first Sunday of April (New Zealand).
        case newZealand
    }

    public init(_ standard: Int, summer: Int? = nil, season: DaylightSaving = .none) {
        self.standard = standard
        self.summer = summer
        self.season = season
    }

    /// The offset on `day`; without a day, the standard offset.
    public func offset(on day: CalendarDate?) -> Int {
        guard let summer, let day else { return standard }
        return ZoneRule.inSummer(day, season) ? summer : standard
    }

    static func inSummer(_ d: CalendarDate, _ season: DaylightSaving) -> Bool {
        func nthSunday(_ n: Int, _ month: Int) -> CalendarDate {
            let first = CalendarDate(clamping: d.year, month, 1)
            return first.adding(days: (7 - first.weekday) % 7 + 7 * (n - 1))
        }
        func lastSunday(_ month: Int) -> CalendarDate {
            let last = CalendarDate(clamping: d.year, month, CalendarDate.daysIn(month: month, year: d.year))
            return last.adding(days: -(last.weekday % 7))
        }
        switch season {
        case .none: return false
        case .europe: return d >= lastSunday(3) && d < lastSunday(10)
        case .northAmerica: return d >= nthSunday(2, 3) && d < nthSunday(1, 11)
        case .australia: return d >= nthSunday(1, 10) || d < nthSunday(1, 4)
        case .newZealand: return d >= lastSunday(9) || d < nthSunday(1, 4)
        }
    }
}

enum TimeZones {
    static let eu = ZoneRule(60, summer: 120, season: .europe)
    static let uk = ZoneRule(0, summer: 60, season: .europe)
    static let eet = ZoneRule(120, summer: 180, season: .europe)
    static let eastern = ZoneRule(-300, summer: -240, season: .northAmerica)
    static let central = ZoneRule(-360, summer: -300, season: .northAmerica)
    static let mountain = ZoneRule(-420, summer: -360, season: .northAmerica)
    static let pacific = ZoneRule(-480, summer: -420, season: .northAmerica)

    /// Abbreviations written after a time. Those that are also English words ("ET" and "et al.")
    /// count only in capitals; "IST" is India's, "CST" the United States' central time.
    static let abbreviations: [String: ZoneRule] = [
        "gmt": ZoneRule(0), "utc": ZoneRule(0), "z": ZoneRule(0), "zulu": ZoneRule(0), "wet": ZoneRule(0),
        "bst": ZoneRule(60), "cet": ZoneRule(60), "wat": ZoneRule(60), "cest": ZoneRule(120), "eet": ZoneRule(120), "cat": ZoneRule(120),
        "sast": ZoneRule(120), "eest": ZoneRule(180), "msk": ZoneRule(180), "eat": ZoneRule(180), "ast": ZoneRule(180), "irst": ZoneRule(210),
        "gst": ZoneRule(240), "pkt": ZoneRule(300), "ist": ZoneRule(330), "npt": ZoneRule(345), "bdt": ZoneRule(360),
        "ict": ZoneRule(420), "wib": ZoneRule(420), "hkt": ZoneRule(480), "sgt": ZoneRule(480), "pht": ZoneRule(480),
        "awst": ZoneRule(480), "jst": ZoneRule(540), "kst": ZoneRule(540), "acst": ZoneRule(570), "aest": ZoneRule(600),
        "aedt": ZoneRule(660), "nzst": ZoneRule(720), "nzdt": ZoneRule(780),
        "est": ZoneRule(-300), "edt": ZoneRule(-240), "cst": ZoneRule(-360), "cdt": ZoneRule(-300), "mst": ZoneRule(-420),
        "mdt": ZoneRule(-360), "pst": ZoneRule(-480), "pdt": ZoneRule(-420), "akst": ZoneRule(-540), "akdt": ZoneRule(-480),
        "hst": ZoneRule(-600), "et": eastern, "ct": central, "mt": mountain, "pt": pacific,
    ]
    /// Abbreviations that are English words or too short to trust in lower case.
    static let capitalsOnly: Set<String> = ["et", "ct", "mt", "pt", "z", "ast", "cat", "eat", "wat", "gst", "ist", "wet", "bst", "cst", "est", "pst", "mst"]

    /// Places and zone names before "time" ("Moscow time", "Eastern time") or in a dateline.
    static let places: [String: ZoneRule] = {
        var t: [String: ZoneRule] = [:]
        func add(_ rule: ZoneRule, _ names: [String]) { for n in names { t[n] = rule } }
        add(ZoneRule(0), ["greenwich", "reykjavik", "iceland", "accra", "dakar", "abidjan", "universal"])
        add(uk, ["london", "britain", "uk", "england", "scotland", "wales", "edinburgh", "manchester", "dublin", "ireland", "lisbon", "portugal", "british"])
        add(eu, ["paris", "france", "berlin", "germany", "madrid", "spain", "rome", "italy", "brussels", "belgium", "amsterdam",
                 "netherlands", "vienna", "austria", "bern", "geneva", "zurich", "switzerland", "warsaw", "poland", "prague",
                 "stockholm", "sweden", "oslo", "norway", "copenhagen", "denmark", "budapest", "hungary", "belgrade", "serbia",
                 "zagreb", "croatia", "european", "barcelona", "milan", "munich", "frankfurt", "hamburg", "naples", "sicily"])
        add(eet, ["athens", "greece", "kyiv", "kiev", "ukraine", "helsinki", "finland", "bucharest", "romania", "sofia",
                  "bulgaria", "riga", "vilnius", "tallinn", "nicosia", "cyprus", "beirut", "lebanon", "chisinau"])
        add(ZoneRule(120, summer: 180, season: .europe), ["jerusalem", "israel", "tel", "aviv", "gaza"])
        add(ZoneRule(120), ["cairo", "egypt", "johannesburg", "pretoria", "south africa", "harare", "tripoli", "libya", "khartoum", "kigali"])
        add(ZoneRule(60), ["lagos", "nigeria", "kinshasa", "algiers", "algeria", "tunis", "tunisia", "casablanca", "rabat", "morocco"])
        add(ZoneRule(180), ["moscow", "russia", "istanbul", "ankara", "turkey", "türkiye", "minsk", "belarus", "riyadh", "saudi",
                            "baghdad", "iraq", "kuwait", "doha", "qatar", "bahrain", "nairobi", "kenya", "addis", "ababa",
                            "ethiopia", "mogadishu", "somalia", "sanaa", "yemen", "amman", "jordan", "damascus", "syria"])
        add(ZoneRule(210), ["tehran", "iran"])
        add(ZoneRule(240), ["dubai", "abu", "dhabi", "uae", "emirates", "muscat", "oman", "baku", "azerbaijan", "tbilisi", "georgia", "yerevan", "armenia"])
        add(ZoneRule(270), ["kabul", "afghanistan"])
        add(ZoneRule(300), ["islamabad", "karachi", "lahore", "pakistan", "tashkent", "uzbekistan", "almaty", "kazakhstan"])
        add(ZoneRule(330), ["delhi", "new delhi", "mumbai", "kolkata", "chennai", "bengaluru", "bangalore", "hyderabad", "india", "indian", "colombo", "sri"])
        add(ZoneRule(345), ["kathmandu", "nepal"])
        add(ZoneRule(360), ["dhaka", "bangladesh", "bishkek"])
        add(ZoneRule(390), ["yangon", "myanmar", "naypyitaw"])
        add(ZoneRule(420), ["bangkok", "thailand", "jakarta", "indonesia", "hanoi", "vietnam", "ho chi minh", "phnom penh", "cambodia", "vientiane"])
        add(ZoneRule(480), ["beijing", "china", "shanghai", "hong kong", "kong", "taipei", "taiwan", "singapore", "manila",
                            "philippines", "kuala", "lumpur", "malaysia", "perth", "ulaanbaatar", "mongolia", "chinese"])
        add(ZoneRule(540), ["tokyo", "japan", "osaka", "seoul", "korea", "pyongyang", "japanese", "korean"])
        add(ZoneRule(570, summer: 630, season: .australia), ["adelaide"])
        add(ZoneRule(600, summer: 660, season: .australia), ["sydney", "melbourne", "canberra", "hobart"])
        add(ZoneRule(600), ["brisbane", "queensland", "guam", "vladivostok"])
        add(ZoneRule(720, summer: 780, season: .newZealand), ["auckland", "wellington", "christchurch", "zealand"])
        add(eastern, ["new york", "york", "washington", "boston", "miami", "atlanta", "philadelphia", "toronto", "ottawa",
                      "montreal", "detroit", "eastern", "havana", "cuba"])
        add(central, ["chicago", "houston", "dallas", "austin", "new orleans", "minneapolis", "winnipeg", "central"])
        add(ZoneRule(-360), ["mexico city", "guatemala", "san salvador", "tegucigalpa", "managua", "san jose", "costa rica"])
        add(mountain, ["denver", "salt lake", "calgary", "edmonton", "mountain"])
        add(ZoneRule(-420), ["phoenix", "arizona"])
        add(pacific, ["los angeles", "angeles", "san francisco", "francisco", "seattle", "vancouver", "portland", "las vegas", "pacific"])
        add(ZoneRule(-540, summer: -480, season: .northAmerica), ["anchorage", "alaska"])
        add(ZoneRule(-600), ["honolulu", "hawaii"])
        add(ZoneRule(-300), ["bogota", "colombia", "lima", "peru", "quito", "ecuador", "panama"])
        add(ZoneRule(-240), ["caracas", "venezuela", "la paz", "bolivia", "santo domingo", "puerto rico", "san juan"])
        add(ZoneRule(-180), ["buenos aires", "argentina", "sao paulo", "são paulo", "rio", "brasilia", "brazil", "montevideo", "uruguay"])
        return t
    }()

    static let abbreviationTable = WordTable(abbreviations)
    static let capitalsOnlyTable = WordTable(words: Array(capitalsOnly), value: true)
    static let placeTable = WordTable(places.filter { !$0.key.contains(" ") })
    /// Two-word places, keyed by their last word ("new york" under "york", "hong kong" under "kong").
    static let twoWordPlaces: WordTable<[(first: WordKey, rule: ZoneRule)]> = {
        var byLast: [String: [(first: WordKey, rule: ZoneRule)]] = [:]
        for (name, rule) in places {
            let parts = name.split(separator: " ").map(String.init)
            guard parts.count == 2 else { continue }
            byLast[parts[1], default: []].append((WordKey(parts[0]), rule))
        }
        return WordTable(byLast)
    }()

    /// The zone of the place ending at token `i` of `tokens` (one or two words).
    static func place(_ tokens: [Token], at i: Int, lo: Int) -> ZoneRule? {
        let k = tokens[i].key
        if i > lo, let pairs = twoWordPlaces[k], let pair = pairs.first(where: { $0.first == tokens[i - 1].key }) { return pair.rule }
        return placeTable[k]
    }
}
