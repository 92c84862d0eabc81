/// JUnit XML for GitLab, Jenkins and other CI test views: one test case per fact that several
/// documents state (and, for a draft, per draft claim no source states); a `<failure>` for each
/// finding at or above the gate's threshold; `<skipped>` for findings the baseline accepts.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"

    public init() {}

    public func report(_ result: CheckResult, context: ReportContext) -> String {
        let failOn = context.gate?.failOn ?? .conflict
        let facts = result.facts.filter { f in
            f.assessment.verdict != .singleSource || context.draftIndex != nil
        }
        var seen: [String: Int] = [:]
        var cases: [String] = []
        var failures = 0, skipped = 0
        for f in facts {
            var name = "\(f.label) [\(f.id)]"
            seen[name, default: 0] += 1
            if let n = seen[name], n > 1 { name += " #\(n)" }
            let primary = Findings.primary(f, context)
            let file = context.artifact(result.document(primary))
            let line = result.position(primary).line
            var xml = "    <testcase classname=\"crosscheck.\(f.assessment.verdict.rawValue)\" name=\"\(JUnitReporter.escape(name))\" file=\"\(JUnitReporter.escape(file))\" line=\"\(line)\""
            let message = Findings.message(f, result, context)
            if context.isAccepted(f) {
                skipped += 1
                xml += ">\n      <skipped message=\"accepted by the baseline\"/>\n    </testcase>"
            } else if Gate.isFinding(f) && failOn.fails(f.assessment.verdict) {
                failures += 1
                xml += ">\n      <failure message=\"\(JUnitReporter.escape(message))\" type=\"\(f.assessment.verdict.rawValue)\">"
                xml += JUnitReporter.escape(details(f, result, context)) + "</failure>\n    </testcase>"
            } else if Gate.isFinding(f) || f.assessment.verdict == .singleSource {
                xml += ">\n      <system-out>\(JUnitReporter.escape(message))</system-out>\n    </testcase>"
            } else {
                xml += "/>"
            }
            cases.append(xml)
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"crosscheck\" tests=\"\(facts.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
        out += "  <testsuite name=\"\(JUnitReporter.escape(result.corpusName))\" tests=\"\(facts.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
        for c in cases { out += c + "\n" }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    func details(_ f: AssessedFact, _ result: CheckResult, _ context: ReportContext) -> String {
        var lines = [result.explanation(f)]
        for c in f.fact.claims {
            let doc = result.document(c)
            let pos = result.position(c)
            lines.append("\(context.artifact(doc)):\(pos.line):\(pos.column) \(doc.displaySource) (\(doc.metadata.published?.description ?? "undated")): \(result.quote(c)) → \(ValueFormatter.understood(c.mention))")
        }
        return lines.joined(separator: "\n")
    }

    /// Escapes XML markup characters and drops characters XML 1.0 does not allow; line breaks in
    /// attributes become character references so they survive attribute normalisation.
    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                let v = scalar.value
                if v < 0x20 || (v >= 0xFFFE && v <= 0xFFFF) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
