/// The kind of fact, as the report schema names it.
public enum FactKind: String, Sendable, Codable, CaseIterable {
    case money, count, number, percent, multiple, ordinal, date, daterange, duration, person, role, place
}

/// Claims from one or more documents that state the same fact, and why they were put together.
public struct Fact: Sendable {
    public var kind: FactKind
    /// The blocking key: kind, measure, event and unit (never a line number or a value).
    public var key: String
    public var subject: String?
    public var measure: String
    public var event: String?
    public var phase: Phase
    public var period: Period
    public var claims: [Claim]
    /// Why the claims were aligned, in words.
    public var reason: String
    /// A figure that moves with time, followed across reports: its verdict weighs only the
    /// differences between different times.
    public var isSeries = false
    /// For a figure that moves with time, the day its claims hold (each day is its own fact).
    public var heldOn: CalendarDate?

    public init(kind: FactKind, key: String, subject: String?, measure: String, event: String?, phase: Phase,
                period: Period, claims: [Claim], reason: String) {
        self.kind = kind
        self.key = key
        self.subject = subject
        self.measure = measure
        self.event = event
        self.phase = phase
        self.period = period
        self.claims = claims
        self.reason = reason
    }

}
