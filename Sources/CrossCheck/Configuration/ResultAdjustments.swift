/// Applies a configuration's judgement to a check result after reconciliation: a tolerance below
/// which numeric conflicts count as consistent, then severity overrides per verdict. Pure.
extension Configuration {
    /// Kinds whose spread is a relative numeric distance (dates count days; names have none).
    static let numericKinds: Set<FactKind> = [.money, .count, .number, .percent, .multiple, .duration]

    public func apply(to result: CheckResult) -> CheckResult {
        guard tolerance > 0 || !severities.isEmpty else { return result }
        var adjusted = result
        adjusted.facts = result.facts.map(adjust)
        adjusted.facts.sort(by: CheckResult.reportOrder)
        return adjusted
    }

    func adjust(_ fact: AssessedFact) -> AssessedFact {
        var f = fact
        if tolerance > 0, f.assessment.verdict == .conflict, Configuration.numericKinds.contains(f.fact.kind),
           let spread = f.assessment.spread, spread < tolerance {
            f.assessment.verdict = .consistent
            f.assessment.severity = .note
            f.assessment.explanation += " Within the configured tolerance of \(Reconciler.percent(tolerance)), so counted as consistent."
        }
        if let severity = severities[f.assessment.verdict] { f.assessment.severity = severity }
        return f
    }
}
