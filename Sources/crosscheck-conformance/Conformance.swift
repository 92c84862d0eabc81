import Foundation

/// Shared harness: reads JSON Lines spec files, counts passes per file and prints a table.
struct Conformance {
    struct FileResult {
        var file: String
        var inScope = 0
        var passed = 0
        var skipped = 0
        var failures: [String] = []
    }

    let specs: URL
    let failuresToShow: Int
    var results: [FileResult] = []

    init(specs: URL, failuresToShow: Int) {
        self.specs = specs
        self.failuresToShow = failuresToShow
    }

    static func locateSpecs(_ argument: String?) -> URL? {
        let candidates = [argument, "../shared/specs", "../../shared/specs"].compactMap { $0 }
        for c in candidates {
            let url = URL(fileURLWithPath: c)
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("README.md").path) { return url }
        }
        return nil
    }

    /// Lines of a JSONL spec file as dictionaries; nil when the file is absent.
    func lines(_ relative: String) -> [[String: Any]]? {
        let url = specs.appendingPathComponent(relative)
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// Runs `check` on every case of a file. `check` returns nil when the case is out of scope,
    /// otherwise nil-or-message: `.some(nil)` passed, `.some(message)` failed.
    mutating func run(_ label: String, file: String, _ check: ([String: Any]) -> String??) {
        guard let cases = lines(file) else {
            print("conformance: \(file) missing; skipped")
            return
        }
        var result = FileResult(file: label)
        for c in cases {
            guard let outcome = check(c) else { result.skipped += 1; continue }
            result.inScope += 1
            if let message = outcome { result.failures.append(message) } else { result.passed += 1 }
        }
        results.append(result)
    }

    func printSummary() {
        print("| suite | in scope | passed | rate | out of scope |")
        print("|---|---:|---:|---:|---:|")
        for r in results {
            let rate = r.inScope == 0 ? 0 : Double(r.passed) * 100 / Double(r.inScope)
            print("| \(r.file) | \(r.inScope) | \(r.passed) | \(String(format: "%.1f", rate))% | \(r.skipped) |")
        }
        if failuresToShow > 0 {
            for r in results where !r.failures.isEmpty {
                print("\n## \(r.file): first failures")
                for f in r.failures.prefix(failuresToShow) { print("- \(f)") }
            }
        }
    }
}
