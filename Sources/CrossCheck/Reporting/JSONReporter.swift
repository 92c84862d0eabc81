/// The machine-readable report, in the shape of `report.schema.json` (schemaVersion 1). Fields may
/// be added; none may be renamed.
public struct JSONReporter: Reporter {
    public static let identifier = "json"

    public init() {}

    /// A corpus with more documents than this gets its facts one per line (compact JSON inside
    /// the indented report): the same data, a third of the bytes.
    public static let indentFactsUpTo = 1_000

    public func report(_ result: CheckResult, context: ReportContext) -> String {
        var out = ""
        write(result, context: context) { out += $0 }
        return out
    }

    public func reportValue(_ result: CheckResult, context: ReportContext) -> JSONValue {
        var fields = baseFields(result, context: context)
        if let gate = context.gate { fields.append(("gate", JSONReporter.gate(gate, result))) }
        return .object(fields)
    }

    /// The report as a stream: the fields around the facts are built whole, the facts one at a
    /// time, and the text is handed to `emit` in pieces of about a megabyte, so a report of a
    /// large archive never sits in memory whole. The bytes are those of `reportValue` serialised.
    public func write(_ result: CheckResult, context: ReportContext, to emit: (String) -> Void) {
        var fields = baseFields(result, context: context, facts: false)
        if let gate = context.gate { fields.append(("gate", JSONReporter.gate(gate, result))) }
        let factIndent: Int? = result.documents.count <= JSONReporter.indentFactsUpTo ? 2 : nil
        var out = "{"
        for (i, (key, value)) in fields.enumerated() {
            if i > 0 { out += "," }
            out += "\n  "
            JSONValue.escape(key, into: &out)
            out += ": "
            guard key == "facts" else {
                value.write(into: &out, indent: 1)
                continue
            }
            if result.facts.isEmpty { out += "[]"; continue }
            out += "["
            for (k, f) in result.facts.enumerated() {
                if k > 0 { out += "," }
                out += "\n    "
                fact(f, result, accepted: context.gate == nil ? nil : context.isAccepted(f)).write(into: &out, indent: factIndent)
                if out.utf8.count > 1 << 20 { emit(out); out = "" }
            }
            out += "\n  ]"
        }
        out += "\n}\n"
        emit(out)
    }

    /// The gate's outcome: threshold, pass/fail, the failing and accepted fact IDs, stale baseline
    /// entries and, for a draft check, the draft's path.
    static func gate(_ gate: GateOutcome, _ result: CheckResult) -> JSONValue {
        let sortedIDs: ([String]) -> [JSONValue] = { ids in
            ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map(JSONValue.string)
        }
        return .object([
            ("failOn", .string(gate.failOn.rawValue)),
            ("passed", .bool(gate.passed)),
            ("failing", .array(gate.failing.map { .string($0.id) })),
            ("baseline", .optional(gate.baselineFile)),
            ("accepted", .array(sortedIDs(Array(gate.accepted)))),
            ("staleBaselineEntries", .array(gate.stale.map { e in
                .object([("id", .string(e.id)), ("label", .string(e.label)), ("verdict", .string(e.verdict)),
                         ("values", .array(e.values.map(JSONValue.string)))])
            })),
            ("draft", .optional(gate.draftIndex.flatMap { $0 < result.documents.count ? result.documents[$0].document.path : nil })),
        ])
    }

    /// - Parameter facts: false leaves the facts out (an empty array), for `write` to stream.
    func baseFields(_ result: CheckResult, context: ReportContext, facts: Bool = true) -> [(String, JSONValue)] {
        var fields = self.fields(result, context: context, facts: facts)
        // Only when there are some, so that the reports of ordinary corpora keep their shape.
        if !context.skippedFiles.isEmpty {
            let skipped = JSONValue.array(context.skippedFiles.map { .object([("path", .string($0.path)), ("reason", .string($0.reason))]) })
            fields.insert(("skippedFiles", skipped), at: 5)
        }
        return fields
    }

    private func fields(_ result: CheckResult, context: ReportContext, facts: Bool) -> [(String, JSONValue)] {
        [
            ("schemaVersion", .int(1)),
            ("tool", .object([("name", .string("crosscheck")), ("version", .string(CrossChecker.version))])),
            ("corpus", .string(result.corpusName)),
            ("documents", .array(result.documents.map { JSONReporter.document($0.document) })),
            ("ignoredFiles", .array(context.ignoredFiles.map(JSONValue.string))),
            ("stories", .array(result.stories.map { JSONReporter.story($0, result) })),
            ("facts", .array(!facts ? [] : result.facts.map { fact($0, result, accepted: context.gate == nil ? nil : context.isAccepted($0)) })),
            ("summary", .object([
                ("documents", .int(result.documents.count)),
                ("claims", .int(result.claimCount)),
                ("facts", .int(result.facts.count)),
                ("conflicts", .int(result.count(.conflict))),
                ("changed", .int(result.count(.changed))),
                ("consistent", .int(result.count(.consistent))),
                ("singleSource", .int(result.count(.singleSource))),
            ])),
        ]
    }

    /// A story: its stable ID, label, key (when the documents gave one) and documents' paths.
    static func story(_ s: Story, _ result: CheckResult) -> JSONValue {
        .object([
            ("id", .string(s.id)),
            ("label", .string(s.label)),
            ("key", .optional(s.key)),
            ("documents", .array(s.documents.map { .string(result.documents[$0].document.path) })),
        ])
    }

    static func document(_ d: Document) -> JSONValue {
        .object([
            ("path", .string(d.path)),
            ("source", .optional(d.metadata.source)),
            ("published", .optional(d.metadata.published?.description)),
            ("publishedFrom", .optional(d.metadata.publishedFrom?.rawValue)),
            ("url", .optional(d.metadata.url)),
        ])
    }

    func fact(_ f: AssessedFact, _ result: CheckResult, accepted: Bool? = nil) -> JSONValue {
        let a = f.assessment
        let best = Set(a.bestClaimIDs)
        var fields: [(String, JSONValue)] = [
            ("id", .string(f.id)),
            ("story", .optional(f.story < result.stories.count ? result.stories[f.story].id : nil)),
            ("label", .string(f.label)),
            ("kind", .string(f.fact.kind.rawValue)),
            // The schema's verdicts; a draft claim no source states is single-source there, and
            // `finding` says it is unsupported.
            ("verdict", .string(a.verdict == .unsupported ? Verdict.singleSource.rawValue : a.verdict.rawValue)),
            ("finding", .string(a.verdict.rawValue)),
            ("severity", .string(a.severity.rawValue)),
            ("spread", .optional(a.spread)),
            ("explanation", .string(result.explanation(f))),
            ("alignedBecause", .string(result.alignedBecause(f))),
            ("bestValue", .optional(result.bestValue(f))),
            ("supportingSources", .array(a.supportingSources.map(JSONValue.string))),
            ("partiesDisagree", .bool(a.partiesDisagree)),
            ("claims", .array(f.fact.claims.map { JSONReporter.claim($0, result, best: best.contains($0.id), quoteSentence: Gate.isFinding(f)) })),
            // Index pairs into `claims` of the claims whose disagreement a conflict rests on.
            ("disagreements", .array(a.disagreements.compactMap { pair -> JSONValue? in
                guard let i = f.fact.claims.firstIndex(where: { $0.id == pair.first }),
                      let j = f.fact.claims.firstIndex(where: { $0.id == pair.second }) else { return nil }
                return .array([.int(min(i, j)), .int(max(i, j))])
            })),
        ]
        if let accepted { fields.append(("acceptedByBaseline", .bool(accepted))) }
        return .object(fields)
    }

    /// - Parameter quoteSentence: the claim's sentence is quoted only for findings (conflicts and
    ///   changes), where a reader needs it; every claim names it by `sentenceOffset` and
    ///   `sentenceLength`, so the JSON of an archive does not repeat every sentence of it.
    static func claim(_ c: Claim, _ result: CheckResult, best: Bool, quoteSentence: Bool = true) -> JSONValue {
        let pos = result.position(c)
        let doc = result.document(c)
        var fields: [(String, JSONValue)] = [
            ("document", .string(doc.path)),
            ("source", .optional(doc.metadata.source)),
            ("line", .int(pos.line)),
            ("column", .int(pos.column)),
            ("offset", .int(c.mention.range.start)),
            ("length", .int(c.mention.range.length)),
            ("text", .string(result.quote(c))),
            ("sentenceOffset", .int(c.sentence.start)),
            ("sentenceLength", .int(c.sentence.length)),
            ("hedge", .string(c.mention.hedge.rawValue)),
        ]
        if quoteSentence { fields.insert(("sentence", .string(result.sentence(c))), at: 7) }
        fields.append(contentsOf: mentionValueFields(c.mention))
        fields.append(contentsOf: [
            ("understood", .string(ValueFormatter.understood(c.mention))),
            ("comparedAs", .optional(ValueFormatter.comparedAs(c))),
            ("asOf", .optional(c.asOf?.description)),
            ("subject", .optional(c.subject)),
            ("measure", .string(c.measure.description)),
            ("dimension", .string(c.dimension.description)),
            ("phase", .string(c.phase.rawValue)),
            ("period", .string(c.period.rawValue)),
            ("modality", .string(c.modality.rawValue)),
            ("attribution", .optional(c.attribution?.party)),
            ("relay", .bool(c.attribution?.isRelay ?? false)),
            ("supportsBestValue", .bool(best)),
        ])
        return .object(fields)
    }

    /// value / date / duration / person as the extract schema spells them.
    public static func mentionValueFields(_ m: Mention) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = []
        if let d = m.direction { fields.append(("direction", .string(d.rawValue))) }
        if let v = m.value {
            fields.append(("value", .object([("low", .optional(v.low)), ("high", .optional(v.high)),
                                             ("point", .optional(v.point)), ("unit", .optional(v.unit))])))
        }
        if let d = m.date {
            fields.append(("date", .object([("start", .string(d.start.description)), ("end", .string(d.end.description)),
                                            ("resolved", .bool(d.resolved))])))
        }
        if let d = m.duration {
            fields.append(("duration", .object([("low", .optional(d.lowDays)), ("high", .optional(d.highDays)),
                                                ("unit", .string("day")), ("iso", .optional(d.iso))])))
        }
        if let p = m.person {
            fields.append(("person", .object([("name", .string(p.name)), ("role", .optional(p.role)),
                                              ("affiliation", .optional(p.affiliation))])))
        }
        if let n = m.name { fields.append(("name", .string(n))) }
        if let u = m.measurement { fields.append(contentsOf: MeasurementFormatter.jsonFields(u, m.value)) }
        return fields
    }
}
