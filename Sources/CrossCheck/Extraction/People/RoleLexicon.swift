/// Words that name a person's job or title, as data. A role phrase ends in one of these heads.
public enum RoleLexicon {
    public static let heads = WordTable(words: [
        "minister", "secretary", "president", "negotiator", "commander", "professor", "lawmaker", "legislator",
        "spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman", "chair", "director", "chief",
        "ceo", "cfo", "coo", "cto", "officer", "governor", "mayor", "senator", "representative", "ambassador",
        "envoy", "general", "gen", "admiral", "analyst", "economist", "head", "leader", "premier", "chancellor",
        "king", "queen", "prince", "judge", "prosecutor", "attorney", "lawyer", "editor", "reporter",
        "correspondent", "founder", "manager", "executive", "treasurer", "deputy", "adviser", "advisor",
        "official", "inspector", "superintendent", "captain", "colonel", "sergeant", "commissioner", "speaker",
        "counterpart", "candidate", "councillor", "councilor", "coach", "captain", "partner", "researcher",
        "scientist", "strategist", "administrator", "coordinator", "lieutenant", "marshal", "sheriff",
        "counsel", "chairperson", "boss", "president-elect",
    ], value: true)

    /// Head nouns of one job under different words: "chairman", "chairwoman" and "chair" are one
    /// title; "spokesman" and "spokeswoman" too. Generic heads ("head", "chief", "leader") map to
    /// "head", which agrees with any title.
    public static let headClasses: [String: String] = [
        "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chair": "chair",
        "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
        "head": "head", "chief": "head", "leader": "head", "boss": "head", "commander": "head",
        "legislator": "lawmaker", "lawmaker": "lawmaker", "councilor": "councillor", "advisor": "adviser",
        "gen": "general", "president-elect": "president",
    ]

    /// Titles one person holds at a time within an organisation: two names for one of them
    /// disagree. "A spokesman" or "an analyst" can be many people.
    public static let uniqueHeads: Set<String> = [
        "president", "ceo", "cfo", "coo", "cto", "chair", "chancellor", "sheriff", "mayor", "governor", "counsel",
        "premier", "treasurer", "superintendent", "speaker", "commissioner", "director", "secretary", "minister",
        "king", "queen", "editor", "manager", "coach", "captain", "ambassador", "envoy",
        "administrator", "negotiator", "prosecutor",
    ]

    /// Titles many organisations have: two claims name one such job only when both say whose
    /// ("AAP president" and "president of the AAP"), never on the title alone.
    public static let broadHeads: Set<String> = [
        "president", "director", "chair", "manager", "editor", "captain", "coach", "secretary", "minister",
        "commissioner", "administrator", "ambassador", "envoy", "negotiator", "prosecutor", "head", "treasurer",
        "superintendent", "speaker", "king", "queen",
    ]

    /// One-holder titles that one person cannot hold at once in one organisation: "Corvane's chief
    /// executive" and "Corvane's finance chief" are clearly different jobs. ("Chairman and chief
    /// executive" is common, so chair and president are not here.)
    public static let exclusiveHeads: Set<String> = [
        "ceo", "cfo", "coo", "cto", "counsel", "sheriff", "mayor", "governor", "treasurer", "chancellor", "premier",
        "speaker", "superintendent", "prosecutor", "ambassador",
    ]

    /// Titles written before a name that are not themselves a role noun phrase head ("Gen.", "Mr.").
    public static let honorifics = WordTable(words: ["mr", "mrs", "ms", "dr", "sir", "dame", "lt", "col", "maj", "capt", "sgt", "adm", "rev"], value: true)

    /// Heads that name no particular job and so agree with any head ("head of the division").
    public static let genericHeads: Set<String> = ["head", "official", "counterpart"]

    /// Rank words that do not change which job is meant ("top negotiator" = "chief negotiator").
    public static let rankWords: Set<String> = ["top", "chief", "senior", "lead", "leading", "main", "principal", "head", "new", "former", "current", "then"]

    /// Generic organisation nouns that say nothing about which unit is meant.
    public static let genericOrgWords: Set<String> = ["division", "department", "unit", "team", "office", "group", "ministry", "agency", "company", "firm", "government"]

    /// Multi-word titles written out, mapped to their usual abbreviation.
    public static let expansions: [String: String] = [
        "chief executive officer": "ceo", "chief executive": "ceo", "chief financial officer": "cfo",
        "chief operating officer": "coo", "chief technology officer": "cto", "finance chief": "cfo",
        "financial chief": "cfo", "legal chief": "counsel", "legal affairs chief": "counsel",
        "chief legal officer": "counsel", "top lawyer": "counsel",
    ]

    /// Capitalised words that never name the organisation of a title written before a name:
    /// function words, months, weekdays, page furniture and party words ("Twitter Chair Bret
    /// Taylor" names Twitter's chair; "Photo Chairman …" does not name a photo's).
    static let notAffiliations = WordTable(words: [
        "the", "a", "an", "on", "in", "at", "of", "for", "and", "but", "this", "that", "these", "those", "it", "he",
        "she", "they", "we", "his", "her", "their", "our", "its", "as", "after", "before", "under", "since", "during",
        "if", "when", "while", "with", "by", "from", "to", "last", "next", "both",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "file", "photo", "sign", "back", "news", "according", "meanwhile", "however", "also", "still", "yet", "some",
        "about", "more", "than", "republican", "republicans", "democrat", "democrats", "democratic", "gop", "rep", "sen", "gov",
    ], value: true)

    /// Words that can start a capitalised run but never a person's name.
    public static let notNames = WordTable(words: [
        "the", "a", "an", "on", "in", "at", "of", "for", "and", "but", "this", "that", "these", "those", "it", "he",
        "she", "they", "we", "his", "her", "their", "our", "its", "as", "after", "before", "under", "since", "during",
        "if", "when", "while", "with", "by", "from", "to", "last", "next", "both",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "department", "ministry",
        "agreement", "forces", "army", "navy", "union", "house", "council", "assembly", "court", "bank", "office",
        "committee", "party", "company", "corporation", "group", "agency", "state", "states", "republic", "united",
        "national", "international", "federal", "central", "east", "west",
        "president", "minister", "secretary", "general", "chief", "prime", "defense", "defence", "foreign",
        "interior", "finance", "file", "photo", "twitter", "sign", "back", "top", "news", "daily", "times", "post",
        "river", "street", "road", "bridge", "province", "county", "city", "center", "centre", "university",
        "according", "meanwhile", "however", "also", "still", "yet", "some", "about", "more", "than",
        "republican", "republicans", "democrat", "democrats", "democratic", "gop", "rep", "sen", "gov",
    ], value: true)
}
