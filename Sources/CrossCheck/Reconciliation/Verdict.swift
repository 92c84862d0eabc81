public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// The claims cannot all hold.
    case conflict
    /// The values differ but time explains it: a plan superseded by what happened, a count that grew.
    case changed
    /// Several documents state the fact and their values can all hold.
    case consistent
    /// Only one document states it.
    case singleSource = "single-source"
}

public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note, warning, error

    var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// What the reconciliation engine concluded about one fact.
public struct Assessment: Sendable {
    public var verdict: Verdict
    public var severity: Severity
    /// Relative distance between the furthest values (days for dates); 0 when they overlap; nil
    /// where values are names (roles, places).
    public var spread: Double?
    /// Claims in the best-supported value group.
    public var bestClaimIDs: [String]
    /// Independent outlets behind the best-supported value (relays and repeats of one outlet count once).
    public var supportingSources: [String]
    /// The best-supported value in words.
    public var bestValue: String?
    /// The disagreeing claims are each credited to a different party ("police said" vs "the Red
    /// Cross said"): a disagreement between parties, not necessarily an error of a source.
    public var partiesDisagree: Bool
    public var explanation: String
}

/// A fact with its verdict, its stable ID and a label a reader understands.
public struct AssessedFact: Sendable {
    public var id: String
    public var label: String
    public var fact: Fact
    public var assessment: Assessment
}
