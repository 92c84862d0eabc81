/// Applies a configuration's judgement to a check result after reconciliation: a tolerance below
/// which numeric conflicts count as consistent, then severity overrides per verdict. Pure.
extension Configuration {
    /// The same adjustments on facts assessed elsewhere (`reconcile`), in report order.
    public func apply(to facts: [AssessedFact]) -> [AssessedFact] {
        guard tolerance > 0 || !severities.isEmpty else { return facts }
        return facts.map(adjust).sorted(by: CheckResult.reportOrder)
    }

    public func apply(to result: CheckResult) -> CheckResult {
        guard tolerance > 0 || !severities.isEmpty else { return result }
        var adjusted = result
        adjusted.facts = result.facts.map(adjust)
        adjusted.facts.sort(by: CheckResult.reportOrder)
        return adjusted
    }

    func adjust(_ fact: AssessedFact) -> AssessedFact {
        var f = fact
        if tolerance > 0, f.assessment.verdict == .conflict, f.fact.dimension.isNumeric,
           let spread = f.assessment.spread, spread < tolerance {
            f.assessment.verdict = .consistent
            f.assessment.severity = .note
            f.assessment.reasons.append(.withinTolerance(tolerance))
        }
        if let severity = severities[f.assessment.verdict] { f.assessment.severity = severity }
        return f
    }
}
