/// Words that say what a figure measures, mapped to canonical measures. Inflected forms are listed
/// as data rather than derived, so a look-up is one hash.
public enum MeasureLexicon {
    /// A cue word that governs a money, percent or number figure.
    public struct Cue: Sendable {
        /// The measure concept: one per synonym class.
        public var measure: String
        /// The cue is a verb (the party before it is the subject), not a noun.
        public var isVerb: Bool
        /// Present-tense or progressive form.
        public var isPresent: Bool
        /// A present-tense verb of this class states the party's current position ("Washington is
        /// demanding", "Seoul offers"): the figure is the current one unless the text says otherwise.
        public var presentMeansCurrent: Bool = false
    }

    static func verbs(_ measure: String, present: [String], past: [String], presentMeansCurrent: Bool = false) -> [String: Cue] {
        var table: [String: Cue] = [:]
        for w in present { table[w] = Cue(measure: measure, isVerb: true, isPresent: true, presentMeansCurrent: presentMeansCurrent) }
        for w in past { table[w] = Cue(measure: measure, isVerb: true, isPresent: false, presentMeansCurrent: presentMeansCurrent) }
        return table
    }

    static func nouns(_ measure: String, _ words: [String]) -> [String: Cue] {
        Dictionary(uniqueKeysWithValues: words.map { ($0, Cue(measure: measure, isVerb: false, isPresent: false)) })
    }

    /// Synonym classes of what a money, percent or number figure measures: many words, one concept
    /// ("fine", "penalty" and "settlement" are one fine; "deal", "takeover" and "bought for" are one
    /// deal value). General English, not fitted to any story.
    public static let cues: WordTable<Cue> = {
        var t: [String: Cue] = [:]
        let groups: [[String: Cue]] = [
            verbs("payment", present: ["pay", "pays", "paying", "contribute", "contributes", "contributing", "shoulder", "shoulders", "shouldering"],
                  past: ["paid", "contributed", "shouldered"]),
            nouns("payment", ["payment", "payments", "contribution", "contributions", "share", "bill"]),
            verbs("demand", present: ["demand", "demands", "demanding", "seek", "seeks", "seeking", "press", "presses", "pressing", "push", "pushes", "pushing", "urge", "urges", "urging", "want", "wants", "wanting", "ask", "asks", "asking", "request", "requests", "requesting", "insist", "insists"],
                  past: ["demanded", "sought", "wanted", "asked", "requested", "insisted", "pressed", "pushed", "urged"], presentMeansCurrent: true),
            nouns("demand", ["demand", "demands", "request", "requests", "ask", "goal"]),
            verbs("offer", present: ["offer", "offers", "offering", "propose", "proposes", "proposing"],
                  past: ["offered", "proposed"], presentMeansCurrent: true),
            nouns("offer", ["offer", "offers", "proposal", "proposals", "bid", "counteroffer"]),
            nouns("revenue", ["revenue", "revenues", "sales", "turnover"]),
            nouns("profit", ["profit", "profits", "earnings", "income"]),
            nouns("loss", ["loss", "losses", "deficit"]),
            verbs("cost", present: ["cost", "costs", "costing", "sell", "sells", "selling", "retail", "retails", "spend", "spends", "spending"],
                  past: ["sold", "retailed", "spent", "priced", "budgeted"]),
            nouns("cost", ["cost", "price", "prices", "bill", "expense", "expenses", "budget", "budgets", "outlay", "tag", "fee", "fees"]),
            nouns("damage", ["damage", "damages"]),
            nouns("aid", ["aid", "assistance", "relief", "donation", "donations", "grant", "grants", "pledge"]),
            verbs("aid", present: ["pledges", "pledging", "promise", "promises", "promising", "donate", "donates", "donating"],
                  past: ["pledged", "promised", "donated"]),
            nouns("investment", ["investment", "investments"]),
            verbs("investment", present: ["invest", "invests", "investing"], past: ["invested"]),
            verbs("value", present: ["buy", "buys", "buying", "acquire", "acquires", "acquiring", "purchase", "purchases"],
                  past: ["bought", "acquired", "purchased", "valued"]),
            nouns("value", ["deal", "takeover", "buyout", "acquisition", "purchase", "valuation", "worth", "value", "transaction", "merger", "sale"]),
            nouns("salary", ["salary", "salaries", "wage", "wages", "pay", "paycheck"]),
            verbs("fine", present: ["fine", "fines"], past: ["fined", "penalised", "penalized"]),
            nouns("fine", ["fine", "fines", "penalty", "penalties", "settlement"]),
            nouns("stake", ["stake", "stakes", "holding", "holdings", "ownership"]),
            verbs("stake", present: ["own", "owns", "owning"], past: ["owned"]),
            nouns("rate", ["rate", "rates", "inflation", "unemployment", "turnout", "approval", "margin", "yield"]),
            nouns("bonus", ["bonus", "bonuses", "lump"]),
            nouns("financing", ["financing", "funding", "loan", "loans", "debt", "debts"]),
            nouns("wealth", ["fortune", "wealth"]),
            nouns("premium", ["premium"]),
            nouns("saving", ["saving", "savings"]),
            nouns("growth", ["growth", "increase", "rise", "hike", "raise", "raises", "gain", "jump", "decline", "drop", "fall", "cut", "reduction"]),
            verbs("growth", present: ["rise", "rises", "rising", "grow", "grows", "growing", "increase", "increases", "fall", "falls", "falling", "drop", "drops"],
                  past: ["rose", "grew", "increased", "fell", "dropped", "declined", "jumped", "climbed", "slid", "plunged", "gained", "surged", "soared"]),
            nouns("dead", ["toll", "fatalities", "deaths", "dead"]),
            // Shares of a vote: "94.6% rejected the offer", "59% voted to approve".
            verbs("reject", present: ["reject", "rejects", "oppose", "opposes"], past: ["rejected", "opposed", "spurned"]),
            verbs("approve", present: ["approve", "approves", "ratify", "ratifies", "support", "supports", "back", "backs"],
                  past: ["approved", "ratified", "supported", "backed", "endorsed"]),
            nouns("contain", ["contained", "containment"]),
        ]
        for g in groups { t.merge(g) { a, _ in a } }
        return WordTable(t)
    }()

    /// Counted nouns (lemmas) grouped into classes; an unlisted noun measures itself.
    public static var countNouns: [String: String] { ConceptLexicon.countNouns }

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
        "dead", "injured", "rescued", "arrested", "cases", "rounds", "meetings", "sicken",
        "hospitalized", "victims", "tested", "laid off", "destroy", "damage", "die", "injure", "hospitalize",
    ]

    /// Count measures that come from what happened to people or things (killed, injured, …), not
    /// from a bare noun.
    public static let eventMeasures: Set<String> = [
        "dead", "injured", "missing", "displaced", "rescued", "arrested", "cases", "hospitalized", "victims",
        "laid off", "hired", "furloughed", "tested",
    ]

    /// What happens to people in a disaster or a crackdown; where it happened ("in Turkey") says
    /// whose toll it is.
    public static let harm: Set<String> = ["dead", "injured", "missing", "displaced", "rescued", "arrested", "hospitalized", "cases", "victims"]

    /// Measures that move with time in either direction (people missing can be found). The extent
    /// of an area is news when it moves (a fire, a flood, a spill); a fixed area is rarely given
    /// twice on different days.
    public static let timeVarying: Set<String> = cumulative.union([
        "missing", "displaced", "furloughed", "threaten", "evacuate", "contain", "strike", "burn", "extent",
    ])

    /// Positions in a negotiation (what one side offers or demands): they move from one round to
    /// the next, but not within days, so two figures a week or more apart are a change.
    public static let positions: Set<String> = ["offer", "demand", "reject", "approve"]

    /// Measures a company or government reports per period: their changes are results of the
    /// period, fixed once reported, not moves of the day.
    public static let periodResults: Set<String> = ["revenue", "profit", "loss", "budget", "salary", "payment", "cost", "investment", "aid"]

    /// Words near a figure that make it a term of a proposal ("the offer includes a 30% raise").
    public static let proposalWords: Set<String> = ["offer", "proposal", "counteroffer", "contract"]

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
        "anticipated": .forecast, "target": .forecast, "targets": .forecast, "eventually": .forecast,
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
