/// Synonym classes: many words, one concept. A fine worded as "fine", "penalty" or "was ordered to
/// pay" is one measure; a fire that "started", "began" or "ignited" is one event. These are general
/// English data, not fitted to any corpus; a word no class knows stands for itself.
public enum ConceptLexicon {
    static func table(_ classes: [String: [String]]) -> WordTable<String> {
        var t: [String: String] = [:]
        for concept in classes.keys.sorted() {
            for w in classes[concept] ?? [] where t[w] == nil { t[w] = concept }
        }
        return WordTable(t)
    }

    /// Event concepts: verbs and nouns that say what happened, for dates ("the fire started on July
    /// 13") and for what a count counts ("homes destroyed").
    public static let events: WordTable<String> = table([
        "start": ["start", "started", "starts", "starting", "begin", "began", "begun", "begins", "ignite", "ignited",
                  "ignition", "spark", "sparked", "erupt", "erupted", "outbreak", "onset", "broke", "detected", "spotted",
                  "discovered"],
        "end": ["end", "ended", "ends", "ending", "conclude", "concluded", "concludes", "finish", "finished", "wrapped", "over"],
        "announce": ["announce", "announced", "announces", "announcement", "unveil", "unveiled", "unveils", "disclose",
                     "disclosed", "discloses", "disclosure", "reveal", "revealed", "reveals", "revelation", "publicized"],
        "sign": ["sign", "signed", "signs", "signing"],
        "launch": ["launch", "launched", "launches", "liftoff", "lifted", "blasted"],
        "land": ["land", "landed", "lands", "landing", "touchdown", "touched", "soft-landed", "descent", "splashdown", "splashed"],
        "vote": ["vote", "voted", "votes", "voting", "ballot", "ballots", "referendum", "polls"],
        "reject": ["reject", "rejected", "rejects", "rejecting", "rejection", "refused", "spurned"],
        "approve": ["approve", "approved", "approves", "approval", "ratify", "ratified", "ratifies", "ratification",
                    "accept", "accepted", "accepts", "endorsed", "passed"],
        "recall": ["recall", "recalled", "recalls", "recalling"],
        "warn": ["warn", "warned", "warns", "warning", "warnings", "advisory", "alert", "alerted", "cautioned"],
        "demand": ["demand", "demanded", "demands", "urge", "urged", "urges", "urging", "pressed", "petitioned", "called", "calls", "calling"],
        "strike": ["strike", "strikes", "striking", "struck", "walkout", "walked"],
        "file": ["file", "filed", "files", "filing", "lawsuit", "sue", "sued", "sues"],
        "complete": ["complete", "completed", "completes", "completion", "closed", "finalize", "finalized", "finalised", "consummated"],
        "die": ["die", "died", "dies", "killed", "death", "deaths", "dead", "fatalities", "perished"],
        "injure": ["injured", "injuries", "wounded", "hurt"],
        "arrest": ["arrest", "arrested", "arrests", "detained", "detain"],
        "talks": ["meet", "met", "meets", "negotiate", "negotiated", "negotiating"],
        "resign": ["resign", "resigned", "resigns", "resignation", "quit", "stepped"],
        "appoint": ["appoint", "appointed", "appoints", "appointment", "named", "hired", "tapped"],
        "fire": ["fired", "ousted", "sacked", "dismissed", "firing"],
        "release": ["release", "released", "releases", "publish", "published", "issued", "posted"],
        "revive": ["revive", "revived", "revives", "resurrected", "renewed", "reinstated"],
        "offer": ["offer", "offered", "offers", "bid", "proposal", "proposed"],
        "agree": ["agree", "agreed", "agrees", "accord"],
        "trial": ["trial", "hearing", "court"],
        "state": ["situated", "located", "based", "headquartered"],
        "deadline": ["deadline", "due"],
        "destroy": ["destroy", "destroyed", "destroys", "razed", "leveled", "flattened", "lost"],
        "burn": ["burn", "burning", "burned", "burnt", "scorched", "charred", "blackened", "consumed"],
        "damage": ["damaged", "damage"],
        "threaten": ["threatened", "threatens", "threatening", "endangered"],
        "evacuate": ["evacuate", "evacuated", "evacuation", "evacuations", "displaced", "fled"],
        // One concept with the count nouns and harm words of the same fact: "17 hospitalized" and
        // "17 hospitalizations", "40 people sickened" and "40 cases".
        "hospitalized": ["hospitalized", "hospitalised", "hospitalization", "hospitalizations"],
        "cases": ["sickened", "ill", "illness", "illnesses", "infected", "infections", "cases"],
        "introduce": ["introduce", "introduced", "introduces", "debut", "debuted"],
        "found": ["founded", "co-founded", "established", "incorporated"],
        "abolish": ["eliminate", "eliminated", "abolish", "abolished", "scrap", "scrapped", "axed"],
        "freeze": ["freeze", "froze", "frozen"],
        "buy": ["buy", "bought", "buys", "purchase", "purchased", "acquire", "acquired", "acquisition", "takeover", "buyout",
                "deal", "merger", "transaction", "sale"],
        "jump": ["jump", "jumped", "surge", "surged", "soared", "rose", "climbed", "gained"],
        "fall": ["fall", "fell", "dropped", "plunged", "slid", "tumbled", "declined"],
        "contain": ["contained", "containment"],
        "expire": ["expire", "expired", "expires", "lapsed"],
        "breach": ["burst", "bursts", "breached", "breach", "overtopped", "failed", "gave", "give"],
        "return": ["return", "returned", "returns", "resume", "resumed", "resumes", "reopen", "reopened"],
    ])

    /// Counted nouns (lemmas) in classes; an unlisted noun is its own class.
    public static let countNouns: [String: String] = {
        let classes: [String: [String]] = [
            "troops": ["troop", "soldier", "service member", "servicemember", "serviceman", "marine", "sailor", "personnel"],
            "workers": ["worker", "employee", "staff", "staffer", "labourer", "laborer", "machinist", "union member"],
            "jobs": ["job", "position"],
            "people": ["person", "people", "resident", "civilian", "individual", "inhabitant", "american", "patient"],
            "dead": ["death", "fatality", "body", "victim"],
            "injured": ["injury"],
            "homes": ["home", "house", "dwelling", "residence", "single-family home"],
            "structures": ["structure", "building"],
            "vehicles": ["vehicle", "car", "truck"],
            "cases": ["case", "infection", "illness", "sick", "ill"],
            "hospitalized": ["hospitalization"],
            "stores": ["store", "shop", "outlet"],
            "plants": ["plant", "factory"],
            "votes": ["vote", "ballot"],
            "units": ["unit", "product", "item", "device"],
            "states": ["state"],
            "counties": ["county"],
            "shares": ["share"],
            "customers": ["customer", "client"],
            "users": ["user", "subscriber", "follower"],
            "firefighters": ["firefighter", "firefighting personnel"],
            "rounds": ["round", "session"],
            "meetings": ["meeting"],
            "members": ["member"],
        ]
        var t: [String: String] = [:]
        for (cls, nouns) in classes { for n in nouns { t[n] = cls } }
        return t
    }()

    /// Count classes that name no particular thing: "2.1 million units" may be the cradles.
    public static let genericCountClasses: Set<String> = ["units", "thing"]

    /// Count classes that name people without saying which: "900 people" on a fire may be its
    /// firefighters, "12,000 members" of a union its workers. Harm classes are not among the
    /// specific ones they stand for (the harm is the fact).
    public static let genericPersonClasses: Set<String> = ["people", "members"]

    /// Function words and words every news sentence has; they say nothing about which fact a
    /// sentence states, so they are left out of its context.
    public static let stopWords = WordTable(words: [
        "a", "an", "the", "of", "at", "to", "by", "for", "in", "on", "and", "or", "but", "with", "about", "around",
        "some", "nearly", "almost", "over", "more", "than", "less", "up", "as", "much", "high", "least", "roughly",
        "approximately", "just", "only", "its", "their", "his", "her", "is", "was", "be", "been", "are", "were",
        "has", "have", "had", "it", "that", "which", "this", "these", "those", "from", "into", "he", "she", "they",
        "we", "you", "i", "our", "your", "them", "him", "us", "me", "my", "who", "whom", "whose", "what", "when",
        "where", "why", "how", "not", "no", "so", "if", "then", "than", "there", "here", "also", "after", "before",
        "since", "until", "while", "during", "under", "between", "through", "per", "each", "every", "all", "any",
        "both", "other", "such", "said", "says", "say", "told", "according", "would", "could", "will", "should",
        "may", "might", "can", "must", "do", "does", "did", "being", "s", "t", "de", "la", "one", "new", "now",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "percent", "per", "cent", "million",
        "billion", "trillion", "thousand", "hundred", "mr", "ms", "mrs", "dr", "reported", "reports", "report",
        "statement", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday",
        "last", "next", "earlier", "later", "ago", "more", "most", "very", "out", "off", "down", "just", "like",
        "get", "got", "make", "made", "take", "took", "according", "among", "against", "across", "along",
        "still", "even", "yet", "though", "although", "because", "however", "including", "told", "news", "via",
        "ap", "reuters", "afp", "cnn", "bbc", "read", "photo", "image", "file", "advertisement", "dollars", "dollar",
        "usd", "us$", "rs", "inr", "crore", "lakh", "pc", "bn", "mn",
    ], value: true)
}
