/// When a figure stands relative to the fact's own history: the thing demanded first, the current
/// one, last year's. Claims with different phases state different facts.
public enum Phase: String, Sendable, Codable, Comparable {
    case initial, current, previous, next
    /// Expected, forecast or estimated ahead of the fact ("analysts had expected", "guidance").
    case forecast
    case unspecified

    public static func < (a: Phase, b: Phase) -> Bool { a.rawValue < b.rawValue }
}

/// Whether a figure is per year, per quarter or a total; unspecified is compatible with any.
public enum Period: String, Sendable, Codable {
    case annual, quarterly, total, unspecified
}

/// Which part of an event a date gives: "began on Tuesday" dates the start only.
public enum DatePart: String, Sendable, Codable {
    case whole, start, end
    /// The date is one day inside the event ("the first day of the session ended on Tuesday").
    case within
}

/// Who a claim is credited to in the sentence ("police said", "according to the union").
public struct Attribution: Hashable, Sendable {
    /// The party as written ("the foreign ministry", "Trump").
    public var party: String
    /// A canonical key so that two wordings of one party compare equal.
    public var key: String
    /// The claim is said to repeat another outlet's report ("Reuters reported"), so it is not an
    /// independent confirmation.
    public var isRelay: Bool

    public init(party: String, key: String, isRelay: Bool) {
        self.party = party
        self.key = key
        self.isRelay = isRelay
    }
}

/// The words around a claim that say which fact it states, normalised (lower-case lemma, or the
/// concept of a synonym class), sorted and unique. Alignment compares them, weighted by rarity.
public struct ClaimContext: Hashable, Sendable {
    /// Content words of the clause near the figure.
    public var local: [String]
    /// Content words of the whole sentence.
    public var sentence: [String]
    /// Capitalised names in the sentence (lower-cased), such as "marrowby" or "nightfall".
    public var names: [String]

    public init(local: [String] = [], sentence: [String] = [], names: [String] = []) {
        self.local = local
        self.sentence = sentence
        self.names = names
    }
}

/// A job as a title: its head concept ("sheriff", "ceo", "chair"), the words that say which one
/// ("ardley county", "task force on burns") and whether it is held by one person at a time.
public struct RoleValue: Hashable, Sendable {
    public var head: String
    public var domain: [String]
    /// One holder at a time ("the sheriff", "general counsel", "chief executive"); "a spokesman" or
    /// "an analyst" is not.
    public var isUnique: Bool
    /// "former", "ex-", "then": the role is no longer held.
    public var isFormer: Bool
    /// The lower-case words that say which unit of an organisation ("industrial" in "president
    /// of the industrial division"): two of them that differ are two jobs.
    public var units: [String] = []

    public init(head: String, domain: [String], isUnique: Bool, isFormer: Bool, units: [String] = []) {
        self.head = head
        self.domain = domain
        self.isUnique = isUnique
        self.isFormer = isFormer
        self.units = units
    }
}

/// A person's name split for comparison: "Amina K. Osei" and "Amina Osei" are one person.
public struct PersonName: Hashable, Sendable {
    public var given: String
    public var family: String
    /// As written, for reports.
    public var written: String

    public init(given: String, family: String, written: String) {
        self.given = given
        self.family = family
        self.written = written
    }

    /// Given and family name, lower-cased, middle names and initials dropped.
    public var key: String { given.isEmpty ? family : given + " " + family }
}

/// A mention read as a statement of fact: what it measures, of whom, when, and on whose word.
public struct Claim: Sendable, Identifiable {
    /// "<document index>:<mention index>", unique within one run.
    public var id: String
    public var documentIndex: Int
    public var mention: Mention
    /// The sentence the claim stands in.
    public var sentence: ByteRange
    /// What the value is measured in (currency, counted thing, percent, date, role...).
    public var dimension: Dimension
    /// What is measured.
    public var measure: Measure
    /// The word in the text that decided the measure, for explanations.
    public var cue: String?
    /// Canonical entity whose figure it is ("KR", "US"), when the text says.
    public var subject: String?
    /// Which instance of an event a date or place belongs to ("talks#7": the seventh round).
    public var event: String?
    public var phase: Phase
    public var period: Period
    /// The document's publication date: what the claim holds "as of".
    public var asOf: CalendarDate?
    /// A date the same clause gives for the figure, when one is stated.
    public var eventTime: DateValue?
    public var attribution: Attribution?
    public var modality: Modality
    public var datePart: DatePart = .whole
    /// The date is a container written as such ("this week", "earlier this month", "in March"):
    /// the event falls inside it, whatever its length.
    public var dateIsContainer = false
    /// The words around the claim.
    public var context = ClaimContext()
    /// The clause presents the figure as a tally that moves ("so far", "to date", "as of", "has
    /// risen to", "now stands at"): its values on different days may differ.
    public var isTally = false
    /// For a date: the place its clause names ("the levee protecting Solen burst on Monday").
    public var place: String?
    /// The year a tally counts from ("10 deaths since 2015"), when the clause says.
    public var since: Int?
    /// The person a role, holder or party claim is about.
    public var person: PersonName?
    /// The role, parsed once, for role and holder claims.
    public var role: RoleValue?
    /// A politician's party ("D", "R"), for party claims.
    public var party: String?

    public init(id: String, documentIndex: Int, mention: Mention, sentence: ByteRange, dimension: Dimension,
                measure: Measure, cue: String? = nil, subject: String? = nil, event: String? = nil,
                phase: Phase = .unspecified, period: Period = .unspecified, asOf: CalendarDate? = nil,
                eventTime: DateValue? = nil, attribution: Attribution? = nil, modality: Modality = .unspecified) {
        self.id = id
        self.documentIndex = documentIndex
        self.mention = mention
        self.sentence = sentence
        self.dimension = dimension
        self.measure = measure
        self.cue = cue
        self.subject = subject
        self.event = event
        self.phase = phase
        self.period = period
        self.asOf = asOf
        self.eventTime = eventTime
        self.attribution = attribution
        self.modality = modality
    }

    public var kind: MentionKind { mention.kind }
}
