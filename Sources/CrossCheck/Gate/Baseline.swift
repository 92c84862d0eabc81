import Foundation

/// One accepted finding: matched by its stable fact ID only; the label, verdict and values are for
/// the person reviewing the file.
public struct BaselineEntry: Sendable, Equatable {
    public var id: String
    public var label: String
    public var verdict: String
    /// The values as the documents wrote them, sorted and without repeats.
    public var values: [String]

    public init(id: String, label: String, verdict: String, values: [String]) {
        self.id = id
        self.label = label
        self.verdict = verdict
        self.values = values
    }
}

/// Findings a team has accepted. Written with sorted keys and no line numbers, so it survives
/// edits that move text and its diff is reviewable; a changed value changes the fact ID, so the
/// finding is reported again.
public struct Baseline: Sendable, Equatable {
    public static let version = 1
    public var entries: [String: BaselineEntry] = [:]

    public init(entries: [BaselineEntry] = []) {
        for e in entries { self.entries[e.id] = e }
    }

    /// Every finding (conflict or changed) of a result.
    public static func from(_ result: CheckResult) -> Baseline {
        Baseline(entries: result.facts.filter { Gate.isFinding($0) }.map { f in
            let values = Set(f.fact.claims.map { result.quote($0) })
            return BaselineEntry(id: f.id, label: f.label, verdict: f.assessment.verdict.rawValue,
                                 values: values.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        })
    }

    public func serialized() -> String {
        let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        let findings: [(String, JSONValue)] = sorted.map { id, e in
            (id, .object([("label", .string(e.label)), ("values", .array(e.values.map(JSONValue.string))),
                                 ("verdict", .string(e.verdict))]))
        }
        return JSONValue.object([("findings", .object(findings)), ("tool", .string("crosscheck")),
                                 ("version", .int(Baseline.version))]).serialized()
    }

    public static func parse(_ bytes: [UInt8], file: String) throws -> Baseline {
        let object: Any
        switch JSONInput.parse(bytes) {
        case .success(let value): object = value
        case .failure(let error): throw ConfigurationError(file: file, error.description)
        }
        guard let root = object as? [String: Any] else {
            throw ConfigurationError(file: file, "not a crosscheck baseline (expected a JSON object, got \(JSONInput.typeName(object)))")
        }
        if let v = root["version"], Configuration.integer(v) != version {
            throw ConfigurationError(file: file, "baseline \"version\" must be \(version)")
        }
        guard let findings = root["findings"] as? [String: Any] else {
            throw ConfigurationError(file: file, "not a crosscheck baseline (missing the \"findings\" object)")
        }
        var entries: [BaselineEntry] = []
        for (id, value) in findings {
            let fields = value as? [String: Any] ?? [:]
            entries.append(BaselineEntry(id: id, label: fields["label"] as? String ?? "", verdict: fields["verdict"] as? String ?? "",
                                         values: fields["values"] as? [String] ?? []))
        }
        return Baseline(entries: entries)
    }
}

/// What the gate concluded: which findings the baseline accepts, which baseline entries are stale,
/// which findings remain at or above the threshold, and (for a draft check) which document is the draft.
public struct GateOutcome: Sendable {
    public var failOn: FailThreshold
    /// Fact IDs of findings the baseline accepts.
    public var accepted: Set<String> = []
    /// Baseline entries that match no current finding, sorted by ID: they can be removed.
    public var stale: [BaselineEntry] = []
    /// The baseline file as the user named it, for messages.
    public var baselineFile: String?
    /// The findings that remain after the baseline and make the gate fail.
    public var failing: [AssessedFact] = []
    /// The document index of the draft, when checking a draft.
    public var draftIndex: Int?

    public init(failOn: FailThreshold = .conflict) { self.failOn = failOn }

    public var passed: Bool { failing.isEmpty }
}

public enum Gate {
    /// A finding is a fact the gate can act on: a conflict, a change, or a draft claim no source
    /// states.
    public static func isFinding(_ f: AssessedFact) -> Bool {
        f.assessment.verdict == .conflict || f.assessment.verdict == .changed || f.assessment.verdict == .unsupported
    }

    public static func evaluate(_ result: CheckResult, failOn: FailThreshold, baseline: Baseline? = nil,
                                baselineFile: String? = nil) -> GateOutcome {
        var outcome = GateOutcome(failOn: failOn)
        outcome.baselineFile = baselineFile
        let findings = result.facts.filter(isFinding)
        if let baseline {
            let current = Set(findings.map(\.id))
            outcome.accepted = current.filter { baseline.entries[$0] != nil }
            outcome.stale = baseline.entries.values.filter { !current.contains($0.id) }
                .sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        }
        outcome.failing = findings.filter { !outcome.accepted.contains($0.id) && failOn.fails($0.assessment.verdict) }
        return outcome
    }
}
