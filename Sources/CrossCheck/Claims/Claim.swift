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

/// A mention read as a statement of fact: what it measures, of whom, when, and on whose word.
public struct Claim: Sendable, Identifiable {
    /// "<document index>:<mention index>", unique within one run.
    public var id: String
    public var documentIndex: Int
    public var mention: Mention
    /// The sentence the claim stands in.
    public var sentence: ByteRange
    /// Canonical entity whose figure it is ("KR", "US"), when the text says.
    public var subject: String?
    /// What is measured: a canonical measure from the lexicon ("payment", "demand", "troops") or,
    /// for measures no lexicon knows, the governing word's lemma.
    public var measure: String
    /// The word in the text that decided the measure, for explanations.
    public var measureCue: String?
    /// A distinguishing event key for dates and places ("talks#7"), or for counts the event the
    /// count is about ("killed").
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

    public init(id: String, documentIndex: Int, mention: Mention, sentence: ByteRange, subject: String? = nil,
                measure: String, measureCue: String? = nil, event: String? = nil, phase: Phase = .unspecified,
                period: Period = .unspecified, asOf: CalendarDate? = nil, eventTime: DateValue? = nil,
                attribution: Attribution? = nil, modality: Modality = .unspecified) {
        self.id = id
        self.documentIndex = documentIndex
        self.mention = mention
        self.sentence = sentence
        self.subject = subject
        self.measure = measure
        self.measureCue = measureCue
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
