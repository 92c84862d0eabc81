/// First-level regions that news names on their own as places: the states of the United States
/// and Australia, Canada's provinces and territories, the nations of the United Kingdom and
/// India's most populous states. A region at the head of a clause ("Ohio has reported 12 cases")
/// is where its figure is, though no preposition marks it as a place.
enum RegionLexicon {
    static let names: [String] = [
        // United States
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",
        // Canada
        "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia", "Ontario",
        "Prince Edward Island", "Quebec", "Saskatchewan", "Yukon", "Nunavut", "Northwest Territories",
        // Australia
        "New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria", "Western Australia",
        // United Kingdom
        "England", "Scotland", "Wales", "Northern Ireland",
        // India
        "Uttar Pradesh", "Maharashtra", "Bihar", "West Bengal", "Tamil Nadu", "Karnataka", "Gujarat", "Rajasthan",
        "Kerala", "Punjab", "Assam", "Odisha", "Telangana", "Andhra Pradesh", "Madhya Pradesh",
    ]

    /// Normalised name → itself, for lookup by word runs (longest three words).
    static let table: Set<String> = Set(names.map { EntityLexicon.normalise($0) })
    static let longest = 3

    /// The region whose name ends at token `end`, normalised, or nil.
    static func region(endingAt end: Int, view: SentenceView) -> String? {
        var best: String?
        var words: [String] = []
        var i = end
        while i >= view.sentence.tokens.lowerBound, words.count < longest, view.tokens[i].kind == .word, view.tokens[i].isCapitalized {
            words.insert(view.word(i).lowercased(), at: 0)
            let phrase = words.joined(separator: " ")
            if table.contains(phrase) { best = phrase }
            i -= 1
        }
        return best
    }
}
