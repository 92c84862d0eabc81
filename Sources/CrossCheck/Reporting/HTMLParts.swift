/// The HTML report's fact tables, sources, documents and number lines.
extension HTMLReporter {
    /// "60 documents from 20 sources, 2025-09-02 to 2025-09-05 · 302 claims".
    func corpusLine(_ result: CheckResult, _ context: ReportContext) -> String {
        let docs = result.documents.map(\.document)
        let dates = docs.compactMap { $0.metadata.published?.description }.sorted()
        var line = "\(ReportModel.plural(docs.count, "document")) from \(ReportModel.plural(Set(docs.map(\.displaySource)).count, "source"))"
        if let first = dates.first, let last = dates.last { line += first == last ? ", \(first)" : ", \(first) to \(last)" }
        if docs.count > dates.count { line += " (\(docs.count - dates.count) undated)" }
        line += " · \(ReportModel.plural(result.claimCount, "claim"))"
        if let d = context.draftIndex, d < docs.count { line += " · draft \(docs[d].path)" }
        return line
    }

    // MARK: corroborated and single-source facts

    /// One table of every fact a single value stands for, filterable by words and by verdict (with
    /// JavaScript; without it the whole table shows).
    func factsTable(_ h: inout HTMLBuilder, _ consistent: [AssessedFact], _ single: [AssessedFact],
                    _ result: CheckResult, _ context: ReportContext) {
        let e = HTMLBuilder.escape
        guard !consistent.isEmpty || !single.isEmpty else { return }
        h.line("<section aria-labelledby=\"h-facts\">")
        h.line("<h2 id=\"h-facts\">Corroborated and single-source facts</h2>")
        h.line("<form class=\"filter\" id=\"filter\" hidden role=\"search\" aria-label=\"Filter the facts\">")
        h.line("<label for=\"filter-text\">Filter</label> <input id=\"filter-text\" type=\"search\" placeholder=\"words, a source, a value\">")
        h.line("<fieldset><legend class=\"sr\">Show</legend>")
        h.line("<label><input type=\"checkbox\" name=\"verdict\" value=\"consistent\" checked> corroborated (\(consistent.count))</label>")
        h.line("<label><input type=\"checkbox\" name=\"verdict\" value=\"single-source\" checked> single-source (\(single.count))</label>")
        h.line("</fieldset>")
        h.line("<output id=\"filter-count\" aria-live=\"polite\"></output>")
        h.line("</form>")
        h.line("<table class=\"facts\" id=\"facts\">")
        h.line("<caption>\(ReportModel.plural(consistent.count, "corroborated fact")), then \(ReportModel.plural(single.count, "fact")) one document states</caption>")
        h.line("<thead><tr><th scope=\"col\">fact</th><th scope=\"col\">value</th><th scope=\"col\">verdict</th><th scope=\"col\">sources</th><th scope=\"col\">claims</th></tr></thead>")
        h.line("<tbody>")
        for f in consistent + single {
            let claims = f.fact.claims
            let value = f.assessment.verdict == .singleSource
                ? ReadableValue.text(claims[0].mention, quote: result.quote(claims[0]))
                : result.bestValue(f) ?? ""
            let sources = Array(Set(claims.map { result.source($0) })).sorted()
            let who = sources.count <= 3 ? sources.map(e).joined(separator: ", ") : "\(sources.count) sources"
            var links = claims.prefix(4).map { c in
                "<a class=\"quote\" href=\"#\(HTMLBuilder.claimAnchor(c))\" data-doc=\"d\(c.documentIndex)\">\(e(result.source(c))) L\(result.position(c).line)</a>"
            }
            if claims.count > 4 { links.append("\(claims.count - 4) more") }
            let verdict = f.assessment.verdict == .singleSource ? "single-source" : "corroborated"
            let words = ([f.label, value] + sources + claims.map { result.quote($0) }).joined(separator: " ").lowercased()
            h.line("<tr data-verdict=\"\(f.assessment.verdict.rawValue)\" data-words=\"\(e(ReportModel.oneLine(words)))\"><th scope=\"row\">\(e(f.label))</th><td>\(e(value))</td><td>\(verdict)</td><td>\(who)</td><td>\(links.joined(separator: " · "))</td></tr>")
        }
        h.line("</tbody>")
        h.line("</table>")
        h.line("</section>")
    }

    func sourcesTable(_ h: inout HTMLBuilder, _ result: CheckResult) {
        let e = HTMLBuilder.escape
        h.line("<section aria-labelledby=\"h-sources\">")
        h.line("<h2 id=\"h-sources\">Sources</h2>")
        h.line("<table class=\"sources\">")
        h.line("<caption>How often each source agrees with the best value of its day, over the facts other documents also state</caption>")
        h.line("<thead><tr><th scope=\"col\">source</th><th scope=\"col\">documents</th><th scope=\"col\">claims checked</th><th scope=\"col\">agree</th></tr></thead>")
        h.line("<tbody>")
        for s in ReportModel.sourceScores(result) {
            let rate = s.checked == 0 ? "–" : "\(s.agreeing)/\(s.checked) (\(Int((s.rate * 100).rounded()))%)"
            h.line("<tr><th scope=\"row\">\(e(s.source))</th><td class=\"n\">\(s.documents)</td><td class=\"n\">\(s.checked)</td><td class=\"n\">\(rate)</td></tr>")
        }
        h.line("</tbody>")
        h.line("</table>")
        h.line("</section>")
    }

    // MARK: documents

    /// Every document's text with each claim highlighted (an anchor per claim), collapsed; a claim
    /// link opens it by its anchor, or in the viewer panel with JavaScript.
    func documents(_ h: inout HTMLBuilder, _ result: CheckResult, _ context: ReportContext) {
        let e = HTMLBuilder.escape
        var claimsOf: [Int: [Claim]] = [:]
        for f in result.facts { for c in f.fact.claims { claimsOf[c.documentIndex, default: []].append(c) } }
        h.line("<section class=\"documents\" aria-labelledby=\"h-documents\">")
        h.line("<h2 id=\"h-documents\">Documents</h2>")
        h.line("<p>Each claim is highlighted; a quote above links to its place here.</p>")
        for (i, d) in result.documents.enumerated() {
            let doc = d.document
            let title = "\(doc.displaySource), \(doc.metadata.published?.description ?? "undated")"
            h.line("<article class=\"document\" id=\"d\(i)\" aria-labelledby=\"d\(i)-title\" data-title=\"\(e(title))\">")
            h.line("<h3 id=\"d\(i)-title\">\(e(title)) <small><a href=\"\(e(context.link(doc)))\">\(e(doc.path))</a></small></h3>")
            h.line("<div class=\"text\">\(highlighted(d, claims: claimsOf[i] ?? [], result))</div>")
            h.line("</article>")
        }
        h.line("</section>")
    }

    /// The document's text, HTML-escaped, each claim in a `<mark>` with its anchor; paragraphs kept.
    /// Past `fullTextLimit` bytes only the sentences that hold claims are shown.
    func highlighted(_ d: ExtractedDocument, claims: [Claim], _ result: CheckResult) -> String {
        let e = HTMLBuilder.escape
        let text = d.document.text
        var spans = claims.sorted { ($0.mention.range.start, $0.id) < ($1.mention.range.start, $1.id) }
        // One highlight per span of text; overlapping claims share the first one's anchor.
        var marks: [(ByteRange, [Claim])] = []
        for c in spans {
            if let last = marks.last, c.mention.range.start < last.0.end { marks[marks.count - 1].1.append(c); continue }
            marks.append((c.mention.range, [c]))
        }
        spans = []
        func mark(_ range: ByteRange, _ cs: [Claim]) -> String {
            let extra = cs.dropFirst().map { "<span id=\"\(HTMLBuilder.claimAnchor($0))\"></span>" }.joined()
            return "<mark id=\"\(HTMLBuilder.claimAnchor(cs[0]))\" tabindex=\"-1\">\(extra)\(e(text.string(range)))</mark>"
        }
        let total = text.bytes.count
        guard total > fullTextLimit else {
            var out = "", at = 0
            for (range, cs) in marks {
                out += e(text.string(ByteRange(at, range.start))) + mark(range, cs)
                at = range.end
            }
            out += e(text.string(ByteRange(at, total)))
            return out
        }
        var out = "<p class=\"note\">A long document: only the sentences that hold claims are shown.</p>"
        var lastSentence: ByteRange?
        for (range, cs) in marks {
            let sentence = cs[0].sentence.start <= range.start && range.end <= cs[0].sentence.end ? cs[0].sentence : range
            if let last = lastSentence, last == sentence { continue }
            lastSentence = sentence
            let inside = marks.filter { $0.0.start >= sentence.start && $0.0.end <= sentence.end }
            var line = "… ", at = sentence.start
            for (r, group) in inside {
                line += e(text.string(ByteRange(at, r.start))) + mark(r, group)
                at = r.end
            }
            out += "<p>" + line + e(text.string(ByteRange(at, sentence.end))) + " …</p>"
        }
        return out
    }
}

/// A small number line: every row's interval on the finding's common scale, so an outlier stands
/// apart. Dates are placed by day; names (places, roles) have no line.
struct NumberLine {
    var low: Double
    var high: Double
    var lowText: String
    var highText: String
    static let width = 160.0, height = 18.0

    init?(_ claims: [Claim]) {
        let spans = claims.compactMap(NumberLine.span)
        let finite = spans.flatMap { [$0.0, $0.1] }.filter { $0.isFinite }
        guard let lo = finite.min(), let hi = finite.max() else { return nil }
        let pad = hi > lo ? (hi - lo) * 0.08 : max(Swift.abs(lo) * 0.1, 1)
        low = lo - pad
        high = hi + pad
        if claims.contains(where: { $0.mention.date != nil }) {
            lowText = CalendarDate(dayNumber: Int(lo)).description
            highText = CalendarDate(dayNumber: Int(hi)).description
        } else {
            lowText = ValueFormatter.number(lo)
            highText = ValueFormatter.number(hi)
        }
    }

    /// A claim's interval; an open side is infinite.
    static func span(_ c: Claim) -> (Double, Double)? {
        if let d = c.mention.date?.interval {
            return (Double(d.lowerBound.dayNumber), Double(d.upperBound.dayNumber) + 1)
        }
        guard let v = c.mention.value else { return nil }
        switch (v.low, v.high) {
        case let (l?, h?): return (l, h)
        case let (l?, nil): return (l, .infinity)
        case let (nil, h?): return (-.infinity, h)
        case (nil, nil): return v.point.map { ($0, $0) }
        }
    }

    func x(_ value: Double) -> Double {
        guard value.isFinite else { return value > 0 ? NumberLine.width - 2 : 2 }
        let t = (value - low) / (high - low)
        return 2 + min(1, max(0, t)) * (NumberLine.width - 4)
    }

    func svg(_ c: Claim, agrees: Bool, label: String) -> String {
        guard let (a, b) = NumberLine.span(c) else { return "–" }
        let x1 = x(a), x2 = max(x(b), x1 + 3)
        let f = { (v: Double) in JSONValue.format((v * 10).rounded() / 10) }
        let cls = agrees ? "bar-ok" : "bar-off"
        var shapes = "<line class=\"axis\" x1=\"2\" y1=\"9\" x2=\"\(f(NumberLine.width - 2))\" y2=\"9\"/>"
        shapes += "<rect class=\"\(cls)\" x=\"\(f(x1))\" y=\"4\" width=\"\(f(x2 - x1))\" height=\"10\" rx=\"2\"/>"
        if !b.isFinite { shapes += "<path class=\"\(cls)\" d=\"M\(f(NumberLine.width - 6)) 3 L\(f(NumberLine.width)) 9 L\(f(NumberLine.width - 6)) 15 Z\"/>" }
        if !a.isFinite { shapes += "<path class=\"\(cls)\" d=\"M6 3 L0 9 L6 15 Z\"/>" }
        return "<svg class=\"line\" width=\"\(Int(NumberLine.width))\" height=\"\(Int(NumberLine.height))\" viewBox=\"0 0 \(Int(NumberLine.width)) \(Int(NumberLine.height))\" role=\"img\" aria-label=\"\(HTMLBuilder.escape(label)) on a line from \(HTMLBuilder.escape(lowText)) to \(HTMLBuilder.escape(highText))\">\(shapes)</svg>"
    }
}
