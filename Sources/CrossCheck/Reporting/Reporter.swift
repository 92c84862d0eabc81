/// What a reporter knows besides the result: how to link to a document from where the report is
/// written, which files were left out of the corpus, and what the gate concluded.
public struct ReportContext: Sendable {
    /// Prepended to a document's corpus-relative path to make a Markdown link from where the report
    /// is written ("../fixtures/sma-2020/").
    public var linkBase: String
    /// Prepended to a document's corpus-relative path to make a path relative to the repository
    /// root (the working folder): SARIF URIs, JUnit `file`, annotation `file` ("fixtures/sma-2020/").
    public var artifactBase: String
    /// Documents outside the corpus folder (a draft): their link and repository-relative path,
    /// replacing `linkBase + path` and `artifactBase + path`.
    public var linkOverrides: [String: String]
    public var artifactOverrides: [String: String]
    public var ignoredFiles: [String]
    /// Names that look like documents but are not regular files (a folder named `x.txt`, a FIFO).
    public var skippedFiles: [SkippedFile] = []
    /// The gate's outcome (threshold, baseline, draft); nil reports every finding as open.
    public var gate: GateOutcome?

    public init(linkBase: String = "", artifactBase: String? = nil, ignoredFiles: [String] = [],
                linkOverrides: [String: String] = [:], artifactOverrides: [String: String] = [:], gate: GateOutcome? = nil) {
        self.linkBase = linkBase
        self.artifactBase = artifactBase ?? linkBase
        self.ignoredFiles = ignoredFiles
        self.linkOverrides = linkOverrides
        self.artifactOverrides = artifactOverrides
        self.gate = gate
    }

    public func link(_ document: Document) -> String {
        linkOverrides[document.path] ?? linkBase + document.path
    }

    /// The document's path relative to the repository root, with `.` and `..` segments resolved.
    public func artifact(_ document: Document) -> String {
        ReportContext.normalise(artifactOverrides[document.path] ?? artifactBase + document.path)
    }

    public func isAccepted(_ fact: AssessedFact) -> Bool { gate?.accepted.contains(fact.id) ?? false }

    public var draftIndex: Int? { gate?.draftIndex }

    static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == "." || (part.isEmpty && !parts.isEmpty) { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }
}

/// A path under the corpus that was not read, and why ("a FIFO (named pipe), not a regular file").
public struct SkippedFile: Sendable, Equatable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// One output format: a function from a check result to text.
public protocol Reporter: Sendable {
    static var identifier: String { get }
    func report(_ result: CheckResult, context: ReportContext) -> String
    /// The same text as `report`, handed over in pieces as it is made (the JSON of an archive
    /// is never whole in memory); by default in one piece.
    func write(_ result: CheckResult, context: ReportContext, to emit: (String) -> Void)
}

extension Reporter {
    public func write(_ result: CheckResult, context: ReportContext, to emit: (String) -> Void) {
        emit(report(result, context: context))
    }
}

/// Every output format, mapped to its reporter.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown, html, json, sarif, junit, github, jsonl

    public var reporter: any Reporter {
        switch self {
        case .markdown: return MarkdownReporter()
        case .html: return HTMLReporter()
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        case .junit: return JUnitReporter()
        case .github: return GitHubReporter()
        case .jsonl: return FindingLinesReporter()
        }
    }
}

/// What the structured reporters share: which facts are findings, their primary claim.
enum Findings {
    /// The findings a machine format reports: open conflicts and changes (baseline-accepted ones
    /// are left out), and when checking a draft, draft claims no source states (as notes).
    static func open(_ result: CheckResult, _ context: ReportContext) -> [AssessedFact] {
        result.facts.filter { f in
            if context.isAccepted(f) { return false }
            if Gate.isFinding(f) { return true }
            return context.draftIndex != nil && f.assessment.verdict == .singleSource
        }
    }

    /// The claim a finding points at: the draft's, else the first claim that disagrees with the
    /// best-supported value, else the first.
    static func primary(_ f: AssessedFact, _ context: ReportContext) -> Claim {
        if let d = context.draftIndex, let c = f.fact.claims.first(where: { $0.documentIndex == d }) { return c }
        let best = Set(f.assessment.bestClaimIDs)
        return f.fact.claims.first { !best.contains($0.id) } ?? f.fact.claims[0]
    }

    /// A one-line message: what the fact is, what the primary claim says and what the others say.
    static func message(_ f: AssessedFact, _ result: CheckResult, _ context: ReportContext) -> String {
        let c = primary(f, context)
        var text = "\(f.label): \(result.document(c).displaySource) says \(result.quote(c))"
        if f.assessment.verdict == .singleSource { return text + "; no source states this." }
        if let best = result.bestValue(f), !f.assessment.bestClaimIDs.contains(c.id) {
            let sources = f.assessment.supportingSources
            let who = sources.count <= 3 ? sources.joined(separator: ", ") : "\(sources.count) sources"
            if f.fact.isTimeVarying, f.assessment.verdict == .changed {
                // A moving figure: the report's own value was right on its day; say where it went.
                let day = f.fact.claims.filter { f.assessment.bestClaimIDs.contains($0.id) }.compactMap { ClaimAligner.heldOn($0) }.max()
                text += " on \(ClaimAligner.heldOn(c)?.description ?? "an undated day"); latest: \(best)\(day.map { " as of \($0)" } ?? "") (\(who))"
            } else {
                text += "; best supported: \(best) (\(who))"
            }
        }
        return text + ". " + result.explanation(f)
    }

    static func title(_ f: AssessedFact) -> String {
        switch f.assessment.verdict {
        case .conflict: return "Conflict"
        case .changed: return "Changed"
        case .consistent: return "Consistent"
        case .singleSource, .unsupported: return "Unsupported"
        }
    }
}

/// How values read to a person: "USD 865M–875M", "more than 9,000", "2020-03-17 – 2020-03-19".
public enum ValueFormatter {
    public static func understood(_ m: Mention) -> String {
        if let d = m.date {
            if !d.resolved, let w = d.weekday, (1...7).contains(w) {
                return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][w - 1] + " (undated report)"
            }
            let s = d.start.description, e = d.end.description
            return (s == e ? s : "\(s) – \(e)") + (d.resolved ? "" : " (unresolved)")
        }
        if let d = m.duration {
            return interval(d.lowDays, d.highDays, unit: nil) + " days"
        }
        if let p = m.person { return [p.role, p.affiliation].compactMap { $0 }.joined(separator: ", ") }
        if let n = m.name { return n }
        if let measured = MeasurementFormatter.understood(m) { return measured }
        guard let v = m.value else { return "" }
        if v.low == nil, v.high == nil, v.point == nil { return "too large to compare" } // see FigureLimits
        let unit = v.unit
        switch m.kind {
        case .money: return (unit.map { $0 + " " } ?? "") + interval(v.low, v.high, unit: nil, fallback: v.point)
        case .percent: return interval(v.low, v.high, unit: unit == "pp" ? " pp" : "%", fallback: v.point)
        case .multiple: return interval(v.low, v.high, unit: "×", fallback: v.point)
        case .count: return interval(v.low, v.high, unit: nil, fallback: v.point) + (unit.map { " " + $0 } ?? "")
        default: return interval(v.low, v.high, unit: nil, fallback: v.point)
        }
    }

    /// An interval in words: "865M–875M", "more than 9,000"; `prefix` goes before each figure
    /// ("$865M–$875M").
    static func interval(_ low: Double?, _ high: Double?, unit: String?, fallback: Double? = nil, prefix: String = "") -> String {
        let u = unit ?? ""
        func n(_ x: Double) -> String { prefix + number(x) + u }
        switch (low, high) {
        case let (l?, h?) where l == h: return n(l)
        case let (l?, h?): return n(l) + "–" + n(h)
        case let (l?, nil): return "more than " + n(l)
        case let (nil, h?): return "up to " + n(h)
        case (nil, nil): return fallback.map { n($0) } ?? "?"
        }
    }

    /// Compact figures: 865M, 4.5B, 9,500, 10.5.
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "?" : x < 0 ? "-∞" : "∞" }
        let a = Swift.abs(x)
        func trim(_ v: Double) -> String {
            let r = (v * 1000).rounded() / 1000
            // Int64 holds whole numbers below 1e15 exactly; larger ones ("1e308" in trillions) are
            // written by JSONValue.format, which never converts.
            return r == r.rounded() && Swift.abs(r) < 1e15 ? String(Int64(r)) : JSONValue.format(r)
        }
        if a >= 1e12 { return trim(x / 1e12) + "T" }
        if a >= 1e9 { return trim(x / 1e9) + "B" }
        if a >= 1e6 { return trim(x / 1e6) + "M" }
        if x == x.rounded(), a < 1e15 {
            var digits = String(Int64(a))
            var grouped = ""
            while digits.count > 3 {
                grouped = "," + digits.suffix(3) + grouped
                digits = String(digits.dropLast(3))
            }
            return (x < 0 ? "-" : "") + digits + grouped
        }
        return trim(x)
    }
}
