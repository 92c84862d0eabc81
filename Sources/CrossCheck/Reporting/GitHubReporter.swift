/// GitHub workflow commands, one line per open finding:
/// `::error file=F,line=L,col=C,endLine=L2,endColumn=E,title=T::message`. GitHub shows only the
/// first ten errors and warnings of a step, so the CLI also writes the Markdown report to the job
/// summary when `$GITHUB_STEP_SUMMARY` is set.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"

    public init() {}

    public func report(_ result: CheckResult, context: ReportContext) -> String {
        var lines: [String] = []
        for f in Findings.open(result, context) {
            let c = Findings.primary(f, context)
            let start = result.position(c), end = result.endPosition(c)
            var properties = [
                ("file", context.artifact(result.document(c))),
                ("line", String(start.line)),
                ("col", String(start.column)),
            ]
            if end.line != start.line { properties.append(("endLine", String(end.line))) }
            properties.append(("endColumn", String(end.column)))
            properties.append(("title", "crosscheck \(Findings.title(f).lowercased()): \(f.label) [\(f.id)]"))
            lines.append(GitHubReporter.command(GitHubReporter.command(for: f.assessment.severity), properties: properties,
                                                message: Findings.message(f, result, context)))
        }
        for e in context.gate?.stale ?? [] {
            lines.append(GitHubReporter.command("warning", properties: [("title", "crosscheck baseline")],
                                                message: SARIFReporter.staleMessage(e, context)))
        }
        let open = Findings.open(result, context).filter(Gate.isFinding).count
        let accepted = context.gate?.accepted.count ?? 0
        lines.append("crosscheck: \(open) open finding\(open == 1 ? "" : "s")" + (accepted > 0 ? ", \(accepted) accepted by the baseline" : ""))
        return lines.joined(separator: "\n") + "\n"
    }

    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "notice"
        }
    }

    public static func command(_ name: String, properties: [(String, String)], message: String) -> String {
        let props = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name)\(props.isEmpty ? "" : " " + props)::\(escapeData(message))"
    }

    /// Message text: `%`, CR and LF.
    public static func escapeData(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Property values: as messages, and also `:` and `,`.
    public static func escapeProperty(_ s: String) -> String {
        var out = ""
        for scalar in escapeData(s).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
