/// The sections of the Markdown report below its header.
extension MarkdownReporter {
    // MARK: findings

    func detailed(_ f: AssessedFact, number: Int, _ result: CheckResult, _ context: ReportContext) -> [String] {
        let a = f.assessment
        var out: [String] = []
        out.append("### \(number). \(escape(f.label))")
        out.append("")
        var facts: [String] = []
        let best = f.fact.claims.filter { a.bestClaimIDs.contains($0.id) }
        if let value = result.bestValue(f) {
            let moving = f.fact.isTimeVarying && a.verdict == .changed
            var line = (moving ? "**Latest:** " : "**Best supported:** ") + escape(value)
            if moving, let day = best.compactMap({ ClaimAligner.heldOn($0) }).max() { line += " as of \(day)" }
            line += " (\(escape(backers(best, a, result))))"
            facts.append(line)
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
        let rows = ReportModel.rows(f, result, draftIndex: context.draftIndex)
        let shown = rows.count > ReportModel.tableRows ? Array(rows.prefix(ReportModel.tableRows - 1)) + [rows[rows.count - 1]] : rows
        for row in shown {
            let c = row.claim
            let doc = result.document(c)
            var understood = ValueFormatter.understood(c, in: f.fact, quote: result.quote(c))
            if c.modality == .planned { understood += " (planned)" }
            if let attribution = c.attribution { understood += attribution.isRelay ? " (relays \(attribution.party))" : " (per \(attribution.party))" }
            var source = escape(doc.displaySource) + (row.agrees && a.verdict != .singleSource ? " ✓" : "")
            if !row.others.isEmpty { source += " and \(row.others.count) more" }
            out.append("| \(source) | \(doc.metadata.published?.description ?? "undated") | \(escape(oneLine(result.quote(c)))) | \(escape(understood)) | [\(quote(c, result))](\(target(c, result, context))) |")
        }
        if shown.count < rows.count {
            let left = rows.count - shown.count
            out.append("")
            out.append("\(plural(left, "more row")) not shown (\(plural(rows[shown.count - 1..<rows.count - 1].reduce(0) { $0 + $1.all.count }, "claim"))); the JSON and HTML reports list every claim.")
        }
        out.append("")
        out.append(contentsOf: collapsed(rows, f, result, context))
        out.append("**Why:** \(escape(result.explanation(f))) *Aligned because:* \(escape(result.alignedBecause(f))).")
        out.append("")
        return out
    }

    /// "Yonhap" or "46 reports from 20 sources".
    func backers(_ best: [Claim], _ a: Assessment, _ result: CheckResult) -> String {
        if a.supportingSources.count <= 3, Set(best.map(\.documentIndex)).count <= 3 { return a.supportingSources.joined(separator: ", ") }
        return ReportModel.reportCount(best, result)
    }

    /// The claims a row stands for, in one expandable block: "45 more reports agree on $2.4
    /// million", each source with links to its lines.
    func collapsed(_ rows: [ClaimRow], _ f: AssessedFact, _ result: CheckResult, _ context: ReportContext) -> [String] {
        let many = rows.filter { !$0.others.isEmpty }
        guard !many.isEmpty else { return [] }
        let total = many.reduce(0) { $0 + $1.others.count }
        let summary: String
        if f.assessment.verdict == .changed || many.count > 1 {
            summary = "\(plural(total, "more report")) give the same values as the rows above"
        } else {
            let others = many[0].others
            let sources = Set(others.map { result.source($0) }).count
            summary = "\(plural(total, "more report")) agree\(total == 1 ? "s" : "") on \(escape(oneLine(result.quote(many[0].claim))))"
                + (sources > 1 ? " (\(plural(sources, "source")))" : "")
        }
        var out = ["<details><summary>\(summary)</summary>", ""]
        for row in many {
            var items: [(visible: Int, text: String)] = []
            let head = "**\(escape(oneLine(result.quote(row.claim))))**" + (f.assessment.verdict == .changed ? " (\(ClaimAligner.heldOn(row.claim)?.description ?? "undated"))" : "") + ":"
            for (source, claims) in ReportModel.sourceList(row.all, result) {
                let links = claims.map { c -> String in
                    let label = "L\(result.position(c).line)"
                    return "[\(label)](\(target(c, result, context)))"
                }
                let text = escape(source) + " " + links.joined(separator: " ")
                items.append((source.count + claims.count * 4, text))
            }
            var lines = wrap(items)
            if !lines.isEmpty { lines[0] = head + " " + lines[0] }
            out.append(contentsOf: lines)
            out.append("")
        }
        out.append("</details>")
        out.append("")
        return out
    }

    /// Joins items with " · " into lines of at most `lineWidth` visible characters (links count by
    /// their text); a line break inside a Markdown paragraph renders as a space.
    func wrap(_ items: [(visible: Int, text: String)]) -> [String] {
        var lines: [String] = []
        var line = "", width = 0
        for item in items {
            if !line.isEmpty, width + 3 + item.visible > MarkdownReporter.lineWidth {
                lines.append(line + " ·")
                line = ""; width = 0
            }
            line += (line.isEmpty ? "" : " · ") + item.text
            width += (width == 0 ? 0 : 3) + item.visible
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The claim's sentence with the claim in bold, cut around it when long.
    func quote(_ c: Claim, _ result: CheckResult) -> String {
        guard let (before, claim, after) = ReportModel.quoteParts(c, result, context: quoteContext) else {
            return "“" + escape(oneLine(result.sentence(c))) + "”"
        }
        return "“" + escape(before) + "**" + escape(claim) + "**" + escape(after) + "”"
    }

    func oneLine(_ s: String) -> String { ReportModel.oneLine(s) }

    // MARK: corroborated and single-source facts

    func corroboratedTable(_ facts: [AssessedFact], _ result: CheckResult, _ context: ReportContext) -> [String] {
        var out = ["## Corroborated", "", "| fact | value | sources | where |", "|---|---|---|---|"]
        for f in facts.prefix(ReportModel.tableRows) {
            let sources = f.assessment.supportingSources
            let who = sources.count <= 3 ? sources.joined(separator: ", ") : ReportModel.reportCount(f.fact.claims, result)
            let claims = f.fact.claims
            var links = claims.prefix(3).map { c in
                "[\(escape(result.document(c).displaySource)) L\(result.position(c).line)](\(target(c, result, context)))"
            }
            if claims.count > 3 { links.append("\(claims.count - 3) more") }
            out.append("| \(escape(f.label)) | \(escape(result.bestValue(f) ?? "")) | \(escape(who)) | \(links.joined(separator: " · ")) |")
        }
        if facts.count > ReportModel.tableRows {
            out.append("")
            out.append("\(plural(facts.count - ReportModel.tableRows, "more corroborated fact")) not shown; the JSON and HTML reports list them all.")
        }
        out.append("")
        return out
    }

    func singleSourceSection(_ single: [AssessedFact], _ result: CheckResult, _ context: ReportContext) -> [String] {
        let draft = context.draftIndex
        var out = [draft == nil ? "## Single-source claims" : "## Draft claims no source states", ""]
        if draft == nil, result.documents.count > ReportModel.listSingleSourceUpTo {
            // Counted, not listed: on a large corpus these are most of the facts.
            var kinds: [String: Int] = [:]
            for f in single { kinds[f.fact.kind.rawValue, default: 0] += 1 }
            let byKind = kinds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            let docs = Set(single.map { $0.fact.claims[0].documentIndex }).count
            out.append("\(plural(single.count, "fact")) stated by one document only, in \(plural(docs, "document")) of \(result.documents.count) (\(byKind.joined(separator: ", "))). "
                       + "Above \(ReportModel.listSingleSourceUpTo) documents they are counted, not listed; the JSON and HTML reports list them.")
            out.append("")
            return out
        }
        let summary = draft == nil ? "\(plural(single.count, "fact")) stated by one document only"
                                   : "\(plural(single.count, "claim")) of the draft that no source states: check them another way"
        out.append("<details><summary>\(summary)</summary>")
        out.append("")
        out.append("| fact | value | source | claim |")
        out.append("|---|---|---|---|")
        for f in single.prefix(ReportModel.tableRows) {
            let c = f.fact.claims[0]
            let source = result.document(c).displaySource
            out.append("| \(escape(f.label)) | \(escape(ReadableValue.text(c.mention, quote: result.quote(c)))) | \(escape(source)) | [\(escape(oneLine(result.quote(c))))](\(target(c, result, context))) |")
        }
        if single.count > ReportModel.tableRows {
            out.append("")
            out.append("\(plural(single.count - ReportModel.tableRows, "more single-source fact")) not shown; the JSON and HTML reports list them all.")
        }
        out.append("")
        out.append("</details>")
        out.append("")
        return out
    }

    // MARK: sources and documents

    /// How often each source agrees with the best value; a value that moves with time is scored
    /// against the value of the report's own day. Past the row cap, the least agreeing come first.
    func sourcesTable(_ result: CheckResult) -> [String] {
        var scores = ReportModel.sourceScores(result)
        let capped = scores.count > ReportModel.tableRows
        if capped {
            scores.sort { a, b in a.rate != b.rate ? a.rate < b.rate : a.source.utf8.lexicographicallyPrecedes(b.source.utf8) }
        }
        var out = ["## Sources", "", "| source | documents | claims checked against others | agree with the best value of their day |",
                   "|---|---:|---:|---:|"]
        for s in scores.prefix(ReportModel.tableRows) {
            let rate = s.checked == 0 ? "–" : "\(s.agreeing)/\(s.checked) (\(Int((s.rate * 100).rounded()))%)"
            out.append("| \(escape(s.source)) | \(s.documents) | \(s.checked) | \(rate) |")
        }
        if capped {
            let rest = scores.dropFirst(ReportModel.tableRows)
            let floor = rest.map(\.rate).min() ?? 1
            out.append("")
            out.append("\(plural(rest.count, "more source")) not shown, " + (floor >= 1 ? "each agreeing with the best value every time." : "each agreeing \(Int((floor * 100).rounded()))% of the time or more."))
        }
        out.append("")
        return out
    }

    func documentsTable(_ result: CheckResult, _ context: ReportContext) -> [String] {
        var out = ["<details><summary>\(plural(result.documents.count, "document"))</summary>", "",
                   "| document | source | published | date from |", "|---|---|---|---|"]
        for doc in result.documents.prefix(ReportModel.tableRows) {
            let d = doc.document
            out.append("| [\(escape(d.path))](\(linkTarget(context.link(d)))) | \(escape(d.metadata.source ?? "–")) | \(d.metadata.published?.description ?? "unknown") | \(d.metadata.publishedFrom?.rawValue ?? "–") |")
        }
        if result.documents.count > ReportModel.tableRows {
            out.append("")
            out.append("\(plural(result.documents.count - ReportModel.tableRows, "more document")) not shown; the JSON and HTML reports list them all.")
        }
        if !context.ignoredFiles.isEmpty {
            out.append("")
            let shown = context.ignoredFiles.prefix(ReportModel.tableRows).map { "`\($0)`" }.joined(separator: ", ")
            let more = context.ignoredFiles.count > ReportModel.tableRows ? " and \(context.ignoredFiles.count - ReportModel.tableRows) more" : ""
            out.append("Not checked (not listed in the manifest, ignored by the configuration, or a README): " + shown + more)
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
}
