/// What a claim's value is a value of: the dimension it is measured in. Money of one currency,
/// counts of things, percents, dates, places, roles and the holders of roles are each their own
/// dimension; `Comparability` is the one place that says which dimensions compare.
public enum Dimension: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Money; the ISO 4217 code of its currency.
    case money(String)
    /// A count of something; the class of the counted noun ("homes" for houses and dwellings).
    case count(String)
    case percent
    /// Percentage points ("rose 2 points").
    case points
    case multiple
    /// A bare number that a toll or total reads as a count of people ("the death toll rose to 45").
    case number
    /// A day or a span of days.
    case date
    case duration
    /// Where something happened or stands.
    case place
    /// The job a named person holds (the value is the role).
    case role
    /// Who holds a job (the value is the person).
    case holder
    /// A politician's party (the value is the party).
    case party
    /// A physical measurement ("length", "area", "temperature", "magnitude"…), valued in the
    /// dimension's SI base unit whatever unit the text used.
    case measure(String)
    /// A moment or span of a day: a clock time, joined with the date its clause gives.
    case time
    /// A place in a ranking ("the third-largest wildfire in state history"): the value is the
    /// place, the measure the ranking.
    case rank

    public var description: String {
        switch self {
        case let .money(code): return "money:\(code)"
        case let .count(noun): return "count:\(noun)"
        case .percent: return "percent"
        case .points: return "points"
        case .multiple: return "multiple"
        case .number: return "number"
        case .date: return "date"
        case .duration: return "duration"
        case .place: return "place"
        case .role: return "role"
        case .holder: return "holder"
        case .party: return "party"
        case let .measure(d): return "measure:\(d)"
        case .time: return "time"
        case .rank: return "rank"
        }
    }

    public static func < (a: Dimension, b: Dimension) -> Bool { a.description < b.description }

    /// The kind of fact the report names for this dimension.
    public var factKind: FactKind {
        switch self {
        case .money: return .money
        case .count, .number: return .count
        case .percent, .points: return .percent
        case .multiple: return .multiple
        case .date: return .date
        case .duration: return .duration
        case .place: return .place
        case .role, .holder, .party: return .role
        case .measure: return .number
        case .time: return .date
        case .rank: return .ordinal
        }
    }

    /// Whether the measure of a claim of this dimension is an event (when or where it happened).
    public var isEventTime: Bool { self == .date || self == .time || self == .place }

    /// Whether values are numbers (so a relative spread and a tolerance mean something).
    public var isNumeric: Bool {
        switch self {
        case .money, .count, .number, .percent, .points, .multiple, .duration, .measure: return true
        default: return false
        }
    }
}

/// What a claim measures, as a type rather than a string: a concept from the lexicon of synonym
/// classes ("fine" for fine, penalty and "ordered to pay"), or, when no class knows the governing
/// word, that word's lemma. Qualifiers that make two measures different facts ride along: the
/// direction of a change, a share of something, a per-unit rate.
public struct Measure: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Canonical concept ("fine", "dead", "cost", "start") or a fallback lemma.
    public var concept: String
    /// True when the concept comes from the lexicon; a fallback word is weaker evidence.
    public var isKnown: Bool
    /// A change of the concept ("revenue rose 15%"), up, down or unstated.
    public var change: Change?
    /// A share of the concept ("38% of revenue").
    public var isShare: Bool
    /// A rate per unit ("$2 a share").
    public var perUnit: String?

    public enum Change: String, Hashable, Sendable {
        case up, down, unstated
    }

    public init(_ concept: String, isKnown: Bool = true, change: Change? = nil, isShare: Bool = false, perUnit: String? = nil) {
        self.concept = concept
        self.isKnown = isKnown
        self.change = change
        self.isShare = isShare
        self.perUnit = perUnit
    }

    /// A measure no word governs.
    public static let unknown = Measure("", isKnown: false)

    public var isEmpty: Bool { concept.isEmpty }

    /// Whether two measures can be one fact's: the same concept (or one unknown), the same kind of
    /// qualifier. A change with no direction agrees with either direction.
    public func isCompatible(with other: Measure) -> Bool {
        if isShare != other.isShare || perUnit != other.perUnit { return false }
        switch (change, other.change) {
        case (nil, nil): break
        case (.some(let a), .some(let b)):
            if a != b, a != .unstated, b != .unstated { return false }
        case (nil, .some(let c)), (.some(let c), nil):
            // "an offer of 25%" and "a 25% raise on offer": what a bargaining position offers or
            // demands in percent is a rise, whether or not the word says so.
            guard c != .down, Measure.bargained.contains(concept) || Measure.bargained.contains(other.concept) else { return false }
        }
        return true
    }

    /// Positions in a bargaining whose percent is a rise (`isCompatible`).
    static let bargained: Set<String> = ["offer", "demand"]

    public var description: String {
        var s = concept.isEmpty ? "?" : concept
        if isShare { s = "share of " + s }
        if let c = change { s += " change(\(c.rawValue))" }
        if let u = perUnit { s += " per \(u)" }
        return s
    }

    public static func < (a: Measure, b: Measure) -> Bool { a.description < b.description }
}
