/// What a reporter knows besides the result: how to link to a document from where the report is
/// written, and which files were left out of the corpus.
public struct ReportContext: Sendable {
    /// Prepended to a document's corpus-relative path to make a link or a SARIF URI
    /// ("../fixtures/sma-2020/").
    public var linkBase: String
    public var ignoredFiles: [String]

    public init(linkBase: String = "", ignoredFiles: [String] = []) {
        self.linkBase = linkBase
        self.ignoredFiles = ignoredFiles
    }
}

/// One output format: a function from a check result to text.
public protocol Reporter: Sendable {
    static var identifier: String { get }
    func report(_ result: CheckResult, context: ReportContext) -> String
}

public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown, json

    public var reporter: any Reporter {
        switch self {
        case .markdown: return MarkdownReporter()
        case .json: return JSONReporter()
        }
    }
}

/// How values read to a person: "USD 865M–875M", "more than 9,000", "2020-03-17 – 2020-03-19".
public enum ValueFormatter {
    public static func understood(_ m: Mention) -> String {
        if let d = m.date {
            let s = d.start.description, e = d.end.description
            return (s == e ? s : "\(s) – \(e)") + (d.resolved ? "" : " (unresolved)")
        }
        if let d = m.duration {
            return interval(d.lowDays, d.highDays, unit: nil) + " days"
        }
        if let p = m.person { return [p.role, p.affiliation].compactMap { $0 }.joined(separator: ", ") }
        if let n = m.name { return n }
        guard let v = m.value else { return "" }
        let unit = v.unit
        switch m.kind {
        case .money: return (unit.map { $0 + " " } ?? "") + interval(v.low, v.high, unit: nil, fallback: v.point)
        case .percent: return interval(v.low, v.high, unit: unit == "pp" ? " pp" : "%", fallback: v.point)
        case .multiple: return interval(v.low, v.high, unit: "×", fallback: v.point)
        case .count: return interval(v.low, v.high, unit: nil, fallback: v.point) + (unit.map { " " + $0 } ?? "")
        default: return interval(v.low, v.high, unit: nil, fallback: v.point)
        }
    }

    static func interval(_ low: Double?, _ high: Double?, unit: String?, fallback: Double? = nil) -> String {
        let u = unit ?? ""
        switch (low, high) {
        case let (l?, h?) where l == h: return number(l) + u
        case let (l?, h?): return number(l) + u + "–" + number(h) + u
        case let (l?, nil): return "more than " + number(l) + u
        case let (nil, h?): return "up to " + number(h) + u
        case (nil, nil): return fallback.map { number($0) + u } ?? "?"
        }
    }

    /// Compact figures: 865M, 4.5B, 9,500, 10.5.
    public static func number(_ x: Double) -> String {
        let a = Swift.abs(x)
        func trim(_ v: Double) -> String {
            let r = (v * 1000).rounded() / 1000
            return r == r.rounded() ? String(Int64(r)) : JSONValue.format(r)
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
