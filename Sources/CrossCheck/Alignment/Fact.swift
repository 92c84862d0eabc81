/// The kind of fact, as the report schema names it.
public enum FactKind: String, Sendable, Codable, CaseIterable {
    case money, count, number, percent, multiple, ordinal, date, daterange, duration, person, role, place
}

/// Why claims were aligned, as typed evidence; Reporting words it ("aligned because: same measure
/// (fine ≈ penalty), same subject, 61% of content words shared, same day").
public struct AlignmentEvidence: Sendable, Hashable {
    /// The measure concept the claims share, when they share one.
    public var concept: String?
    /// The words that decided the measure in each claim, lower-cased, sorted.
    public var cues: [String]
    /// The subject entity the claims share.
    public var subject: String?
    /// Mean share of rare content words between claims of different documents (0…1).
    public var contentShare: Double
    /// Rare words that claims of different documents share, rarest first (at most five).
    public var sharedWords: [String]
    /// All claims hold on one day.
    public var sameDay: Bool
    /// The numbered event they share ("talks#7").
    public var event: String?
    /// The person the claims are about (roles, parties) or the job (holders).
    public var person: String?
    public var role: String?
}

/// Claims from one or more documents that state the same fact, and why they were put together.
public struct Fact: Sendable {
    public var kind: FactKind
    public var dimension: Dimension
    /// A stable description of what the fact is (dimension, measure, subject, event, phase,
    /// period, its rarest shared words); never a line number or a value.
    public var key: String
    public var subject: String?
    public var measure: Measure
    public var event: String?
    public var phase: Phase
    public var period: Period
    public var claims: [Claim]
    public var evidence: AlignmentEvidence
    /// A figure that moves with time (a toll, a tally): values of different days may differ.
    public var isTimeVarying: Bool
    /// It only grows: a lower later figure needs checking.
    public var isCumulative: Bool
    /// For a moving figure, how many days apart two values must hold to be a change.
    public var changeGap: Int = 1
    /// Pairs of claims whose values clash and whose own evidence (values left out) passes the
    /// conflict threshold; nil when alignment did not say (every clash counts).
    public var strongClashes: Set<ClaimPair>?
    /// The evidence (log-odds, values left out) of each pair of claims whose values clash.
    public var clashScores: [ClaimPair: Double] = [:]

    public init(kind: FactKind, dimension: Dimension, key: String, subject: String?, measure: Measure, event: String?,
                phase: Phase, period: Period, claims: [Claim], evidence: AlignmentEvidence,
                isTimeVarying: Bool = false, isCumulative: Bool = false) {
        self.kind = kind
        self.dimension = dimension
        self.key = key
        self.subject = subject
        self.measure = measure
        self.event = event
        self.phase = phase
        self.period = period
        self.claims = claims
        self.evidence = evidence
        self.isTimeVarying = isTimeVarying
        self.isCumulative = isCumulative
    }
}

/// Two claim IDs, unordered.
public struct ClaimPair: Hashable, Sendable {
    public let first: String
    public let second: String

    public init(_ a: String, _ b: String) {
        if a < b { first = a; second = b } else { first = b; second = a }
    }
}

/// Builds a fact and its evidence from a cluster of claims.
enum FactBuilder {
    static func fact(_ claims: [Claim], rarity: WordRarity) -> Fact {
        let first = claims[0]
        // The most specific dimension: "homes" over a generic "units".
        let dimension = claims.map(\.dimension).first { d in
            if case let .count(x) = d { return !ConceptLexicon.genericCountClasses.contains(x) }
            return true
        } ?? first.dimension
        let measure = mostCommon(claims.map(\.measure)) ?? first.measure
        let phase = claims.first { $0.phase != .unspecified }?.phase ?? .unspecified
        let period = claims.first { $0.period != .unspecified }?.period ?? .unspecified
        let subject = claims.compactMap(\.subject).first
        let event = claims.compactMap { Comparability.ordinalEvent($0) }.first ?? claims.compactMap(\.event).first
        let evidence = evidenceOf(claims, rarity: rarity, measure: measure, subject: subject)
        var keyParts = [dimension.description, measure.description, subject ?? "", event ?? "", phase.rawValue, period.rawValue]
        if let p = evidence.person { keyParts.append(p) }
        keyParts.append(evidence.sharedWords.prefix(3).joined(separator: " "))
        var fact = Fact(kind: dimension.factKind, dimension: dimension, key: keyParts.joined(separator: "|"), subject: subject,
                        measure: measure, event: event, phase: phase, period: period, claims: claims, evidence: evidence,
                        isTimeVarying: claims.contains(where: Comparability.isTimeVarying),
                        isCumulative: claims.contains(where: Comparability.isCumulative))
        // The gap of the fact's own measure (a position moves by the week even when one report
        // says "now"); else the shortest any claim gives.
        let own = claims.filter { $0.measure.concept == measure.concept }.compactMap(Comparability.changeGap)
        fact.changeGap = own.max() ?? claims.compactMap(Comparability.changeGap).min() ?? 1
        return fact
    }

    static func mostCommon(_ measures: [Measure]) -> Measure? {
        var counts: [Measure: Int] = [:]
        for m in measures where !m.isEmpty { counts[m, default: 0] += 1 }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    static func evidenceOf(_ claims: [Claim], rarity: WordRarity, measure: Measure, subject: String?) -> AlignmentEvidence {
        let cues = Array(Set(claims.compactMap { $0.cue?.lowercased() })).sorted()
        let sharedConcept = claims.allSatisfy { $0.measure.concept == measure.concept } && !measure.isEmpty
        var shares: [Double] = []
        var sharedCount: [String: Int] = [:]
        let sample = Array(claims.prefix(40))
        for i in sample.indices {
            for j in sample.indices where j > i && sample[j].documentIndex != sample[i].documentIndex {
                shares.append(rarity.share(sample[i].context.sentence, sample[j].context.sentence))
                let common = Set(sample[i].context.local).intersection(sample[j].context.local)
                for w in common { sharedCount[w, default: 0] += 1 }
            }
        }
        let words = sharedCount.keys.sorted { (rarity.weight($0), $1) > (rarity.weight($1), $0) }
        let days = Set(claims.compactMap { ClaimAligner.heldOn($0)?.dayNumber })
        var evidence = AlignmentEvidence(concept: sharedConcept ? measure.concept : nil, cues: cues, subject: subject,
                                         contentShare: shares.isEmpty ? 0 : shares.reduce(0, +) / Double(shares.count),
                                         sharedWords: Array(words.prefix(5)), sameDay: days.count == 1 && claims.count > 1,
                                         event: claims.compactMap { Comparability.ordinalEvent($0) }.first)
        switch claims[0].dimension {
        case .role, .party:
            evidence.person = claims.compactMap(\.person).max { $0.written.count < $1.written.count }?.key
        case .holder:
            if let r = claims[0].role { evidence.role = ([r.head] + r.domain).joined(separator: " ") }
        default:
            break
        }
        return evidence
    }
}
