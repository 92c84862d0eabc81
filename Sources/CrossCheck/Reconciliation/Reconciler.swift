/// Decides, per fact, whether its claims conflict, changed over time, agree, or come from one
/// document, and explains why.
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

    public func assess(_ fact: Fact, siblings: [Fact] = [], text: (Claim) -> String) -> Assessment {
        let claims = fact.claims
        let values = claims.map { ClaimValue($0) }
        let documentsCount = Reconciler.sides(claims)
        let groups = valueGroups(claims, values)
        let best = bestGroup(groups)
        let supporters = independentSources(best)
        let bestText = bestValueText(best, text: text)

        if documentsCount < 2 {
            return Assessment(verdict: .singleSource, severity: .note, spread: nil, bestClaimIDs: best.map(\.id),
                              supportingSources: supporters, bestValue: bestText, partiesDisagree: false,
                              explanation: "Only \(source(of: claims[0])) states this\(claims.count > 1 ? " (\(claims.count) times)" : "").")
        }
        // Pairs of claims from different documents whose values cannot both hold.
        var clashes: [(Int, Int)] = []
        for i in claims.indices {
            for j in claims.indices where j > i && Reconciler.differentSides(claims[i], claims[j]) {
                // A series weighs only differences between days; same-day ones are their own facts.
                if fact.isSeries, time(of: claims[i]) == time(of: claims[j]) { continue }
                if let a = values[i], let b = values[j], !a.compatible(with: b) { clashes.append((i, j)) }
            }
        }
        let spread = spreadOf(values)
        if clashes.isEmpty {
            let sources = independentSources(claims)
            return Assessment(verdict: .consistent, severity: .note, spread: spread == nil ? nil : 0, bestClaimIDs: best.map(\.id),
                              supportingSources: supporters, bestValue: bestText, partiesDisagree: false,
                              explanation: "\(sources.count) independent source\(sources.count == 1 ? "" : "s") (\(sources.joined(separator: ", "))) give values that can all hold.")
        }
        let groupsText = groups.map { g in
            "\(bestValueText(g, text: text) ?? text(g[0])) (\(Array(Set(g.map(source))).sorted().joined(separator: ", ")))"
        }.joined(separator: " vs ")
        // A series says how a figure moved; same-day disagreements are their own facts.
        if fact.isSeries {
            let ordered = claims.sorted { (time(of: $0) ?? 0, $0.documentIndex) < (time(of: $1) ?? 0, $1.documentIndex) }
            let path = ordered.map { "\(text($0)) (\(source(of: $0)), \(ClaimAligner.heldOn($0)?.description ?? "undated"))" }
            let cumulative = MeasureLexicon.cumulative.contains(fact.measure)
            let fell = clashes.contains { i, j in
                guard let ti = time(of: claims[i]), let tj = time(of: claims[j]), let vi = values[i]?.midpoint, let vj = values[j]?.midpoint else { return false }
                return (ti < tj) != (vi < vj)
            }
            var explanation = "The figure moves with time: " + path.joined(separator: " → ") + "."
            if cumulative && fell { explanation += " Some later figures are lower than earlier ones, which a running total should not be: check the sources." }
            return Assessment(verdict: .changed, severity: cumulative && fell ? .warning : .note, spread: spread, bestClaimIDs: best.map(\.id),
                              supportingSources: supporters, bestValue: bestText, partiesDisagree: false, explanation: explanation)
        }
        if let why = changeExplanation(fact, claims, values, clashes) ?? acknowledgedChange(claims, values, clashes, siblings: siblings) {
            // When a plan gave way to what happened, what happened is the value to trust.
            let done = claims.filter { $0.modality != .planned }
            var latest = best
            if fact.kind == .date || fact.kind == .place, !done.isEmpty, done.count < claims.count {
                latest = bestGroup(valueGroups(done, done.map { ClaimValue($0) }))
            }
            return Assessment(verdict: .changed, severity: .warning, spread: spread, bestClaimIDs: latest.map(\.id),
                              supportingSources: independentSources(latest), bestValue: bestValueText(latest, text: text),
                              partiesDisagree: false, explanation: "\(groupsText) differ, but \(why)")
        }
        let partiesDisagree = clashes.allSatisfy { i, j in
            guard let a = claims[i].attribution, let b = claims[j].attribution else { return false }
            return a.key != b.key
        }
        var explanation = "\(groupsText) cannot all hold"
        if let spread, fact.kind != .date {
            explanation += " (\(Reconciler.percent(spread)) apart)"
        } else if let spread, fact.kind == .date {
            explanation += " (\(Int(spread)) day\(spread == 1 ? "" : "s") apart)"
        }
        explanation += "."
        if partiesDisagree {
            let parties = Array(Set(clashes.flatMap { [claims[$0.0].attribution!.party, claims[$0.1].attribution!.party] })).sorted()
            explanation += " Each figure is credited to a different party (\(parties.joined(separator: "; "))): the parties disagree."
        }
        return Assessment(verdict: .conflict, severity: partiesDisagree ? .warning : .error, spread: spread,
                          bestClaimIDs: best.map(\.id), supportingSources: supporters, bestValue: bestText,
                          partiesDisagree: partiesDisagree, explanation: explanation)
    }

    /// Two claims speak for different sides when they come from different documents, or from one
    /// document that credits them to different parties ("police said 23"; "the Red Cross said 31").
    static func differentSides(_ a: Claim, _ b: Claim) -> Bool {
        if a.documentIndex != b.documentIndex { return true }
        guard let x = a.attribution, let y = b.attribution else { return false }
        return x.key != y.key
    }

    /// How many sides a set of claims has: documents, counting each credited party of one document apart.
    static func sides(_ claims: [Claim]) -> Int {
        let documents = Set(claims.map(\.documentIndex)).count
        guard documents == 1 else { return documents }
        return max(1, Set(claims.compactMap { $0.attribution?.key }).count)
    }

    /// Why time explains every clash, or nil when it does not.
    func changeExplanation(_ fact: Fact, _ claims: [Claim], _ values: [ClaimValue?], _ clashes: [(Int, Int)]) -> String? {
        // A plan superseded: every clash sets a plan against a later report of what happened.
        let planned = clashes.allSatisfy { i, j in
            let (a, b) = (claims[i], claims[j])
            guard a.modality != b.modality, a.modality != .unspecified || b.modality != .unspecified else { return false }
            let (plan, done) = a.modality == .planned ? (a, b) : (b, a)
            guard plan.modality == .planned, done.modality != .planned,
                  let p = plan.asOf, let d = done.asOf else { return false }
            return p <= d
        }
        if planned, fact.kind == .date || fact.kind == .place {
            return "the earlier report gave a plan and the later one reports what happened: the plan changed."
        }
        // A figure that moves with time: different as-of days, and for running totals the later is larger.
        guard fact.kind == .count || fact.kind == .number,
              MeasureLexicon.timeVarying.contains(fact.measure) else { return nil }
        let cumulative = MeasureLexicon.cumulative.contains(fact.measure)
        let ok = clashes.allSatisfy { i, j in
            guard let ti = time(of: claims[i]), let tj = time(of: claims[j]), ti != tj,
                  let vi = values[i]?.midpoint, let vj = values[j]?.midpoint else { return false }
            return !cumulative || (ti < tj) == (vi < vj)
        }
        guard ok else { return nil }
        return cumulative
            ? "they hold at different times and the later figure is larger: a running total that grew."
            : "they hold at different times: the figure changed."
    }

    /// The best-supported value in words: the figure as written, and for dates the days it means,
    /// taken from the group's most precise claim (a whole-event date over "next week").
    func bestValueText(_ group: [Claim], text: (Claim) -> String) -> String? {
        guard let first = group.first else { return nil }
        guard first.kind == .date || first.kind == .daterange else {
            // The most precise wording of the value: "$870 million" over "around $870 million".
            let width: (Claim) -> Double = { c in
                guard case let .interval(a, b)? = ClaimValue(c) else { return .infinity }
                return b - a
            }
            // A bare figure reads best; among equals, the narrowest.
            return text(group.min { ($0.mention.hedge == .exact ? 0 : 1, width($0)) < ($1.mention.hedge == .exact ? 0 : 1, width($1)) } ?? first)
        }
        let precise = group.filter { $0.datePart == .whole }.min { a, b in
            let wa = a.mention.date?.interval.map { $0.upperBound.dayNumber - $0.lowerBound.dayNumber } ?? Int.max
            let wb = b.mention.date?.interval.map { $0.upperBound.dayNumber - $0.lowerBound.dayNumber } ?? Int.max
            return wa < wb
        } ?? first
        return "\(text(precise)) (\(ValueFormatter.understood(precise.mention)))"
    }

    /// A later report that gives the earlier figure as what it used to be ("a 36% raise, down from
    /// 40% at the start of talks") explains the difference: the figure moved.
    func acknowledgedChange(_ claims: [Claim], _ values: [ClaimValue?], _ clashes: [(Int, Int)], siblings: [Fact]) -> String? {
        let earlier = siblings.filter { $0.phase == .previous || $0.phase == .initial }.flatMap(\.claims)
        guard !earlier.isEmpty else { return nil }
        let ok = clashes.allSatisfy { i, j in
            guard let ti = claims[i].asOf, let tj = claims[j].asOf, ti != tj else { return false }
            let (old, new) = ti < tj ? (i, j) : (j, i)
            guard let oldValue = values[old] else { return false }
            return earlier.contains { c in
                c.documentIndex == claims[new].documentIndex && (ClaimValue(c)?.compatible(with: oldValue) ?? false)
            }
        }
        return ok ? "the later report itself gives the earlier figure as superseded: the figure moved." : nil
    }

    /// Groups of claims whose values can all hold together, largest first.
    func valueGroups(_ claims: [Claim], _ values: [ClaimValue?]) -> [[Claim]] {
        var order = Array(claims.indices)
        order.sort { (values[$0]?.midpoint ?? 0, $0) < (values[$1]?.midpoint ?? 0, $1) }
        var groups: [[Int]] = []
        for i in order {
            if let g = groups.firstIndex(where: { group in group.allSatisfy { j in
                guard let a = values[i], let b = values[j] else { return true }
                return a.compatible(with: b)
            } }) {
                groups[g].append(i)
            } else {
                groups.append([i])
            }
        }
        return groups.map { $0.sorted().map { claims[$0] } }
    }

    /// The group backed by the most independent outlets, then by the most claims.
    func bestGroup(_ groups: [[Claim]]) -> [Claim] {
        groups.enumerated().max { a, b in
            let sa = independentSources(a.element).count, sb = independentSources(b.element).count
            if sa != sb { return sa < sb }
            if a.element.count != b.element.count { return a.element.count < b.element.count }
            return a.offset > b.offset
        }?.element ?? []
    }

    /// Distinct outlets, leaving out claims that say they relay another outlet's report.
    func independentSources(_ claims: [Claim]) -> [String] {
        let own = claims.filter { !($0.attribution?.isRelay ?? false) }
        return Array(Set((own.isEmpty ? claims : own).map(source))).sorted()
    }

    func spreadOf(_ values: [ClaimValue?]) -> Double? {
        var lo = Double.infinity, hi = -Double.infinity
        var days: [Int] = []
        for v in values.compactMap({ $0 }) {
            switch v {
            case .interval:
                if let m = v.midpoint { lo = min(lo, m); hi = max(hi, m) }
            case let .days(s, e):
                for bound in [s.lowerBound, s.upperBound, e.lowerBound, e.upperBound]
                where bound != ClaimValue.unbounded.lowerBound && bound != ClaimValue.unbounded.upperBound {
                    days.append(bound)
                }
            case .words, .role:
                return nil
            }
        }
        if !days.isEmpty {
            // For dates: the largest gap between the last days of the claims that give one exactly.
            let ends = values.compactMap { v -> Int? in
                if case let .days(_, e)? = v, e.lowerBound == e.upperBound { return e.upperBound }
                return nil
            }
            return Double((ends.max() ?? 0) - (ends.min() ?? 0))
        }
        guard lo.isFinite, hi.isFinite else { return nil }
        if lo == 0 { return hi == 0 ? 0 : 1 }
        return (hi - lo) / Swift.abs(lo)
    }

    static func percent(_ x: Double) -> String {
        let p = x * 100
        // A spread or tolerance beyond Int's range ("tolerance": 1e17) is written as a figure.
        guard p.isFinite, Swift.abs(p) < 1e15 else { return ValueFormatter.number(p) + "%" }
        if p >= 10 { return "\(Int(p.rounded()))%" }
        let tenths = Int((p * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
