import Foundation
import Testing
@testable import CrossCheck

/// Golden files: compared byte for byte; `CROSSCHECK_UPDATE_GOLDEN=1` writes them instead. A missing
/// file fails the test unless the variable is set.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["CROSSCHECK_UPDATE_GOLDEN"] == "1" }

    static func check(_ actual: String, against relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = Fixtures.root.appendingPathComponent(relativePath)
        if updating {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do { try Data(actual.utf8).write(to: url) } catch {
                Issue.record("cannot write golden file \(relativePath): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("golden file \(relativePath) is missing; run with CROSSCHECK_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            let want = line < a.count ? String(a[line]) : "<end of file>"
            let got = line < b.count ? String(b[line]) : "<end of file>"
            Issue.record("\(relativePath) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n(run with CROSSCHECK_UPDATE_GOLDEN=1 to accept the new output)",
                         sourceLocation: sourceLocation)
        }
    }
}

/// The sma-2020 fixture checked and reported as the golden files expect: links relative to
/// `reports/`, artifact paths relative to the repository root, the default gate.
enum GoldenRun {
    static func result() throws -> CheckResult { try Fixtures.check("sma-2020") }

    static func context(_ result: CheckResult, forFile folder: String = "reports") -> ReportContext {
        ReportContext(linkBase: folder == "reports" ? "../fixtures/sma-2020/" : "fixtures/sma-2020/",
                      artifactBase: "fixtures/sma-2020/",
                      gate: Gate.evaluate(result, failOn: .conflict))
    }

    static let files: [(ReportFormat, String)] = [
        (.markdown, "reports/sma-2020.md"),
        (.html, "reports/sma-2020.html"),
        (.json, "Tests/CrossCheckTests/Reporting/Golden/sma-2020.json"),
        (.sarif, "Tests/CrossCheckTests/Reporting/Golden/sma-2020.sarif"),
        (.junit, "Tests/CrossCheckTests/Reporting/Golden/sma-2020.junit.xml"),
        (.github, "Tests/CrossCheckTests/Reporting/Golden/sma-2020.github.txt"),
    ]
}
