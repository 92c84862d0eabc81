/// A recognizer rule as a named value carrying the examples that pin it down, the way Duckling
/// pairs each rule with its corpus and SwiftLint each rule with its triggering and non-triggering
/// examples. The words a rule's phrases may start with are part of it, so the recognizers' cheap
/// start-word filters are built from the rules and a new rule cannot be forgotten there.
/// `RuleCatalog.all` lists every rule; one test runs all their examples through the standard
/// extractor.
public struct RecognizerRule: Sendable {
    public let name: String
    /// Words (lower case) a phrase of this rule may start with; digits and signs always may.
    public let startWords: [String]
    /// Sentences with the mention the rule must produce in them.
    public let examples: [RuleExample]
    /// Sentences with text that must not become a mention of the rule's kind.
    public let counterExamples: [RuleCounterExample]

    public init(_ name: String, startWords: [String] = [], examples: [RuleExample], counterExamples: [RuleCounterExample] = []) {
        self.name = name
        self.startWords = startWords
        self.examples = examples
        self.counterExamples = counterExamples
    }
}

/// What a rule must read in a sentence: the mention whose text is exactly `span`, and its value.
public struct RuleExample: Sendable, CustomStringConvertible {
    public var sentence: String
    public var span: String
    public var expected: Expected
    /// The publication date the sentence is read against (dates, clock times).
    public var published: String

    public init(_ sentence: String, _ span: String, _ expected: Expected, published: String = "2024-05-10") {
        self.sentence = sentence
        self.span = span
        self.expected = expected
        self.published = published
    }

    public var description: String { "\"\(span)\" in \"\(sentence)\"" }

    /// A value a mention must have.
    public enum Expected: Sendable {
        /// A measurement: the figure as written, the unit's canonical name ("4.5", "metre") and,
        /// when given, the extent ("height").
        case measure(Double, unit: String, aspect: String? = nil)
        /// A measurement's interval in the written unit, nil for an open side.
        case measureRange(Double?, Double?, unit: String)
        /// Money: the figure in the currency's main unit and its ISO code.
        case money(Double, String)
        /// Money as an interval ("between $5 and $7 million").
        case moneyRange(Double?, Double?, String)
        /// A percent (unit "%") or percentage points ("pp"), as the figure's point.
        case percent(Double, unit: String = "%")
        /// A count: the figure and the counted noun's lemma.
        case count(Double, noun: String)
        /// A bare number's point.
        case number(Double)
        /// A range as written: its two figures (for a measurement, in base units).
        case range(Double, Double)
        /// A clock time: local time "HH:MM" (":SS" when stated) and, when the zone is known, UTC.
        case clock(String, utc: String? = nil)
        /// A part of a day: local "HH:MM" bounds, end exclusive.
        case clockSpan(String, String)
        /// A date or range, "YYYY-MM-DD" ends inclusive.
        case days(String, String)
        /// The direction of a change ("rose from 5% to 7%": the 7% goes up).
        case direction(Direction, point: Double)
    }
}

/// Text that must not be read as the rule's kind: no mention of `kind` with exactly the text
/// `span` (or, when `span` is nil, none of `kind` at all).
public struct RuleCounterExample: Sendable, CustomStringConvertible {
    public var sentence: String
    public var span: String?
    public var kind: MentionKind
    /// For measurements: only a mention of this dimension offends ("6pm" is a time, no length).
    public var dimension: String?

    public init(_ sentence: String, _ span: String? = nil, kind: MentionKind, dimension: String? = nil) {
        self.sentence = sentence
        self.span = span
        self.kind = kind
        self.dimension = dimension
    }

    public var description: String { "\(kind.rawValue) \"\(span ?? "*")\" in \"\(sentence)\"" }
}
