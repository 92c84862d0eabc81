/// The report a fact-checker reads: GitHub-flavoured Markdown that renders in a pull request or a
/// job summary, with conflicts on the first screen.
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"

    public init() {}

    public func report(_ result: CheckResult, context: ReportContext) -> String {
        var out: [String] = []
        let conflicts = result.facts.filter { $0.assessment.verdict == .conflict }
        let changed = result.facts.filter { $0.assessment.verdict == .changed }
        let consistent = result.facts.filter { $0.assessment.verdict == .consistent }
        let single = result.facts.filter { $0.assessment.verdict == .singleSource }

        out.append("# crosscheck: \(escape(result.corpusName))")
        out.append("")
        out.append("**\(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s")** · \(changed.count) changed · "
                   + "\(consistent.count) corroborated · \(single.count) single-source · "
                   + "\(result.documents.count) documents · \(result.claimCount) claims")
        out.append("")
        out.append(documentLine(result))
        out.append("")

        out.append("## Conflicts")
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
            out.append("| fact | value | sources | claims |")
            out.append("|---|---|---|---|")
            for f in consistent {
                let sources = f.assessment.supportingSources.joined(separator: ", ")
                let links = f.fact.claims.map { link(result.quote($0), $0, result, context) }.joined(separator: " · ")
                out.append("| \(escape(f.label)) | \(escape(f.assessment.bestValue ?? "")) | \(escape(sources)) | \(links) |")
            }
            out.append("")
        }

        if !single.isEmpty {
            out.append("## Single-source claims")
            out.append("")
            out.append("<details><summary>\(single.count) fact\(single.count == 1 ? "" : "s") stated by one document only</summary>")
            out.append("")
            out.append("| fact | value | source | claim |")
            out.append("|---|---|---|---|")
            for f in single {
                let c = f.fact.claims[0]
                let source = result.document(c).displaySource
                out.append("| \(escape(f.label)) | \(escape(ValueFormatter.understood(c.mention))) | \(escape(source)) | \(link(result.quote(c), c, result, context)) |")
            }
            out.append("")
            out.append("</details>")
            out.append("")
        }

        out.append("## Sources")
        out.append("")
        out.append("| document | source | published | date from | claims checked against others | agrees with the best-supported value |")
        out.append("|---|---|---|---|---:|---:|")
        for (index, doc) in result.documents.enumerated() {
            var checked = 0, agreeing = 0
            for f in result.facts where f.assessment.verdict != .singleSource {
                let best = Set(f.assessment.bestClaimIDs)
                for c in f.fact.claims where c.documentIndex == index {
                    checked += 1
                    if best.contains(c.id) { agreeing += 1 }
                }
            }
            let rate = checked == 0 ? "–" : "\(agreeing)/\(checked) (\(Int((Double(agreeing) * 100 / Double(checked)).rounded()))%)"
            let d = doc.document
            out.append("| [\(escape(d.path))](\(context.linkBase)\(d.path)) | \(escape(d.metadata.source ?? "–")) | \(d.metadata.published?.description ?? "unknown") | \(d.metadata.publishedFrom?.rawValue ?? "–") | \(checked) | \(rate) |")
        }
        if !context.ignoredFiles.isEmpty {
            out.append("")
            out.append("Not checked (not listed in the manifest, or a README): " + context.ignoredFiles.map { "`\($0)`" }.joined(separator: ", "))
        }
        out.append("")
        return out.joined(separator: "\n")
    }

    func documentLine(_ result: CheckResult) -> String {
        let parts = result.documents.map { d -> String in
            let m = d.document.metadata
            return "\(m.source ?? d.document.path) (\(m.published?.description ?? "undated"))"
        }
        return "Sources: " + escape(parts.joined(separator: ", "))
    }

    func detailed(_ f: AssessedFact, number: Int, _ result: CheckResult, _ context: ReportContext) -> [String] {
        let a = f.assessment
        var out: [String] = []
        out.append("### \(number). \(escape(f.label))")
        out.append("")
        var facts = ["`\(f.id)`", a.verdict.rawValue + " (\(a.severity.rawValue))"]
        if let spread = a.spread {
            facts.append(f.fact.kind == .date ? "\(Int(spread)) day\(spread == 1 ? "" : "s") apart" : "spread \(Reconciler.percent(spread))")
        }
        if let best = a.bestValue {
            facts.append("best supported: **\(escape(best))** (\(escape(a.supportingSources.joined(separator: ", "))))")
        }
        out.append(facts.joined(separator: " · "))
        out.append("")
        out.append("| source | date | as written | understood | quote |")
        out.append("|---|---|---|---|---|")
        for c in f.fact.claims {
            let doc = result.document(c)
            var understood = ValueFormatter.understood(c.mention)
            if c.modality == .planned { understood += " (planned)" }
            if let attribution = c.attribution { understood += attribution.isRelay ? " (relays \(attribution.party))" : " (per \(attribution.party))" }
            let quote = "“" + escape(oneLine(result.sentence(c))) + "”"
            out.append("| \(escape(doc.displaySource)) | \(doc.metadata.published?.description ?? "undated") | **\(escape(result.quote(c)))** | \(escape(understood)) | \(link(quote, c, result, context, raw: true)) |")
        }
        out.append("")
        out.append("**Why:** \(escape(a.explanation)) Aligned because: \(escape(f.fact.reason)).")
        out.append("")
        return out
    }

    func link(_ text: String, _ c: Claim, _ result: CheckResult, _ context: ReportContext, raw: Bool = false) -> String {
        let line = result.position(c).line
        let label = raw ? text : escape(oneLine(text))
        return "[\(label)](\(context.linkBase)\(result.document(c).path)#L\(line))"
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
            case "\n", "\r": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "*", "_", "`", "[", "]": out += "\\\(ch)"
            default: out.append(ch)
            }
        }
        return out
    }
}
