public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// The claims cannot all hold.
    case conflict
    /// The values differ but time explains it: a plan superseded by what happened, a count that grew.
    case changed
    /// Several documents state the fact and their values can all hold.
    case consistent
    /// Only one document states it.
    case singleSource = "single-source"
    /// A draft's claim that no source fact matches at all (draft checks only).
    case unsupported
}

public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note, warning, error

    var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Why reconciliation decided as it did, as data; Reporting words each reason.
public enum Reason: Sendable, Hashable {
    /// One side states the fact (how many times).
    case oneSide(claims: Int)
    /// Every value can hold together.
    case valuesAgree
    /// Values of different sides cannot all hold.
    case valuesClash
    /// An earlier report gave a plan and a later one reports what happened.
    case planSuperseded
    /// A running total that grew between the days the reports give.
    case runningTotalGrew
    /// A figure that moves with time (in either direction) changed between days.
    case figureMoved
    /// Values of a moving figure differ, but some of them carry no date, so they cannot be
    /// placed in the series.
    case undated
    /// A running total is lower on a later day than on an earlier one.
    case runningTotalFell
    /// A later report itself gives the earlier figure as what it used to be.
    case acknowledgedChange
    /// Every clash sets figures credited to different parties against each other.
    case partiesDisagree(parties: [String])
    /// Two names for one job that look like one name spelled two ways.
    case nameSpelledDifferently
    /// The spread is below the configured tolerance.
    case withinTolerance(Double)
    /// The draft is judged against the sources' best-supported value.
    case draftAgainstSources
    /// No source states the draft's claim.
    case noSourceStates
    /// A moving figure the draft gives as of a day no earlier than its latest source, with a
    /// value no source states: a change no source reports.
    case changeNoSourceReports
    /// The draft's value fits only sources that say less than it does: its precision has no source.
    case sourcesLessPrecise
}

/// What the reconciliation engine concluded about one fact: a verdict, typed reasons and the
/// evidence (value groups, spread, who backs the best value). No prose.
public struct Assessment: Sendable {
    public var verdict: Verdict
    public var severity: Severity
    /// Relative distance between the furthest values (days for dates); 0 when they overlap; nil
    /// where values are names (roles, places).
    public var spread: Double?
    /// Claims in the best-supported value group.
    public var bestClaimIDs: [String]
    /// The claim whose wording states the best-supported value most precisely.
    public var bestClaimID: String?
    /// Independent outlets behind the best-supported value (relays and repeats of one outlet count once).
    public var supportingSources: [String]
    /// Claims grouped by values that can all hold, best-supported group first.
    public var groups: [[String]]
    public var reasons: [Reason]
    /// For a conflict, the pairs of claims whose disagreement it rests on.
    public var disagreements: [ClaimPair] = []

    /// The disagreeing claims are each credited to a different party ("police said" vs "the Red
    /// Cross said"): a disagreement between parties, not necessarily an error of a source.
    public var partiesDisagree: Bool {
        reasons.contains { if case .partiesDisagree = $0 { return true }; return false }
    }
}

/// A fact with its verdict, its stable ID and a label a reader understands.
public struct AssessedFact: Sendable {
    public var id: String
    public var label: String
    public var fact: Fact
    public var assessment: Assessment
    /// Index of the fact's story in `CheckResult.stories`.
    public var story: Int = 0
}
