/// SARIF 2.1.0 as GitHub code scanning accepts it: one rule per kind of finding, one result per
/// open finding with its primary claim as the location and the other documents' claims as related
/// locations, and a fingerprint from the fact's stable ID (never from line numbers).
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    struct Rule {
        var id: String
        var name: String
        var short: String
        var full: String
        var help: String
        var level: Severity
    }

    static let rules: [Rule] = [
        Rule(id: "conflict", name: "SourcesConflict",
             short: "Reports disagree on a fact",
             full: "Two or more documents state the same fact with values that cannot all hold, even allowing for rounding and hedges.",
             help: "Open each quoted sentence, decide which value is right and correct or annotate the others. If the disagreement is known and accepted, add the finding to the baseline (crosscheck check --write-baseline).",
             level: .error),
        Rule(id: "changed", name: "FactChanged",
             short: "A fact changed over time",
             full: "Documents give different values for a fact, but time explains it: a plan superseded by what happened, or a figure that grew.",
             help: "Check that the later value is reported as an update and that nothing still presents the earlier value as current.",
             level: .warning),
        Rule(id: "unsupported", name: "DraftClaimUnsupported",
             short: "A draft states a fact no source states",
             full: "When checking a draft, a claim in the draft that no source document states: it cannot be checked against the sources.",
             help: "Add a source for the claim or check it by other means.",
             level: .note),
    ]

    public init() {}

    public func report(_ result: CheckResult, context: ReportContext) -> String {
        reportValue(result, context: context).serialized()
    }

    public func reportValue(_ result: CheckResult, context: ReportContext) -> JSONValue {
        let results = Findings.open(result, context).map { self.result($0, result, context) }
        var run: [(String, JSONValue)] = [
            ("tool", .object([("driver", .object([
                ("name", .string("crosscheck")),
                ("version", .string(CrossChecker.version)),
                ("semanticVersion", .string(CrossChecker.version)),
                ("rules", .array(SARIFReporter.rules.map(SARIFReporter.rule))),
            ]))])),
            ("columnKind", .string("unicodeCodePoints")),
        ]
        if let stale = context.gate?.stale, !stale.isEmpty {
            let notes: [JSONValue] = stale.map { e in
                .object([("level", .string("note")),
                         ("message", .object([("text", .string(SARIFReporter.staleMessage(e, context)))]))])
            }
            run.append(("invocations", .array([.object([("executionSuccessful", .bool(true)),
                                                        ("toolExecutionNotifications", .array(notes))])])))
        }
        run.append(("results", .array(results)))
        return .object([
            ("$schema", .string(SARIFReporter.schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ])
    }

    static func staleMessage(_ e: BaselineEntry, _ context: ReportContext) -> String {
        "Baseline entry \(e.id) (\(e.label)) no longer matches a finding; remove it from \(context.gate?.baselineFile ?? "the baseline")."
    }

    static func rule(_ r: Rule) -> JSONValue {
        .object([
            ("id", .string(r.id)),
            ("name", .string(r.name)),
            ("shortDescription", .object([("text", .string(r.short))])),
            ("fullDescription", .object([("text", .string(r.full))])),
            ("help", .object([("text", .string(r.help))])),
            ("defaultConfiguration", .object([("level", .string(level(r.level)))])),
        ])
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    static func ruleIndex(_ f: AssessedFact) -> Int {
        switch f.assessment.verdict {
        case .conflict: return 0
        case .changed: return 1
        default: return 2
        }
    }

    func result(_ f: AssessedFact, _ result: CheckResult, _ context: ReportContext) -> JSONValue {
        let primary = Findings.primary(f, context)
        let others = f.fact.claims.filter { $0.id != primary.id }
        let index = SARIFReporter.ruleIndex(f)
        var text = "\(SARIFReporter.escape(f.label)): \(SARIFReporter.escape(result.document(primary).displaySource)) says “\(SARIFReporter.escape(result.quote(primary)))”."
        if !others.isEmpty {
            let links = others.enumerated().map { i, c in
                "[\(SARIFReporter.escape(result.document(c).displaySource)): \(SARIFReporter.escape(result.quote(c)))](\(i + 1))"
            }
            text += " Other reports: " + links.joined(separator: "; ") + "."
        }
        if let best = result.bestValue(f), !f.assessment.bestClaimIDs.contains(primary.id), f.assessment.verdict != .singleSource {
            text += " Best supported: \(SARIFReporter.escape(best)) (\(SARIFReporter.escape(f.assessment.supportingSources.joined(separator: ", "))))."
        }
        text += " " + SARIFReporter.escape(result.explanation(f))
        var fields: [(String, JSONValue)] = [
            ("ruleId", .string(SARIFReporter.rules[index].id)),
            ("ruleIndex", .int(index)),
            ("level", .string(SARIFReporter.level(f.assessment.severity))),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([.object([("physicalLocation", physical(primary, result, context))])])),
        ]
        if !others.isEmpty {
            fields.append(("relatedLocations", .array(others.enumerated().map { i, c in
                .object([
                    ("id", .int(i + 1)),
                    ("physicalLocation", physical(c, result, context)),
                    ("message", .object([("text", .string("\(result.document(c).displaySource) (\(result.document(c).metadata.published?.description ?? "undated")): \(result.quote(c))"))])),
                ])
            })))
        }
        fields.append(("partialFingerprints", .object([("crosscheckFactId/v1", .string(f.id))])))
        var properties: [(String, JSONValue)] = [("factId", .string(f.id)), ("verdict", .string(f.assessment.verdict.rawValue)),
                                                 ("label", .string(f.label))]
        if result.stories.count > 1, f.story < result.stories.count {
            properties += [("story", .string(result.stories[f.story].id)), ("storyLabel", .string(result.stories[f.story].label))]
        }
        fields.append(("properties", .object(properties)))
        return .object(fields)
    }

    func physical(_ c: Claim, _ result: CheckResult, _ context: ReportContext) -> JSONValue {
        let start = result.position(c), end = result.endPosition(c)
        return .object([
            ("artifactLocation", .object([("uri", .string(SARIFReporter.uri(context.artifact(result.document(c)))))])),
            ("region", .object([
                ("startLine", .int(start.line)),
                ("startColumn", .int(start.column)),
                ("endLine", .int(end.line)),
                ("endColumn", .int(end.column)),
            ])),
        ])
    }

    /// A relative URI reference: path segments kept, everything but unreserved characters escaped.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII, c.isLetter || c.isNumber || "-._~/".contains(c) {
                out.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// Square brackets are link syntax in SARIF messages; literal ones are escaped.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch == "[" || ch == "]" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
