/// The wording of decisions: reconciliation and alignment return typed reasons and evidence; every
/// sentence a report shows about them is written here, so each format says the same thing.
extension CheckResult {
    func claim(_ id: String, in f: AssessedFact) -> Claim? { f.fact.claims.first { $0.id == id } }

    func source(_ c: Claim) -> String { document(c).displaySource }

    /// The best-supported value in words: the most precise claim's wording, and for dates the days
    /// it means.
    public func bestValue(_ f: AssessedFact) -> String? {
        guard let id = f.assessment.bestClaimID, let c = claim(id, in: f) else { return nil }
        return valueText(c)
    }

    func valueText(_ c: Claim) -> String {
        if c.kind == .date || c.kind == .daterange { return "\(quote(c)) (\(ValueFormatter.understood(c.mention)))" }
        if c.dimension == .holder, let p = c.person { return p.written }
        if c.dimension == .party, let p = c.party { return Wording.party(p) }
        return quote(c)
    }

    /// Why the verdict: one paragraph of plain sentences.
    public func explanation(_ f: AssessedFact) -> String {
        let a = f.assessment
        var text = ""
        let groups = a.groups.map { ids in ids.compactMap { claim($0, in: f) } }.filter { !$0.isEmpty }
        let groupsText = groups.map { g -> String in
            let best = g.first { $0.id == a.bestClaimID } ?? g.min { $0.mention.hedge == .exact && $1.mention.hedge != .exact } ?? g[0]
            let sources = Array(Set(g.map(source))).sorted()
            // Past four outlets the names crowd out the values: say how many.
            return "\(valueText(best)) (\(sources.count > 4 ? "\(sources.count) sources" : sources.joined(separator: ", ")))"
        }.joined(separator: " vs ")
        for reason in a.reasons {
            switch reason {
            case .draftAgainstSources:
                text += "The draft against the sources' best-supported value: "
            case .noSourceStates:
                text += "No source states this; only the draft does. "
            case .sourcesLessPrecise:
                text += "The sources say less than the draft: \(groupsText). None of them gives the draft's figure as precisely. "
            case .changeNoSourceReports:
                text += " The draft is no older than its sources, and none of them reports this change."
            case let .oneSide(n):
                text += "Only \(source(f.fact.claims[0])) states this\(n > 1 ? " (\(n) times)" : "")."
            case .valuesAgree:
                let sources = independentSources(f.fact.claims)
                let names = sources.count > 4 ? "" : " (\(sources.joined(separator: ", ")))"
                text += "\(sources.count) independent source\(sources.count == 1 ? "" : "s")\(names) give values that can all hold."
            case .valuesClash:
                text += "\(groupsText) cannot all hold"
                if let spread = a.spread {
                    text += f.fact.kind == .date ? " (\(Int(spread)) day\(spread == 1 ? "" : "s") apart)" : " (\(Wording.percent(spread)) apart)"
                }
                text += "."
            case .undated:
                text += "\(groupsText) differ, but the figure moves with time and some of these reports give no date, so they cannot be compared."
            case .runningTotalFell:
                text += " A later figure is lower than an earlier one, which a running total should not be: check the sources."
            case let .partiesDisagree(parties):
                text += " Each figure is credited to a different party (\(parties.joined(separator: "; "))): the parties disagree."
            case .nameSpelledDifferently:
                text += " The names look like one name spelled two ways: check the spelling."
            case .planSuperseded:
                text += "\(groupsText) differ, but the earlier report gave a plan and the later one reports what happened: the plan changed."
            case .runningTotalGrew, .figureMoved:
                text += "The figure moves with time: " + movingPath(f).joined(separator: " → ") + "."
                if case .runningTotalGrew = reason { text += " A running total that grew." }
            case .acknowledgedChange:
                text += "\(groupsText) differ, but the later report itself gives the earlier figure as superseded: the figure moved."
            case let .withinTolerance(t):
                text += " Within the configured tolerance of \(Wording.percent(t)), so counted as consistent."
            }
        }
        return text.trimmingLeadingSpace()
    }

    /// A moving figure's values in order of time, a run of reports that give one value on one
    /// day (or on consecutive days) said once: "14 people (12 reports, 2025-09-02) → 22 people
    /// (18 reports, 2025-09-03) → 29 people (30 reports, 2025-09-04 to 2025-09-05)".
    func movingPath(_ f: AssessedFact) -> [String] {
        let ordered = f.fact.claims.sorted { (ClaimAligner.heldOn($0)?.dayNumber ?? 0, $0.documentIndex) < (ClaimAligner.heldOn($1)?.dayNumber ?? 0, $1.documentIndex) }
        var groupOf: [String: Int] = [:]
        for (i, g) in f.assessment.groups.enumerated() { for id in g { groupOf[id] = i } }
        var runs: [[Claim]] = []
        for c in ordered {
            if let last = runs.last?.last, groupOf[last.id] == groupOf[c.id], groupOf[c.id] != nil {
                runs[runs.count - 1].append(c)
            } else {
                runs.append([c])
            }
        }
        return runs.map { run in
            let first = run[0]
            let days = run.compactMap { ClaimAligner.heldOn($0) }
            let when: String
            if let lo = days.min(), let hi = days.max() { when = lo == hi ? lo.description : "\(lo) to \(hi)" } else { when = "undated" }
            let docs = Set(run.map(\.documentIndex)).count
            let who = docs == 1 ? source(first) : "\(docs) reports"
            let exact = run.first { $0.mention.hedge == .exact } ?? first
            return "\(quote(exact)) (\(who), \(when))"
        }
    }

    func independentSources(_ claims: [Claim]) -> [String] {
        let own = claims.filter { !($0.attribution?.isRelay ?? false) }
        return Array(Set((own.isEmpty ? claims : own).map(source))).sorted()
    }

    /// Why the claims were put together, as a list of the evidence.
    public func alignedBecause(_ f: AssessedFact) -> String {
        let e = f.fact.evidence
        var parts: [String] = []
        if let p = e.person { parts.append("same person (\(p))") }
        if let r = e.role { parts.append("same job (\(r))") }
        if let c = e.concept {
            let cues = e.cues.filter { $0 != c }
            parts.append("same measure (\(c)\(cues.isEmpty ? "" : " ≈ " + cues.map { "\"\($0)\"" }.joined(separator: ", ")))")
        }
        if let ev = e.event, let hash = ev.firstIndex(of: "#") { parts.append("same event (\(ev[..<hash]), round \(ev[ev.index(after: hash)...]))") }
        if let s = e.subject { parts.append("same subject (\(EntityLexicon.displayName(s)))") }
        if f.fact.claims.count > 1 {
            if e.contentShare > 0 {
                var words = "\(Int((e.contentShare * 100).rounded()))% of content words shared"
                if !e.sharedWords.isEmpty { words += " (" + e.sharedWords.prefix(3).joined(separator: ", ") + ")" }
                parts.append(words)
            }
            if e.sameDay { parts.append("same day") }
        }
        if f.fact.phase != .unspecified { parts.append("same phase (\(f.fact.phase.rawValue))") }
        if f.fact.period != .unspecified { parts.append("same period (\(f.fact.period.rawValue))") }
        if parts.isEmpty { parts.append(f.fact.claims.count > 1 ? "values and wording agree" : "one claim") }
        return parts.joined(separator: "; ")
    }
}

enum Wording {
    static func percent(_ x: Double) -> String {
        let p = x * 100
        // A spread or tolerance beyond Int's range ("tolerance": 1e17) is written as a figure.
        guard p.isFinite, Swift.abs(p) < 1e15 else { return ValueFormatter.number(p) + "%" }
        if p >= 10 { return "\(Int(p.rounded()))%" }
        let tenths = Int((p * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func party(_ code: String) -> String {
        switch code {
        case "D": return "Democrat"
        case "R": return "Republican"
        case "I": return "Independent"
        default: return code
        }
    }
}

extension String {
    func trimmingLeadingSpace() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        return String(s)
    }
}
