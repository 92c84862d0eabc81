/// Groups claims that state the same fact. Claims are first blocked by an exact key (kind, measure,
/// event, unit), so the work grows with the number of claims; within a block they are split by
/// qualifiers that tell facts apart (phase, subject, period), where an unstated qualifier joins the
/// one stated group it is compatible with.
public struct ClaimAligner: Sendable {
    public init() {}

    public static func factKind(_ claim: Claim) -> FactKind? {
        switch claim.kind {
        case .money: return .money
        case .percent: return .percent
        case .multiple: return .multiple
        case .count: return .count
        case .number: return claim.measure == "dead" ? .count : .number
        case .date, .daterange: return .date
        case .duration: return .duration
        case .person: return .role
        case .place: return .place
        case .ordinal, .organization, .quantity: return nil
        }
    }

    static func blockKey(_ claim: Claim, kind: FactKind) -> String {
        var parts = [kind.rawValue, claim.measure]
        if let e = claim.event { parts.append(e) }
        switch kind {
        case .money, .percent, .multiple:
            parts.append(claim.mention.value?.unit ?? "")
        default: break
        }
        return parts.joined(separator: "|")
    }

    public func align(_ claims: [Claim]) -> [Fact] {
        var blocks: [String: (FactKind, [Claim])] = [:]
        for claim in claims {
            guard let kind = ClaimAligner.factKind(claim) else { continue }
            let key = ClaimAligner.blockKey(claim, kind: kind)
            blocks[key, default: (kind, [])].1.append(claim)
        }
        var facts: [Fact] = []
        for key in blocks.keys.sorted() {
            let (kind, members) = blocks[key]!
            for byPhase in partition(members, by: { $0.phase == .unspecified ? nil : $0.phase.rawValue }) {
                for bySubject in partition(byPhase, by: { $0.subject }) {
                    for group in partition(bySubject, by: { $0.period == .unspecified ? nil : $0.period.rawValue }) {
                        for fact in splitByTime(makeFact(kind: kind, key: key, claims: group)) {
                            facts.append(contentsOf: fact.isSeries ? [fact] : splitIfAmbiguous(fact))
                        }
                    }
                }
            }
        }
        return facts
    }

    /// When a claim holds: the date its clause gives, else its report's publication date.
    public static func heldOn(_ claim: Claim) -> CalendarDate? {
        claim.eventTime?.interval?.upperBound ?? claim.asOf
    }

    /// A figure that moves with time (a death toll, rounds held so far) is compared day by day:
    /// one fact per day that two or more documents report, and one series across the days.
    func splitByTime(_ fact: Fact) -> [Fact] {
        guard fact.kind == .count || fact.kind == .number, MeasureLexicon.timeVarying.contains(fact.measure) else { return [fact] }
        let byDay = Dictionary(grouping: fact.claims) { ClaimAligner.heldOn($0)?.dayNumber ?? Int.min }
        guard byDay.count > 1 else { return [fact] }
        var facts: [Fact] = []
        for day in byDay.keys.sorted() where day != Int.min {
            let claims = byDay[day]!
            guard Reconciler.sides(claims) > 1 else { continue }
            var f = fact
            f.claims = claims
            f.heldOn = CalendarDate(dayNumber: day)
            f.key = fact.key + "|on:" + CalendarDate(dayNumber: day).description
            f.reason += "; same day (\(CalendarDate(dayNumber: day)))"
            facts.append(f)
        }
        var series = fact
        series.isSeries = true
        series.key = fact.key + "|series"
        series.reason += "; followed across the days the reports give"
        facts.append(series)
        return facts
    }

    /// Whether two claims speak for the same side: one document, credited to the same party.
    static func sameSide(_ a: Claim, _ b: Claim) -> Bool {
        a.documentIndex == b.documentIndex && a.attribution?.key == b.attribution?.key
    }

    /// A key is too weak to call a conflict on when nothing but a common noun or an unknown word
    /// says what is measured ("workers", "seats") and the claims do not share a subject.
    static func isWeaklyKeyed(_ fact: Fact) -> Bool {
        let generic = fact.measure.hasPrefix("other:")
            || (fact.kind == .count && fact.event == nil && !MeasureLexicon.eventMeasures.contains(fact.measure))
        guard generic else { return false }
        let subjects = fact.claims.map(\.subject)
        return subjects.contains(nil) || Set(subjects).count > 1
    }

    /// A group whose own sides contradict themselves (one report giving 460, 194 and 248 "seats")
    /// holds several facts the key cannot tell apart; a weakly keyed group whose values clash may
    /// too. Either is split into groups of values that can all hold, which may corroborate each
    /// other but never conflict.
    func splitIfAmbiguous(_ fact: Fact) -> [Fact] {
        let values = fact.claims.map { ClaimValue($0) }
        func clash(_ i: Int, _ j: Int) -> Bool {
            guard let a = values[i], let b = values[j] else { return false }
            return !a.compatible(with: b)
        }
        let n = fact.claims.count
        var selfContradicting = false, anyClash = false
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) where clash(i, j) {
                anyClash = true
                if ClaimAligner.sameSide(fact.claims[i], fact.claims[j]) { selfContradicting = true }
            }
        }
        guard selfContradicting || (anyClash && ClaimAligner.isWeaklyKeyed(fact)) else { return [fact] }
        var clusters: [[Int]] = []
        let order = (0..<n).sorted { (values[$0]?.midpoint ?? 0, $0) < (values[$1]?.midpoint ?? 0, $1) }
        for i in order {
            if let c = clusters.firstIndex(where: { $0.allSatisfy { !clash($0, i) && !ClaimAligner.sameSide(fact.claims[$0], fact.claims[i]) } }) {
                clusters[c].append(i)
            } else {
                clusters.append([i])
            }
        }
        let why = selfContradicting
            ? "one report gives several values for what the key calls one fact, so claims are grouped by value"
            : "nothing but a common word says what is counted, so claims are grouped by value"
        return clusters.map { members in
            var f = fact
            f.claims = members.sorted().map { fact.claims[$0] }
            f.key = fact.key + "|value:" + FactIdentity.canonicalValue(f.claims[0])
            f.reason += "; " + why
            return f
        }
    }

    /// Splits by a qualifier; claims without it join the single group that has one, or form their
    /// own group when there are several (they could belong to either, so they align with neither).
    func partition(_ claims: [Claim], by qualifier: (Claim) -> String?) -> [[Claim]] {
        var groups: [String: [Claim]] = [:]
        var unstated: [Claim] = []
        for c in claims {
            if let q = qualifier(c) { groups[q, default: []].append(c) } else { unstated.append(c) }
        }
        if groups.count == 1, let only = groups.keys.first {
            groups[only]!.append(contentsOf: unstated)
            unstated = []
        }
        var result = groups.keys.sorted().map { groups[$0]! }
        if !unstated.isEmpty { result.append(unstated) }
        return result.map { $0.sorted { ($0.documentIndex, $0.mention.range.start) < ($1.documentIndex, $1.mention.range.start) } }
    }

    func makeFact(kind: FactKind, key: String, claims: [Claim]) -> Fact {
        let first = claims[0]
        let phase = claims.first { $0.phase != .unspecified }?.phase ?? .unspecified
        let period = claims.first { $0.period != .unspecified }?.period ?? .unspecified
        let subject = claims.compactMap(\.subject).first
        var reasons: [String] = []
        let cues = Array(Set(claims.compactMap { $0.measureCue?.lowercased() })).sorted()
        switch kind {
        case .date, .place:
            reasons.append("each dates or places the same event (\(ClaimAligner.describeEvent(first.event ?? first.measure)))")
        case .role:
            reasons.append("each gives the role of the same full name")
        default:
            reasons.append("same measure (\(ClaimAligner.describeMeasure(first.measure))\(cues.isEmpty ? "" : ", from the words " + cues.map { "\"\($0)\"" }.joined(separator: ", ")))")
        }
        if let subject { reasons.append("same subject (\(EntityLexicon.displayName(subject)))") }
        if phase != .unspecified { reasons.append("same phase (\(phase.rawValue))") }
        if period != .unspecified { reasons.append("same period (\(period.rawValue))") }
        return Fact(kind: kind, key: key, subject: subject, measure: first.measure, event: first.event, phase: phase,
                    period: period, claims: claims, reason: reasons.joined(separator: "; "))
    }

    static func describeMeasure(_ measure: String) -> String {
        if measure.hasPrefix("other:") { return "\"\(measure.dropFirst(6))\"" }
        if measure.hasPrefix("number:") { return String(measure.dropFirst(7)) }
        if measure.hasPrefix("duration:") { return "length of the \(measure.dropFirst(9))" }
        return measure
    }

    static func describeEvent(_ event: String) -> String {
        if let hash = event.firstIndex(of: "#") {
            let n = Int(event[event.index(after: hash)...]) ?? 0
            return "the \(event[..<hash]), round \(n)"
        }
        return "the \(event)"
    }
}
