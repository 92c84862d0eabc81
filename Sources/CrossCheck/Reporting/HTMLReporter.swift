/// One self-contained page a fact-checker clicks through: no network, no external scripts or
/// fonts. A summary bar with the gate's verdict; each conflict and change as a table of sources,
/// each row with its value as written and as understood and a small number line on the finding's
/// scale, so the outlier shows at once; then corroborated and single-source facts (filterable);
/// then every document's text with each claim highlighted.
///
/// It reads without JavaScript: a quote links to its place in the document text further down the
/// page. With JavaScript, the link opens the text in a panel with that claim scrolled into view,
/// and the fact tables can be filtered. Tables have captions and header cells; every control is
/// reachable by keyboard; colours keep a contrast of at least 4.5:1 and are never the only cue.
public struct HTMLReporter: Reporter {
    public static let identifier = "html"
    /// Characters of a quoted sentence kept on each side of the claim.
    public var quoteContext = 60
    /// A document longer than this (in bytes) is shown as the sentences of its claims only, so one
    /// huge document cannot make the page unusable.
    public var fullTextLimit = 200_000

    public init() {}

    public func report(_ result: CheckResult, context: ReportContext) -> String {
        let open = result.facts.filter { !context.isAccepted($0) }
        let conflicts = open.filter { $0.assessment.verdict == .conflict }
        let changed = open.filter { $0.assessment.verdict == .changed }
        let consistent = open.filter { $0.assessment.verdict == .consistent }
        let single = open.filter { $0.assessment.verdict == .singleSource }
        var h = HTMLBuilder()
        h.line("<!doctype html>")
        h.line("<html lang=\"en\">")
        h.line("<head>")
        h.line("<meta charset=\"utf-8\">")
        h.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        // No request leaves the page: scripts, styles, images and fonts are all inline.
        h.line("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">")
        h.line("<title>crosscheck: \(HTMLBuilder.escape(result.corpusName))</title>")
        h.line("<style>\(HTMLAssets.css)</style>")
        h.line("</head>")
        h.line("<body>")
        h.line("<a class=\"skip\" href=\"#findings\">Skip to the findings</a>")
        summaryBar(&h, result, context, conflicts: conflicts.count, changed: changed.count,
                   consistent: consistent.count, single: single.count)
        h.line("<main id=\"findings\">")
        h.line("<section aria-labelledby=\"h-conflicts\">")
        h.line("<h2 id=\"h-conflicts\">\(context.draftIndex == nil ? "Conflicts" : "Conflicts with the sources")</h2>")
        if conflicts.isEmpty { h.line("<p>No conflicts found.</p>") }
        for (i, f) in conflicts.enumerated() {
            storyLine(&h, f, previous: i > 0 ? conflicts[i - 1] : nil, result)
            finding(&h, f, number: i + 1, result, context)
        }
        h.line("</section>")
        if !changed.isEmpty {
            h.line("<section aria-labelledby=\"h-changed\">")
            h.line("<h2 id=\"h-changed\">Changed over time</h2>")
            for (i, f) in changed.enumerated() {
                storyLine(&h, f, previous: i > 0 ? changed[i - 1] : nil, result)
                finding(&h, f, number: i + 1, result, context)
            }
            h.line("</section>")
        }
        factsTable(&h, consistent, single, result, context)
        sourcesTable(&h, result)
        h.line("</main>")
        documents(&h, result, context)
        viewer(&h)
        h.line("<script>\(HTMLAssets.script)</script>")
        h.line("</body>")
        h.line("</html>")
        return h.text
    }

    func summaryBar(_ h: inout HTMLBuilder, _ result: CheckResult, _ context: ReportContext,
                    conflicts: Int, changed: Int, consistent: Int, single: Int) {
        let e = HTMLBuilder.escape
        h.line("<header class=\"bar\">")
        h.line("<h1>crosscheck: \(e(result.corpusName))</h1>")
        if let gate = context.gate {
            let verdict = gate.passed ? "passed" : "failed"
            var parts = ["<strong>Gate: \(verdict)</strong>" + (gate.passed ? "" : " (\(ReportModel.plural(gate.failing.count, "open finding")))")]
            switch gate.failOn {
            case .conflict: parts.append("fails on conflicts")
            case .changed: parts.append("fails on conflicts and changes")
            case .unsupported: parts.append("fails on conflicts, changes and unsupported draft claims")
            case .never: parts.append("never fails")
            }
            if let file = gate.baselineFile {
                parts.append("baseline \(e(file)): \(gate.accepted.count) accepted" + (gate.stale.isEmpty ? "" : ", \(gate.stale.count) no longer matching"))
            }
            h.line("<p class=\"gate gate-\(verdict)\" role=\"status\"><span class=\"icon\" aria-hidden=\"true\">\(gate.passed ? "✓" : "✗")</span> \(parts.joined(separator: " · "))</p>")
        }
        h.line("<ul class=\"counts\">")
        h.line("<li><a href=\"#h-conflicts\"><strong>\(ReportModel.plural(conflicts, "conflict"))</strong></a></li>")
        h.line("<li>\(changed > 0 ? "<a href=\"#h-changed\">\(changed) changed</a>" : "0 changed")</li>")
        h.line("<li><a href=\"#h-facts\">\(consistent) corroborated</a></li>")
        h.line("<li><a href=\"#h-facts\">\(single) single-source</a></li>")
        h.line("</ul>")
        h.line("<p class=\"corpus\">\(e(corpusLine(result, context)))</p>")
        h.line("</header>")
    }

    // MARK: findings

    func finding(_ h: inout HTMLBuilder, _ f: AssessedFact, number: Int, _ result: CheckResult, _ context: ReportContext) {
        let e = HTMLBuilder.escape
        let a = f.assessment
        let rows = ReportModel.rows(f, result, draftIndex: context.draftIndex)
        let scale = NumberLine(rows.map(\.claim))
        h.line("<article class=\"finding \(a.verdict.rawValue)\" id=\"f-\(f.id)\" aria-labelledby=\"t-\(f.id)\">")
        h.line("<h3 id=\"t-\(f.id)\">\(number). \(e(f.label))</h3>")
        var facts: [String] = []
        if let value = result.bestValue(f) {
            let moving = f.fact.isTimeVarying && a.verdict == .changed
            let best = f.fact.claims.filter { a.bestClaimIDs.contains($0.id) }
            var line = (moving ? "<strong>Latest:</strong> " : "<strong>Best supported:</strong> ") + e(value)
            if moving, let day = best.compactMap({ ClaimAligner.heldOn($0) }).max() { line += " as of \(day)" }
            line += " (\(e(MarkdownReporter().backers(best, a, result))))"
            facts.append(line)
        }
        if let spread = a.spread {
            facts.append(f.fact.kind == .date ? "\(Int(spread)) day\(spread == 1 ? "" : "s") apart" : "spread \(Wording.percent(spread))")
        }
        facts.append(a.severity.rawValue)
        facts.append("<code>\(f.id)</code>")
        h.line("<p class=\"meta\">\(facts.joined(separator: " · "))</p>")
        h.line("<table class=\"claims\">")
        h.line("<caption>\(ReportModel.plural(rows.reduce(0) { $0 + $1.all.count }, "claim")) by \(ReportModel.plural(Set(f.fact.claims.map { result.source($0) }).count, "source")); disagreeing first\(scale.map { "; the line runs from \(e($0.lowText)) to \(e($0.highText))" } ?? "")</caption>")
        h.line("<thead><tr><th scope=\"col\">source</th><th scope=\"col\">date</th><th scope=\"col\">as written</th><th scope=\"col\">understood</th><th scope=\"col\">on the line</th><th scope=\"col\">quote</th></tr></thead>")
        h.line("<tbody>")
        for row in rows {
            let c = row.claim
            let doc = result.document(c)
            var understood = ValueFormatter.understood(c, in: f.fact, quote: result.quote(c))
            if c.modality == .planned { understood += " (planned)" }
            if let attribution = c.attribution { understood += attribution.isRelay ? " (relays \(attribution.party))" : " (per \(attribution.party))" }
            let mark = row.agrees ? "<span class=\"ok\" title=\"agrees with the best value of its day\">✓<span class=\"sr\"> agrees</span></span>"
                                  : "<span class=\"off\" title=\"outside the best-supported value\">✗<span class=\"sr\"> disagrees</span></span>"
            var source = "\(mark) \(e(doc.displaySource))"
            if !row.others.isEmpty {
                let names = ReportModel.sourceList(row.others, result).map { "\(e($0.source))\($0.claims.count > 1 ? " (\($0.claims.count))" : "")" }
                source += " <details class=\"more\"><summary>and \(row.others.count) more</summary><p>\(names.joined(separator: ", "))</p></details>"
            }
            h.line("<tr class=\"\(row.agrees ? "agrees" : "disagrees")\"><th scope=\"row\">\(source)</th><td>\(doc.metadata.published?.description ?? "undated")</td><td>\(e(ReportModel.oneLine(result.quote(c))))</td><td>\(e(understood))</td><td>\(scale?.svg(c, agrees: row.agrees, label: understood) ?? "–")</td><td>\(quoteLink(c, result))</td></tr>")
        }
        h.line("</tbody>")
        h.line("</table>")
        h.line("<p class=\"why\"><strong>Why:</strong> \(e(result.explanation(f))) <em>Aligned because:</em> \(e(result.alignedBecause(f))).</p>")
        h.line("</article>")
    }

    /// The quote, cut around the claim, linking to the claim in its document's text.
    func quoteLink(_ c: Claim, _ result: CheckResult) -> String {
        let e = HTMLBuilder.escape
        let inner: String
        if let (before, claim, after) = ReportModel.quoteParts(c, result, context: quoteContext) {
            inner = "“\(e(before))<b>\(e(claim))</b>\(e(after))”"
        } else {
            inner = "“\(e(ReportModel.oneLine(result.sentence(c))))”"
        }
        let line = result.position(c).line
        return "<a class=\"quote\" href=\"#\(HTMLBuilder.claimAnchor(c))\" data-doc=\"d\(c.documentIndex)\" aria-label=\"\(e(result.source(c))), line \(line): open in the document\">\(inner)</a>"
    }

    func viewer(_ h: inout HTMLBuilder) {
        h.line("<div id=\"viewer\" class=\"viewer\" role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"viewer-title\" hidden>")
        h.line("<div class=\"viewer-head\"><h2 id=\"viewer-title\">Document</h2><button type=\"button\" id=\"viewer-close\">Close <kbd>Esc</kbd></button></div>")
        h.line("<div id=\"viewer-body\" class=\"viewer-body\" tabindex=\"-1\"></div>")
        h.line("</div>")
    }

    /// In an archive of several stories, a line naming the story before its first finding.
    func storyLine(_ h: inout HTMLBuilder, _ f: AssessedFact, previous: AssessedFact?, _ result: CheckResult) {
        guard result.stories.count > 1, f.story < result.stories.count, previous?.story != f.story else { return }
        let story = result.stories[f.story]
        h.line("<p class=\"story\"><strong>Story: \(HTMLBuilder.escape(story.label))</strong> · <code>\(HTMLBuilder.escape(story.id))</code></p>")
    }
}

/// Accumulates lines of HTML.
struct HTMLBuilder {
    var text = ""

    mutating func line(_ s: String) { text += s + "\n" }

    /// Text and attribute values: the five characters HTML gives meaning to.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// The id of a claim's highlight in its document text ("c-3-12" for claim "3:12").
    static func claimAnchor(_ c: Claim) -> String {
        "c-" + c.id.replacingOccurrences(of: ":", with: "-")
    }
}
