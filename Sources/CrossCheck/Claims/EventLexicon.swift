/// Nouns that name events a date or a place can belong to, grouped into classes so that "talks",
/// "negotiations" and "the seventh round" date the same kind of thing.
public enum EventLexicon {
    public static let classes = WordTable([
        "talks": "talks", "negotiations": "talks", "negotiation": "talks", "meeting": "talks", "meetings": "talks",
        "round": "talks", "rounds": "talks", "session": "talks", "sessions": "talks", "summit": "talks",
        "consultations": "talks", "dialogue": "talks", "conference": "conference",
        "election": "election", "elections": "election", "vote": "election", "referendum": "election", "polls": "election",
        "furlough": "furlough", "furloughs": "furlough",
        "strike": "strike", "walkout": "strike", "protest": "protest", "rally": "protest", "demonstration": "protest",
        "deadline": "deadline", "call": "call", "hearing": "hearing", "trial": "trial", "verdict": "verdict",
        "launch": "launch", "visit": "visit", "trip": "visit", "ceremony": "ceremony", "signing": "signing",
        "deal": "deal", "agreement": "deal", "contract": "deal", "treaty": "deal",
        "levee": "levee", "dam": "dam", "dike": "levee", "dyke": "levee", "embankment": "levee",
        "bridge": "bridge", "earthquake": "earthquake", "quake": "earthquake", "storm": "storm",
        "hurricane": "storm", "typhoon": "storm", "cyclone": "storm", "flood": "flood", "floods": "flood",
        "flooding": "flood", "fire": "fire", "wildfire": "fire", "blast": "explosion", "explosion": "explosion",
        "attack": "attack", "crash": "crash", "collapse": "collapse", "outbreak": "outbreak",
        "results": "results", "report": "report", "announcement": "announcement", "merger": "merger",
        "acquisition": "merger", "ipo": "listing", "listing": "listing", "hiatus": "hiatus",
        "pause": "hiatus", "tenure": "tenure", "term": "tenure", "war": "war", "ceasefire": "ceasefire",
        "sentence": "sentence", "sentenced": "sentence", "prison": "sentence", "jail": "sentence", "imprisonment": "sentence", "bars": "sentence",
        "headquarters": "headquarters", "hq": "headquarters", "campus": "headquarters",
        "probation": "probation", "ban": "ban", "banned": "ban", "suspension": "ban", "suspended": "ban", "jailed": "sentence",
    ])

    /// Events that happen at one place, so two places for one of them disagree. Floods, storms and
    /// wars cover areas: a village, its province and its country are all right.
    public static let locatable: Set<String> = [
        "talks", "conference", "election", "strike", "protest", "call", "hearing", "trial", "launch",
        "ceremony", "signing", "crash", "explosion", "attack", "collapse", "bridge", "levee", "dam", "headquarters",
    ]

    /// Events whose length is itself a checkable fact ("11 years in prison", "a two-day session").
    public static let durationEvents: Set<String> = ["sentence", "probation", "ban", "deal", "talks", "strike", "hiatus", "tenure", "ceasefire", "visit"]

    /// Penalties whose verb comes before their length ("sentenced to 11 years", "banned for two years").
    public static let penalties: Set<String> = ["sentence", "probation", "ban"]

    /// Event class of a word, or the word itself when no class knows it.
    public static func eventClass(of key: WordKey, word: String) -> String {
        classes[key] ?? word.lowercased()
    }
}
