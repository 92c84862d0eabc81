/// Decides, per fact, whether its claims conflict, changed over time, agree, or come from one
/// side. It returns a verdict, typed reasons and the evidence; Reporting puts them in words.
public struct Reconciler: Sendable {
    public var documents: [DocumentMetadata]
    public var documentPaths: [String]

    public init(documents: [DocumentMetadata], documentPaths: [String]) {
        self.documents = documents
        self.documentPaths = documentPaths
    }

    func source(of claim: Claim) -> String {
        documents[claim.documentIndex].source ?? documentPaths[claim.documentIndex]
    }

    /// When a claim holds: the date its clause gives, else the day it was published.
    func time(of claim: Claim) -> Int? {
        ClaimAligner.heldOn(claim)?.dayNumber
    }

    public func assess(_ fact: Fact, siblings: [Fact] = []) -> Assessment {
        let claims = fact.claims
        let values = claims.map { ClaimValue($0) }
        let groups = ValueGroups.groups(claims, values)
        let best = bestGroup(groups, fact: fact)
        var assessment = Assessment(verdict: .consistent, severity: .note, spread: nil, bestClaimIDs: best.map(\.id),
                                    bestClaimID: mostPrecise(best)?.id, supportingSources: independentSources(best),
                                    groups: orderedGroups(groups, best: best).map { $0.map(\.id) }, reasons: [])
        if Reconciler.sides(claims) < 2 {
            assessment.verdict = .singleSource
            assessment.reasons = [.oneSide(claims: claims.count)]
            return assessment
        }
        // Pairs of claims from different sides whose values cannot both hold: every pair of a
        // small fact; in a large one, the pairs alignment found strong, plus one pair per two
        // value groups (enough to tell a change from agreement), so the work stays near-linear.
        var clashes: [(Int, Int)] = []
        if claims.count <= Reconciler.allPairsLimit || fact.strongClashes == nil {
            for i in claims.indices {
                for j in claims.indices where j > i && Reconciler.differentSides(claims[i], claims[j]) {
                    if let a = values[i], let b = values[j], !a.compatible(with: b) { clashes.append((i, j)) }
                }
            }
        } else {
            let position = Dictionary(uniqueKeysWithValues: claims.enumerated().map { ($1.id, $0) })
            var seen = Set<Int>()
            // In the order of the claims, not of their IDs: IDs number documents, and a story
            // reconciled on its own numbers them from its first document.
            let strong = (fact.strongClashes ?? []).compactMap { pair -> (Int, Int)? in
                guard let i = position[pair.first], let j = position[pair.second] else { return nil }
                return (min(i, j), max(i, j))
            }.sorted { $0 < $1 }
            for (a, b) in strong {
                if Reconciler.differentSides(claims[a], claims[b]), seen.insert(a * claims.count + b).inserted { clashes.append((a, b)) }
            }
            let firsts = groups.compactMap { $0.first }.compactMap { c in position[c.id] }
            for (k, i) in firsts.enumerated() {
                for j in firsts[(k + 1)...] {
                    let (a, b) = (min(i, j), max(i, j))
                    if let x = values[a], let y = values[b], !x.compatible(with: y), Reconciler.differentSides(claims[a], claims[b]),
                       seen.insert(a * claims.count + b).inserted { clashes.append((a, b)) }
                }
            }
        }
        let spread = Reconciler.spread(values)
        assessment.spread = spread
        // A conflict rests on pairs whose own evidence is strong; weaker clashes inside a fact
        // (claims that joined through others) do not make one.
        func strong(_ i: Int, _ j: Int) -> Bool {
            fact.strongClashes?.contains(ClaimPair(claims[i].id, claims[j].id)) ?? true
        }
        if !fact.isTimeVarying { clashes = clashes.filter { strong($0.0, $0.1) } }
        // Two coarse dates (a year, "December and January") that miss each other rarely date one
        // event: at least one side must name a week or less.
        if fact.kind == .date { clashes = clashes.filter { Reconciler.isPrecise(claims[$0.0]) || Reconciler.isPrecise(claims[$0.1]) } }
        if clashes.isEmpty {
            assessment.spread = spread == nil ? nil : 0
            assessment.reasons = [.valuesAgree]
            return assessment
        }
        // A figure that moves with time: clashes between different days are changes, unless a
        // running total fell; clashes on one day are conflicts.
        if fact.isTimeVarying {
            // Clashes closer in time than the figure can move are disagreements.
            // A claim with no date cannot be placed in the series: it disagrees with nothing.
            // On one day, a figure four times another reads as a whole and a part of it (cases
            // nationwide, cases in one state), not as two reports of one tally.
            func comparable(_ i: Int, _ j: Int) -> Bool {
                guard strong(i, j) else { return false }
                guard let a = values[i]?.midpoint, let b = values[j]?.midpoint, a > 0, b > 0 else { return true }
                return max(a, b) / min(a, b) <= Reconciler.partRatio
            }
            // A running figure that another report gave on an earlier day is a stale figure
            // carried over (one report still has yesterday's 38,000 acres), not a disagreement
            // about today. (Positions in a negotiation move by the week; a repeated one is news.)
            func stale(_ i: Int, before day: Int) -> Bool {
                guard fact.changeGap == 1, let v = values[i] else { return false }
                return claims.indices.contains { k in
                    guard let t = time(of: claims[k]), t < day, claims[k].documentIndex != claims[i].documentIndex,
                          let w = values[k] else { return false }
                    return v.compatible(with: w)
                }
            }
            let sameDay = clashes.filter { i, j in
                guard let ti = time(of: claims[i]), let tj = time(of: claims[j]) else { return false }
                guard Swift.abs(ti - tj) < fact.changeGap, comparable(i, j) else { return false }
                return !stale(i, before: min(ti, tj)) && !stale(j, before: min(ti, tj))
            }
            // A running total that is clearly lower on a later day, between two claims that state
            // one tally on strong evidence.
            // A fall is read from one pair alone, so it needs a margin of evidence above the
            // conflict threshold (a part and a whole, "23 new cases" after "35 cases", look alike).
            let fellPairs = !fact.isCumulative ? [] : clashes.filter { i, j in
                // "Dozens of infections" is too loose to show that a tally of 140 fell, and a figure
                // one report gives a named owner ("the Ridge fire, which destroyed 300") may be
                // another thing's than the unnamed ones.
                guard claims[i].mention.hedge != .vague, claims[j].mention.hedge != .vague,
                      claims[i].subject == claims[j].subject else { return false }
                guard let ti = time(of: claims[i]), let tj = time(of: claims[j]), ti != tj,
                      let vi = values[i]?.midpoint, let vj = values[j]?.midpoint, comparable(i, j),
                      (fact.clashScores[ClaimPair(claims[i].id, claims[j].id)] ?? .infinity) >= Reconciler.fallMargin else { return false }
                guard let a = values[i], let b = values[j] else { return false }
                return (ti < tj) != (vi < vj) && Reconciler.clearlyLower(a, b, earlierFirst: ti < tj)
            }
            let fell = !fellPairs.isEmpty
            if sameDay.isEmpty, !fell {
                let dated = clashes.contains { time(of: claims[$0.0]) != nil && time(of: claims[$0.1]) != nil }
                guard dated else {
                    assessment.reasons = [.undated]
                    return assessment
                }
                assessment.verdict = .changed
                assessment.severity = .note
                assessment.reasons = [fact.isCumulative ? .runningTotalGrew : .figureMoved]
                return assessment
            }
            assessment.verdict = .conflict
            assessment.severity = .error
            assessment.reasons = [.valuesClash] + (fell ? [.runningTotalFell] : [])
            assessment.disagreements = (sameDay + fellPairs).map { ClaimPair(claims[$0.0].id, claims[$0.1].id) }
            assessment.spread = Reconciler.spread(Set((sameDay + fellPairs).flatMap { [$0.0, $0.1] }).sorted().map { values[$0] })
            if !sameDay.isEmpty, let parties = partiesDisagreeing(claims, sameDay) {
                assessment.reasons.append(.partiesDisagree(parties: parties))
                assessment.severity = .warning
            }
            return assessment
        }
        if planSuperseded(fact, claims, clashes) {
            // When a plan gave way to what happened, what happened is the value to trust.
            let done = claims.filter { $0.modality != .planned }
            if !done.isEmpty, done.count < claims.count {
                let latest = bestGroup(ValueGroups.groups(done, done.map { ClaimValue($0) }), fact: fact)
                assessment.bestClaimIDs = latest.map(\.id)
                assessment.bestClaimID = mostPrecise(latest)?.id
                assessment.supportingSources = independentSources(latest)
            }
            assessment.verdict = .changed
            assessment.severity = .warning
            assessment.reasons = [.planSuperseded]
            return assessment
        }
        if acknowledgedChange(claims, values, clashes, siblings: siblings) {
            assessment.verdict = .changed
            assessment.severity = .warning
            assessment.reasons = [.acknowledgedChange]
            return assessment
        }
        assessment.verdict = .conflict
        assessment.severity = .error
        assessment.reasons = [.valuesClash]
        assessment.disagreements = clashes.map { ClaimPair(claims[$0.0].id, claims[$0.1].id) }
        // How far apart the disagreeing claims are (not every claim of the fact).
        let involved = Set(clashes.flatMap { [$0.0, $0.1] }).sorted()
        assessment.spread = Reconciler.spread(involved.map { values[$0] })
        if fact.dimension == .holder, clashes.allSatisfy({ i, j in
            guard case let .person(a)? = values[i], case let .person(b)? = values[j] else { return false }
            return ClaimValue.spelledDifferently(a, b)
        }) {
            assessment.reasons.append(.nameSpelledDifferently)
            assessment.severity = .warning
        }
        if let parties = partiesDisagreeing(claims, clashes) {
            assessment.reasons.append(.partiesDisagree(parties: parties))
            assessment.severity = .warning
        }
        return assessment
    }

    /// Facts with more claims than this are judged on the clashes alignment found, not all pairs.
    static let allPairsLimit = 200

    /// Evidence above the conflict threshold (log-odds) a pair needs to show a running total fell.
    static let fallMargin = 1.0

    /// Two same-day figures of a running tally this many times apart are a whole and a part.
    static let partRatio = 4.0

    static func isPrecise(_ c: Claim) -> Bool {
        if c.dimension == .time { return true } // a clock time names minutes, not a container of days
        guard let r = c.mention.date?.interval else { return false }
        return r.upperBound.dayNumber - r.lowerBound.dayNumber <= 7 && !c.dateIsContainer
    }

    /// Whether two claims hold far enough apart in time for a moving figure to have moved.
    func timeApart(_ a: Claim, _ b: Claim, gap: Int) -> Bool {
        guard let x = time(of: a), let y = time(of: b) else { return false }
        return Swift.abs(x - y) >= gap
    }

    /// For a fall in a running total to count, the later value must sit clearly below the earlier
    /// one: both precise enough to say so.
    static func clearlyLower(_ a: ClaimValue, _ b: ClaimValue, earlierFirst: Bool) -> Bool {
        let (early, late) = earlierFirst ? (a, b) : (b, a)
        guard case let .interval(el, _) = early, case let .interval(_, lh) = late else { return false }
        return lh < el
    }

    /// The parties behind the clashes, when every clash sets two different credited parties
    /// against each other.
    func partiesDisagreeing(_ claims: [Claim], _ clashes: [(Int, Int)]) -> [String]? {
        let all = clashes.allSatisfy { i, j in
            guard let a = claims[i].attribution, let b = claims[j].attribution else { return false }
            return a.key != b.key
        }
        guard all else { return nil }
        return Array(Set(clashes.flatMap { [claims[$0.0].attribution?.party ?? "", claims[$0.1].attribution?.party ?? ""] })).sorted()
    }

    /// Two claims speak for different sides when they come from different documents, or from one
    /// document that credits them to different parties ("police said 23"; "the Red Cross said 31").
    /// A document that contradicts itself about a person's party or job is its own other side.
    static func differentSides(_ a: Claim, _ b: Claim) -> Bool {
        if a.documentIndex != b.documentIndex { return true }
        if Comparability.isPersonAttribute(a.dimension), a.mention.range != b.mention.range || a.party != b.party { return true }
        guard let x = a.attribution, let y = b.attribution else { return false }
        return x.key != y.key
    }

    /// How many sides a set of claims has: documents, counting each credited party of one document apart.
    static func sides(_ claims: [Claim]) -> Int {
        let documents = Set(claims.map(\.documentIndex)).count
        guard documents == 1 else { return documents }
        if let first = claims.first, Comparability.isPersonAttribute(first.dimension) {
            // One report giving one person two parties speaks against itself.
            let values = Set(claims.compactMap { $0.party ?? $0.person?.key })
            if first.dimension == .party, values.count > 1 { return values.count }
        }
        return max(1, Set(claims.compactMap { $0.attribution?.key }).count)
    }

    /// Every clash sets a plan against a later report of what happened (dates and places only).
    func planSuperseded(_ fact: Fact, _ claims: [Claim], _ clashes: [(Int, Int)]) -> Bool {
        guard fact.kind == .date || fact.kind == .place else { return false }
        return clashes.allSatisfy { i, j in
            let (a, b) = (claims[i], claims[j])
            guard a.modality != b.modality, a.modality != .unspecified || b.modality != .unspecified else { return false }
            let (plan, done) = a.modality == .planned ? (a, b) : (b, a)
            guard plan.modality == .planned, done.modality != .planned, let p = plan.asOf, let d = done.asOf else { return false }
            return p <= d
        }
    }

    /// A later report that gives the earlier figure as what it used to be ("a 36% raise, down from
    /// 40% at the start of talks") explains the difference: the figure moved.
    func acknowledgedChange(_ claims: [Claim], _ values: [ClaimValue?], _ clashes: [(Int, Int)], siblings: [Fact]) -> Bool {
        let earlier = siblings.filter { $0.phase == .previous || $0.phase == .initial }.flatMap(\.claims)
        guard !earlier.isEmpty else { return false }
        return clashes.allSatisfy { i, j in
            guard let ti = claims[i].asOf, let tj = claims[j].asOf, ti != tj else { return false }
            let (old, new) = ti < tj ? (i, j) : (j, i)
            guard let oldValue = values[old] else { return false }
            return earlier.contains { c in
                c.documentIndex == claims[new].documentIndex && (ClaimValue(c)?.compatible(with: oldValue) ?? false)
            }
        }
    }

    /// The group backed by the most independent outlets, then by the most claims. For a running
    /// total, the best value is the latest one: groups are first ranked by the latest day they
    /// hold on. (A position such as a demand is not: a later stale figure must not win.)
    func bestGroup(_ groups: [[Claim]], fact: Fact) -> [Claim] {
        groups.enumerated().max { a, b in
            if fact.isCumulative {
                let ta = a.element.compactMap { time(of: $0) }.max() ?? Int.min
                let tb = b.element.compactMap { time(of: $0) }.max() ?? Int.min
                if ta != tb { return ta < tb }
            }
            let sa = independentSources(a.element).count, sb = independentSources(b.element).count
            if sa != sb { return sa < sb }
            if a.element.count != b.element.count { return a.element.count < b.element.count }
            return a.offset > b.offset
        }?.element ?? []
    }

    func orderedGroups(_ groups: [[Claim]], best: [Claim]) -> [[Claim]] {
        let bestIDs = Set(best.map(\.id))
        return groups.filter { g in g.contains { bestIDs.contains($0.id) } } + groups.filter { g in !g.contains { bestIDs.contains($0.id) } }
    }

    /// The claim that states a value most precisely: a bare figure first, then the narrowest;
    /// for dates, a whole-event date of the fewest days.
    func mostPrecise(_ group: [Claim]) -> Claim? {
        guard let first = group.first else { return nil }
        if first.kind == .date || first.kind == .daterange {
            return group.filter { $0.datePart == .whole }.min { a, b in
                let wa = a.mention.date?.interval.map { $0.upperBound.dayNumber - $0.lowerBound.dayNumber } ?? Int.max
                let wb = b.mention.date?.interval.map { $0.upperBound.dayNumber - $0.lowerBound.dayNumber } ?? Int.max
                return wa < wb
            } ?? first
        }
        return group.min { a, b in
            let wa = ClaimValue(a)?.width ?? .infinity, wb = ClaimValue(b)?.width ?? .infinity
            return (a.mention.hedge == .exact ? 0 : 1, wa) < (b.mention.hedge == .exact ? 0 : 1, wb)
        } ?? first
    }

    /// Distinct outlets, leaving out claims that say they relay another outlet's report.
    func independentSources(_ claims: [Claim]) -> [String] {
        let own = claims.filter { !($0.attribution?.isRelay ?? false) }
        return Array(Set((own.isEmpty ? claims : own).map(source))).sorted()
    }

    /// Relative distance between the furthest midpoints (for dates: days between the last days
    /// of the claims that give one exactly). Never crashes on huge or infinite values: a spread
    /// that cannot be computed is nil and the figures are reported as written.
    static func spread(_ values: [ClaimValue?]) -> Double? {
        var lo = Double.infinity, hi = -Double.infinity
        var ends: [Int] = []
        var sawDays = false
        for v in values.compactMap({ $0 }) {
            switch v {
            case let .interval(a, b):
                // An open side ("more than 9,000") has no midpoint to measure from.
                guard a.isFinite, b.isFinite, let m = v.midpoint else { continue }
                lo = min(lo, m); hi = max(hi, m)
            case .range, .unitful:
                if let m = v.midpoint, m.isFinite { lo = min(lo, m); hi = max(hi, m) }
            case .clock:
                return nil
            case let .days(_, e):
                sawDays = true
                if e.lowerBound == e.upperBound { ends.append(e.upperBound) }
            case .words, .role, .person, .party, .weekday:
                return nil
            }
        }
        if sawDays { return Double((ends.max() ?? 0) - (ends.min() ?? 0)) }
        guard lo.isFinite, hi.isFinite else { return nil }
        if lo == 0 { return hi == 0 ? 0 : 1 }
        let s = (hi - lo) / Swift.abs(lo)
        return s.isFinite ? s : nil
    }
}

extension ValueGroups {
    /// Claims grouped by values that can all hold together.
    static func groups(_ claims: [Claim], _ values: [ClaimValue?]) -> [[Claim]] {
        indices(Array(claims.indices), values: values).map { $0.map { claims[$0] } }
    }
}
