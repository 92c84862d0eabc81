/// Words that say what a figure measures, mapped to canonical measures. Inflected forms are listed
/// as data rather than derived, so a look-up is one hash.
public enum MeasureLexicon {
    /// A cue word that governs a money, percent or number figure.
    public struct Cue: Sendable {
        public var measure: String
        /// The cue is a verb (the party before it is the subject), not a noun.
        public var isVerb: Bool
        /// Present-tense or progressive form: with demand/offer verbs it marks the current position.
        public var isPresent: Bool
    }

    static func verbs(_ measure: String, present: [String], past: [String]) -> [String: Cue] {
        var table: [String: Cue] = [:]
        for w in present { table[w] = Cue(measure: measure, isVerb: true, isPresent: true) }
        for w in past { table[w] = Cue(measure: measure, isVerb: true, isPresent: false) }
        return table
    }

    static func nouns(_ measure: String, _ words: [String]) -> [String: Cue] {
        Dictionary(uniqueKeysWithValues: words.map { ($0, Cue(measure: measure, isVerb: false, isPresent: false)) })
    }

    public static let cues: WordTable<Cue> = {
        var t: [String: Cue] = [:]
        let groups: [[String: Cue]] = [
            verbs("payment", present: ["pay", "pays", "paying", "contribute", "contributes", "contributing", "shoulder", "shoulders", "shouldering"],
                  past: ["paid", "contributed", "shouldered"]),
            nouns("payment", ["payment", "payments", "contribution", "contributions", "share", "bill"]),
            verbs("demand", present: ["demand", "demands", "demanding", "seek", "seeks", "seeking", "press", "presses", "pressing", "push", "pushes", "pushing", "urge", "urges", "urging", "want", "wants", "wanting", "ask", "asks", "asking", "request", "requests", "requesting", "insist", "insists"],
                  past: ["demanded", "sought", "wanted", "asked", "requested", "insisted", "pressed", "pushed", "urged"]),
            nouns("demand", ["demand", "demands", "request", "requests", "ask"]),
            verbs("offer", present: ["offer", "offers", "offering", "propose", "proposes", "proposing"],
                  past: ["offered", "proposed"]),
            nouns("offer", ["offer", "offers", "proposal", "proposals", "bid", "counteroffer"]),
            nouns("revenue", ["revenue", "revenues", "sales", "turnover"]),
            nouns("profit", ["profit", "profits", "earnings", "income"]),
            nouns("loss", ["loss", "losses", "deficit"]),
            verbs("cost", present: ["cost", "costs"], past: []),
            nouns("cost", ["cost", "price", "bill", "expense", "expenses"]),
            nouns("budget", ["budget", "budgets", "spending", "outlay"]),
            nouns("damage", ["damage", "damages", "losses"]),
            nouns("aid", ["aid", "assistance", "relief", "donation", "donations", "grant"]),
            nouns("investment", ["investment", "investments"]),
            verbs("investment", present: ["invest", "invests", "investing"], past: ["invested"]),
            nouns("valuation", ["valuation", "valued", "worth"]),
            nouns("salary", ["salary", "salaries", "wage", "wages", "pay"]),
            nouns("fine", ["fine", "fines", "penalty", "penalties", "settlement"]),
            nouns("rate", ["rate", "rates", "inflation", "unemployment", "turnout", "approval", "stake", "margin", "yield"]),
            nouns("growth", ["growth", "increase", "rise", "hike", "raise", "gain", "jump", "decline", "drop", "fall", "cut", "reduction"]),
            verbs("growth", present: ["rise", "rises", "rising", "grow", "grows", "growing", "increase", "increases", "fall", "falls", "falling", "drop", "drops"],
                  past: ["rose", "grew", "increased", "fell", "dropped", "declined", "jumped", "climbed", "slid", "plunged", "gained"]),
            nouns("dead", ["toll", "fatalities", "deaths", "dead"]),
        ]
        for g in groups { t.merge(g) { a, _ in a } }
        return WordTable(t)
    }()

    /// Counted nouns (lemmas) grouped into measures; an unlisted noun measures itself.
    public static let countNouns: [String: String] = [
        "troop": "troops", "soldier": "troops", "service member": "troops", "servicemember": "troops",
        "serviceman": "troops", "marine": "troops", "sailor": "troops", "personnel": "troops",
        "worker": "workers", "employee": "workers", "staff": "workers", "staffer": "workers",
        "labourer": "workers", "laborer": "workers", "job": "jobs", "position": "jobs",
        "person": "people", "people": "people", "resident": "people", "civilian": "people", "individual": "people",
        "death": "dead", "fatality": "dead", "body": "dead", "victim": "victims",
        "injury": "injured", "round": "rounds", "session": "rounds", "meeting": "meetings",
        "vote": "votes", "ballot": "votes", "case": "cases", "infection": "cases",
        "home": "homes", "house": "homes", "building": "buildings", "vehicle": "vehicles", "car": "vehicles",
        "share": "shares", "customer": "customers", "user": "users", "subscriber": "subscribers",
        "store": "stores", "shop": "stores", "branch": "branches", "plant": "plants", "factory": "plants",
    ]

    /// Verbs and nouns that say what happened to the counted people or things; they split a count
    /// of people killed from one of people injured.
    public static let events = WordTable([
        "killed": "dead", "dead": "dead", "died": "dead", "die": "dead", "deaths": "dead", "death": "dead",
        "fatalities": "dead", "perished": "dead", "toll": "dead", "lives": "dead",
        "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured", "hospitalized": "hospitalized",
        "hospitalised": "hospitalized", "missing": "missing", "unaccounted": "missing",
        "evacuated": "displaced", "displaced": "displaced", "homeless": "displaced", "evacuees": "displaced",
        "rescued": "rescued", "arrested": "arrested", "detained": "arrested", "arrests": "arrested",
        "layoffs": "laid off", "laid": "laid off", "fired": "laid off",
        "eliminate": "laid off", "eliminated": "laid off", "axed": "laid off", "shed": "laid off",
        "hired": "hired", "hire": "hired", "hiring": "hired", "employs": "employed", "employed": "employed",
        "employ": "employed", "furloughed": "furloughed", "infected": "cases", "tested": "tested",
    ])

    /// Measures whose counts only grow with time: a larger figure in a later report is news, not a
    /// contradiction.
    public static let cumulative: Set<String> = [
        "dead", "injured", "missing", "displaced", "rescued", "arrested", "cases", "rounds", "meetings",
        "hospitalized", "victims", "tested", "laid off",
    ]

    /// Count measures that come from what happened to people or things (killed, injured, …), not
    /// from a bare noun.
    public static let eventMeasures: Set<String> = [
        "dead", "injured", "missing", "displaced", "rescued", "arrested", "cases", "hospitalized", "victims",
        "laid off", "hired", "furloughed", "tested", "rounds", "meetings", "troops",
    ]

    /// What happens to people in a disaster or a crackdown; where it happened ("in Turkey") says
    /// whose toll it is.
    public static let harm: Set<String> = ["dead", "injured", "missing", "displaced", "rescued", "arrested", "hospitalized", "cases", "victims"]

    /// Measures that move with time in either direction (people missing can be found).
    public static let timeVarying: Set<String> = cumulative.union(["missing", "displaced", "hospitalized", "furloughed"])

    /// Words that place a figure in the fact's history.
    public static let phases = WordTable([
        "initial": Phase.initial, "initially": .initial, "original": .initial, "originally": .initial,
        "opening": .initial,
        "current": .current, "currently": .current, "now": .current, "still": .current, "latest": .current,
        "revised": .current, "present": .current, "lowered": .current, "reduced": .current,
        "previous": .previous, "previously": .previous, "prior": .previous, "former": .previous,
        "expired": .previous, "old": .previous, "last": .previous, "earlier": .previous,
        "next": .next, "upcoming": .next, "coming": .next, "future": .next, "ago": .previous,
        "expected": .forecast, "expects": .forecast, "expect": .forecast, "forecast": .forecast,
        "forecasts": .forecast, "projected": .forecast, "projects": .forecast, "projection": .forecast,
        "guidance": .forecast, "outlook": .forecast, "predicted": .forecast, "consensus": .forecast,
        "anticipated": .forecast, "target": .forecast, "targets": .forecast,
    ])

    /// "call for": a demand only with "for" after it.
    public static let callVerbs = WordTable(words: ["call", "calls", "calling", "called"], value: true)

    /// Words right before a figure that make it the earlier figure of a comparison ("rose to $4.19
    /// billion from $3.74 billion", "against $3.74 billion a year earlier").
    public static let comparedFrom = WordTable(words: ["from", "against", "versus", "vs", "compared"], value: true)

    /// Words that mark a per-quarter figure.
    public static let quarterly = WordTable(words: ["quarter", "quarterly", "q1", "q2", "q3", "q4"], value: true)

    /// Per-year wording splits from explicit totals; a figure with neither is compatible with both.
    public static let annual = WordTable(words: ["annual", "annually", "yearly", "year", "per", "each", "full"], value: true)
    public static let total = WordTable(words: ["total", "overall", "combined", "cumulative", "altogether"], value: true)

    /// Verbs that introduce a claim's source ("police said", "the union estimated").
    public static let reportingVerbs = WordTable(words: [
        "said", "says", "say", "told", "tells", "estimated", "estimates", "reported", "reports", "announced",
        "announces", "stated", "states", "claimed", "claims", "confirmed", "confirms", "added", "noted",
        "tweeted", "wrote", "insisted", "argued", "according",
    ], value: true)

    /// Verbs by which one outlet passes on another's report.
    public static let relayVerbs = WordTable(words: ["reported", "reports", "quoted", "cited"], value: true)
}
