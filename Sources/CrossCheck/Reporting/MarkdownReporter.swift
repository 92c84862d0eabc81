/// The report a fact-checker reads: GitHub-flavoured Markdown that renders in a pull request or a
/// job summary. A short header, then conflicts (the first one on the first screen), changes,
/// corroborated facts, single-source claims (collapsed), and the sources and documents last.
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    /// Characters of a quoted sentence kept on each side of the claim before it is cut with "…".
    public var quoteContext = 60

    public init() {}

    public func report(_ result: CheckResult, context: ReportContext) -> String {
        var out: [String] = []
        let open = result.facts.filter { !context.isAccepted($0) }
        let accepted = result.facts.filter { context.isAccepted($0) }
        let conflicts = open.filter { $0.assessment.verdict == .conflict }
        let changed = open.filter { $0.assessment.verdict == .changed }
        let consistent = open.filter { $0.assessment.verdict == .consistent }
        let single = open.filter { $0.assessment.verdict == .singleSource }
        let draft = context.draftIndex

        out.append("# crosscheck: \(escape(result.corpusName))")
        out.append("")
        var counts = "**\(plural(conflicts.count, "conflict"))** · \(changed.count) changed"
        if draft == nil {
            counts += " · \(consistent.count) corroborated · \(single.count) single-source"
        } else {
            counts += " · \(plural(single.count, "draft claim")) no source states"
        }
        if !accepted.isEmpty { counts += " · \(accepted.count) accepted by the baseline" }
        out.append(counts + "  ")
        out.append(corpusLine(result, context))
        if let gate = context.gate {
            out.append("")
            out.append(gateLine(gate))
        }
        out.append("")

        out.append(draft == nil ? "## Conflicts" : "## Conflicts with the sources")
        out.append("")
        if conflicts.isEmpty { out.append("No conflicts found."); out.append("") }
        for (i, f) in conflicts.enumerated() { out.append(contentsOf: detailed(f, number: i + 1, result, context)) }

        if !changed.isEmpty {
            out.append("## Changed over time")
            out.append("")
            for (i, f) in changed.enumerated() { out.append(contentsOf: detailed(f, number: i + 1, result, context)) }
        }

        if !consistent.isEmpty {
            out.append("## Corroborated")
            out.append("")
            out.append("| fact | value | sources | where |")
            out.append("|---|---|---|---|")
            for f in consistent {
                let sources = f.assessment.supportingSources.joined(separator: ", ")
                let links = f.fact.claims.map { c in
                    "[\(escape(result.document(c).displaySource)) L\(result.position(c).line)](\(target(c, result, context)))"
                }.joined(separator: " · ")
                out.append("| \(escape(f.label)) | \(escape(result.bestValue(f) ?? "")) | \(escape(sources)) | \(links) |")
            }
            out.append("")
        }

        if !single.isEmpty {
            out.append(draft == nil ? "## Single-source claims" : "## Draft claims no source states")
            out.append("")
            let summary = draft == nil ? "\(plural(single.count, "fact")) stated by one document only"
                                       : "\(plural(single.count, "claim")) of the draft that no source states: check them another way"
            out.append("<details><summary>\(summary)</summary>")
            out.append("")
            out.append("| fact | value | source | claim |")
            out.append("|---|---|---|---|")
            for f in single {
                let c = f.fact.claims[0]
                let source = result.document(c).displaySource
                out.append("| \(escape(f.label)) | \(escape(ValueFormatter.understood(c.mention))) | \(escape(source)) | [\(escape(oneLine(result.quote(c))))](\(target(c, result, context))) |")
            }
            out.append("")
            out.append("</details>")
            out.append("")
        }

        if let gate = context.gate {
            out.append(contentsOf: baselineSections(gate, accepted: accepted))
        }

        out.append(contentsOf: sourcesTable(result))
        out.append(contentsOf: documentsTable(result, context))
        return out.joined(separator: "\n")
    }

    // MARK: header

    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// "5 documents from 4 sources, 2020-03-13 to 2020-04-07 · 64 claims".
    func corpusLine(_ result: CheckResult, _ context: ReportContext) -> String {
        let docs = result.documents.map(\.document)
        let sources = Set(docs.map(\.displaySource)).count
        let dates = docs.compactMap { $0.metadata.published?.description }.sorted()
        var line = "\(plural(docs.count, "document")) from \(plural(sources, "source"))"
        if let first = dates.first, let last = dates.last {
            line += first == last ? ", \(first)" : ", \(first) to \(last)"
        }
        let undated = docs.count - dates.count
        if undated > 0 { line += " (\(undated) undated)" }
        line += " · \(plural(result.claimCount, "claim"))"
        if let d = context.draftIndex, d < result.documents.count {
            let doc = result.documents[d].document
            line += " · draft [\(escape(doc.path))](\(context.link(doc))) as of \(doc.metadata.published?.description ?? "undated")"
        }
        return line
    }

    func gateLine(_ gate: GateOutcome) -> String {
        let threshold: String
        switch gate.failOn {
        case .conflict: threshold = "fails on conflicts"
        case .changed: threshold = "fails on conflicts and changes"
        case .unsupported: threshold = "fails on conflicts, changes and unsupported draft claims"
        case .never: threshold = "never fails"
        }
        let verdict = gate.passed ? "**Gate: passed**" : "**Gate: failed** (\(plural(gate.failing.count, "open finding")))"
        var line = "\(verdict) · \(threshold)"
        if let file = gate.baselineFile {
            line += " · baseline `\(file)`: \(gate.accepted.count) accepted"
            if !gate.stale.isEmpty { line += ", \(gate.stale.count) no longer matching" }
        }
        return line
    }

    // MARK: findings

    func detailed(_ f: AssessedFact, number: Int, _ result: CheckResult, _ context: ReportContext) -> [String] {
        let a = f.assessment
        var out: [String] = []
        out.append("### \(number). \(escape(f.label))")
        out.append("")
        var facts: [String] = []
        if let best = result.bestValue(f) {
            facts.append("**Best supported:** \(escape(best)) (\(escape(a.supportingSources.joined(separator: ", "))))")
        }
        if let spread = a.spread {
            facts.append(f.fact.kind == .date ? "\(Int(spread)) day\(spread == 1 ? "" : "s") apart" : "spread \(Wording.percent(spread))")
        }
        facts.append(a.severity.rawValue)
        facts.append("`\(f.id)`")
        out.append(facts.joined(separator: " · "))
        out.append("")
        out.append("| source | date | as written | understood | quote |")
        out.append("|---|---|---|---|---|")
        let best = Set(a.bestClaimIDs)
        for c in f.fact.claims {
            let doc = result.document(c)
            var understood = ValueFormatter.understood(c, in: f.fact)
            if c.modality == .planned { understood += " (planned)" }
            if let attribution = c.attribution { understood += attribution.isRelay ? " (relays \(attribution.party))" : " (per \(attribution.party))" }
            let marker = best.contains(c.id) && a.verdict != .singleSource ? " ✓" : ""
            out.append("| \(escape(doc.displaySource))\(marker) | \(doc.metadata.published?.description ?? "undated") | \(escape(oneLine(result.quote(c)))) | \(escape(understood)) | [\(quote(c, result))](\(target(c, result, context))) |")
        }
        out.append("")
        out.append("**Why:** \(escape(result.explanation(f))) *Aligned because:* \(escape(result.alignedBecause(f))).")
        out.append("")
        return out
    }

    /// The claim's sentence with the claim in bold, cut around it when long.
    func quote(_ c: Claim, _ result: CheckResult) -> String {
        let text = result.documents[c.documentIndex].document.text
        let sentence = c.sentence, range = c.mention.range
        guard sentence.start <= range.start, range.end <= sentence.end else {
            return "“" + escape(oneLine(result.sentence(c))) + "”"
        }
        var before = oneLine(text.string(ByteRange(sentence.start, range.start)))
        var after = oneLine(text.string(ByteRange(range.end, sentence.end)))
        if before.count > quoteContext {
            let cut = before.suffix(quoteContext)
            before = "…" + (cut.firstIndex(of: " ").map { String(cut[cut.index(after: $0)...]) } ?? String(cut))
        }
        if after.count > quoteContext {
            let cut = after.prefix(quoteContext)
            after = (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
        }
        let claim = oneLine(result.quote(c))
        return "“" + escape(before) + "**" + escape(claim) + "**" + escape(after) + "”"
    }

    func target(_ c: Claim, _ result: CheckResult, _ context: ReportContext) -> String {
        linkTarget(context.link(result.document(c))) + "#L\(result.position(c).line)"
    }

    /// Spaces and parentheses would end a Markdown link target.
    func linkTarget(_ path: String) -> String {
        var out = ""
        for ch in path {
            switch ch {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            default: out.append(ch)
            }
        }
        return out
    }

    // MARK: baseline, sources, documents

    func baselineSections(_ gate: GateOutcome, accepted: [AssessedFact]) -> [String] {
        var out: [String] = []
        if !accepted.isEmpty {
            out.append("## Accepted by the baseline")
            out.append("")
            out.append("<details><summary>\(plural(accepted.count, "finding")) accepted in `\(gate.baselineFile ?? "baseline")`</summary>")
            out.append("")
            for f in accepted { out.append("- `\(f.id)` \(escape(f.label)) (\(f.assessment.verdict.rawValue))") }
            out.append("")
            out.append("</details>")
            out.append("")
        }
        if !gate.stale.isEmpty {
            out.append("## Baseline entries that no longer match")
            out.append("")
            out.append("Remove these from `\(gate.baselineFile ?? "the baseline")`: the findings they accepted are gone or their values changed.")
            out.append("")
            for e in gate.stale { out.append("- `\(e.id)` \(escape(e.label)) (\(escape(e.verdict)): \(escape(e.values.joined(separator: " / "))))") }
            out.append("")
        }
        return out
    }

    func sourcesTable(_ result: CheckResult) -> [String] {
        var order: [String] = []
        var documents: [String: Int] = [:], checked: [String: Int] = [:], agreeing: [String: Int] = [:]
        for doc in result.documents {
            let s = doc.document.displaySource
            if documents[s] == nil { order.append(s) }
            documents[s, default: 0] += 1
        }
        for f in result.facts where f.assessment.verdict != .singleSource {
            let best = Set(f.assessment.bestClaimIDs)
            for c in f.fact.claims {
                let s = result.document(c).displaySource
                checked[s, default: 0] += 1
                if best.contains(c.id) { agreeing[s, default: 0] += 1 }
            }
        }
        order.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var out = ["## Sources", "", "| source | documents | claims checked against others | agree with the best-supported value |",
                   "|---|---:|---:|---:|"]
        for s in order {
            let n = checked[s] ?? 0, k = agreeing[s] ?? 0
            let rate = n == 0 ? "–" : "\(k)/\(n) (\(Int((Double(k) * 100 / Double(n)).rounded()))%)"
            out.append("| \(escape(s)) | \(documents[s] ?? 0) | \(n) | \(rate) |")
        }
        out.append("")
        return out
    }

    func documentsTable(_ result: CheckResult, _ context: ReportContext) -> [String] {
        var out = ["<details><summary>Documents</summary>", "", "| document | source | published | date from |", "|---|---|---|---|"]
        for doc in result.documents {
            let d = doc.document
            out.append("| [\(escape(d.path))](\(linkTarget(context.link(d)))) | \(escape(d.metadata.source ?? "–")) | \(d.metadata.published?.description ?? "unknown") | \(d.metadata.publishedFrom?.rawValue ?? "–") |")
        }
        if !context.ignoredFiles.isEmpty {
            out.append("")
            out.append("Not checked (not listed in the manifest, ignored by the configuration, or a README): " + context.ignoredFiles.map { "`\($0)`" }.joined(separator: ", "))
        }
        if !context.skippedFiles.isEmpty {
            out.append("")
            out.append("Skipped: " + context.skippedFiles.map { "`\($0.path)` (\($0.reason))" }.joined(separator: ", "))
        }
        out.append("")
        out.append("</details>")
        out.append("")
        return out
    }

    func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// Escapes what would break a table cell or turn text into markup.
    func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "|": out += "\\|"
            case "\n", "\r", "\r\n": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "*", "_", "`", "[", "]": out += "\\\(ch)"
            default: out.append(ch)
            }
        }
        return out
    }
}
