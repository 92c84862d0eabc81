/// The report a fact-checker reads: GitHub-flavoured Markdown that renders in a pull request or a
/// job summary. A short header, then conflicts (the first one on the first screen), changes,
/// corroborated facts, single-source claims, and the sources and documents last.
///
/// It stays readable on a large corpus: in each finding the disagreeing claims come first and the
/// agreeing ones collapse into one expandable line; every table shows at most
/// `ReportModel.tableRows` rows and says how many it left out; past
/// `ReportModel.listSingleSourceUpTo` documents single-source claims are counted, not listed; a
/// quoted sentence is cut around its claim.
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    /// Characters of a quoted sentence kept on each side of the claim before it is cut with "…".
    public var quoteContext = 60
    /// Visible characters on one line of a collapsed list before it wraps (links count by their text).
    static let lineWidth = 300

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
        for (i, f) in conflicts.enumerated() {
            out.append(contentsOf: storyHeading(f, previous: i > 0 ? conflicts[i - 1] : nil, result))
            out.append(contentsOf: detailed(f, number: i + 1, result, context))
        }

        if !changed.isEmpty {
            out.append("## Changed over time")
            out.append("")
            for (i, f) in changed.enumerated() {
                out.append(contentsOf: storyHeading(f, previous: i > 0 ? changed[i - 1] : nil, result))
                out.append(contentsOf: detailed(f, number: i + 1, result, context))
            }
        }
        if !consistent.isEmpty { out.append(contentsOf: corroboratedTable(consistent, result, context)) }
        if !single.isEmpty { out.append(contentsOf: singleSourceSection(single, result, context)) }
        if let gate = context.gate {
            out.append(contentsOf: baselineSections(gate, accepted: accepted))
        }
        out.append(contentsOf: sourcesTable(result))
        out.append(contentsOf: documentsTable(result, context))
        return out.joined(separator: "\n")
    }

    // MARK: header

    /// In an archive of several stories, findings come story by story (`CheckResult.reportOrder`),
    /// each story opened by its label and ID; a one-story corpus has no story lines.
    func storyHeading(_ f: AssessedFact, previous: AssessedFact?, _ result: CheckResult) -> [String] {
        guard result.stories.count > 1, f.story < result.stories.count, previous?.story != f.story else { return [] }
        let story = result.stories[f.story]
        return ["**Story: \(escape(story.label))** · `\(story.id)`", ""]
    }

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
