/// What a mention is about.
public enum MentionKind: String, Sendable, Codable, CaseIterable, Comparable {
    case money, count, number, percent, multiple, ordinal, date, daterange, duration, person, organization, place, quantity

    public static func < (a: MentionKind, b: MentionKind) -> Bool { a.rawValue < b.rawValue }

    public var isQuantity: Bool {
        switch self {
        case .money, .count, .number, .percent, .multiple, .ordinal, .quantity: return true
        default: return false
        }
    }

    public var isTime: Bool { self == .date || self == .daterange || self == .duration }
}

/// How a figure is qualified: the words a fact-checker must not throw away.
public enum Hedge: String, Sendable, Codable, CaseIterable {
    /// A bare figure; it still asserts its rounding ("$450 million" is [445M, 455M]).
    case exact
    /// about, around, some, roughly, approximately
    case approximate
    /// nearly, almost, close to
    case nearly
    /// more than, over, above
    case moreThan
    /// at least
    case atLeast
    /// less than, under, fewer than
    case lessThan
    /// at most, no more than
    case atMost
    /// as much as, as high as, up to
    case upTo
    /// between X and Y, X to Y, X-Y
    case range
    /// thousands of, dozens, hundreds of
    case vague
}

public enum Direction: String, Sendable, Codable {
    case up, down
}

/// Whether the clause around a mention states a plan or expectation, or reports something done.
public enum Modality: String, Sendable, Codable {
    case planned, reported, unspecified
}

/// A quantity's value as the interval the words assert. `nil` bounds are open (unbounded) sides.
public struct QuantityValue: Hashable, Sendable {
    public var low: Double?
    public var high: Double?
    /// The figure as written, scaled ("$450 million" → 450_000_000).
    public var point: Double?
    /// ISO 4217 code for money, "%" for percents, "pp" for percentage points, "x" for multiples,
    /// the counted noun's lemma for counts, nil for bare numbers and ordinals.
    public var unit: String?
    /// For a range as written ("sold for $40 to $149"): the two figures, scaled. A range states
    /// both ends, so two ranges agree only when each end does.
    public var rangeEnds: RangeEnds?
    /// How much wider, as a fraction of itself, the figure is when compared with one written in
    /// another unit or currency: a conversion is rounded ("4.5 metres (15 feet)") and exchange
    /// rates move, so "£100 million" and "$127 million" agree within it. Nil when the figure has
    /// no unit to convert.
    public var crossUnitWidth: Double?

    public init(low: Double?, high: Double?, point: Double?, unit: String?) {
        self.low = low
        self.high = high
        self.point = point
        self.unit = unit
    }
}

/// The two figures of a range, scaled.
public struct RangeEnds: Hashable, Sendable {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }
}

/// A date that may lack parts: "the 17th" without a reference date is XXXX-XX-17.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    public var date: CalendarDate? {
        guard let year, let month, let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    public var description: String {
        func part(_ v: Int?, _ width: Int) -> String {
            guard let v else { return String(repeating: "X", count: width) }
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return "\(part(year, 4))-\(part(month, 2))-\(part(day, 2))"
    }
}

/// A day or a span of days, end inclusive.
public struct DateValue: Hashable, Sendable {
    public var start: PartialDate
    public var end: PartialDate
    /// True when both ends are full calendar dates (resolved against a reference date if needed).
    public var resolved: Bool
    /// A weekday alone that could not be resolved (an undated report's "Tuesday"), 1 = Monday …
    /// 7 = Sunday as `CalendarDate.weekday`: it still disagrees with a date on another weekday.
    public var weekday: Int?

    public init(start: PartialDate, end: PartialDate, resolved: Bool) {
        self.start = start
        self.end = end
        self.resolved = resolved
    }

    public init(_ start: CalendarDate, _ end: CalendarDate) {
        self.init(start: PartialDate(start), end: PartialDate(end), resolved: true)
    }

    public var interval: ClosedRange<CalendarDate>? {
        guard resolved, let s = start.date, let e = end.date, s <= e else { return nil }
        return s...e
    }
}

/// A length of time in days, as an interval like quantities (months are 30 days, years 365).
public struct DurationValue: Hashable, Sendable {
    public var lowDays: Double?
    public var highDays: Double?
    /// ISO 8601 period of the figure as written ("P2M", "P11Y", "P2D").
    public var iso: String?

    public init(lowDays: Double?, highDays: Double?, iso: String?) {
        self.lowDays = lowDays
        self.highDays = highDays
        self.iso = iso
    }
}

/// A person's name as the text gives it, with the title or role the text attaches to it.
public struct PersonValue: Hashable, Sendable {
    /// The fullest form of the name used in the document ("Lee Min-jun").
    public var name: String
    /// Title or role words ("Defense Minister", "top negotiator"), as written.
    public var role: String?
    /// The organisation or country the role belongs to, when stated ("State Department", "South Korea").
    public var affiliation: String?
    /// The party the text gives a politician ("D", "R"), from "Republican Jan Doe" or "(D-Ill.)".
    public var party: String?

    public init(name: String, role: String? = nil, affiliation: String? = nil, party: String? = nil) {
        self.name = name
        self.role = role
        self.affiliation = affiliation
        self.party = party
    }
}

/// One thing a recognizer found, with its exact span and normalised value.
public struct Mention: Hashable, Sendable {
    public var kind: MentionKind
    /// Exact bytes in the document.
    public var range: ByteRange
    public var hedge: Hedge
    public var direction: Direction?
    public var value: QuantityValue?
    public var date: DateValue?
    public var duration: DurationValue?
    /// Boxed like `measurement`: only person mentions have one, and mentions are copied often.
    public var person: PersonValue? {
        get { personBox?.value }
        set { personBox = newValue.map(Box.init) }
    }
    private var personBox: Box<PersonValue>?
    /// Name of a place or organisation, normalised (for `place` and `organization` mentions).
    public var name: String?
    public var modality: Modality
    /// For a measurement or a clock time (kind `quantity`): its dimension and the unit it was
    /// written in; `value` then holds the figure in the dimension's base unit. Boxed: mentions are
    /// copied on the hot path, and most have none.
    public var measurement: UnitValue? {
        get { measurementBox?.value }
        set { measurementBox = newValue.map(Box.init) }
    }
    private var measurementBox: Box<UnitValue>?

    public init(kind: MentionKind, range: ByteRange, hedge: Hedge = .exact, direction: Direction? = nil,
                value: QuantityValue? = nil, date: DateValue? = nil, duration: DurationValue? = nil,
                person: PersonValue? = nil, name: String? = nil, modality: Modality = .unspecified) {
        self.kind = kind
        self.range = range
        self.hedge = hedge
        self.direction = direction
        self.value = value
        self.date = date
        self.duration = duration
        self.personBox = person.map(Box.init)
        self.name = name
        self.modality = modality
    }
}

/// An immutable value behind a reference, so that a rarely set field costs a pointer.
final class Box<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
    static func == (a: Box, b: Box) -> Bool { a === b || a.value == b.value }
    func hash(into h: inout Hasher) { value.hash(into: &h) }
}

/// A measurement's dimension and written unit: "463,000 acres" is area written in acres, its
/// value 1.874e9 m² in the base unit. base = written × factor + offset.
public struct UnitValue: Hashable, Sendable {
    /// "length", "area", "volume", "mass", "speed", "temperature", "energy", "power", "data",
    /// "magnitude", "angle", "age", "degrees" (a temperature without its scale) or "time" (a
    /// clock time: seconds after local midnight).
    public var dimension: String
    /// The written unit's canonical name ("acre", "kilometre per hour", "gigabyte").
    public var unit: String
    /// Its symbol for reports ("ac", "km/h", "GB").
    public var symbol: String
    /// The base unit's symbol ("m²", "m/s", "B").
    public var baseSymbol: String
    public var factor: Double
    public var offset: Double
    /// Which extent a length measures, from "-high", "tall", "-wide", "-long", "deep": "height",
    /// "width", "length", "depth".
    public var aspect: String?
    /// What is measured, from "of": "rice" in "500 tonnes of rice".
    public var product: String?
    /// A conversion the text gives in brackets ("187,000 hectares (463,000 acres)"), in base units;
    /// `conversionAgrees` says whether it states the same amount.
    public var conversion: QuantityValue?
    public var conversionAgrees: Bool?
    /// Clock times: the zone as written ("GMT", "Moscow time", "local time") and its offset from
    /// UTC in minutes when known; `day` is the date the phrase itself names ("late Friday night").
    public var zone: String?
    public var utcOffsetMinutes: Int?
    public var day: DateValue?
    /// A clock time without "am", "pm" or a part of the day: it may be twelve hours later.
    public var twelveHour = false

    public init(dimension: String, unit: String, symbol: String, baseSymbol: String, factor: Double = 1, offset: Double = 0) {
        self.dimension = dimension
        self.unit = unit
        self.symbol = symbol
        self.baseSymbol = baseSymbol
        self.factor = factor
        self.offset = offset
    }

    /// A value in base units written back in the unit of the text.
    public func written(_ base: Double) -> Double { (base - offset) / factor }
}
