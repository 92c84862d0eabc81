import CrossCheck
import Foundation

/// `--archive N [--seed S] [--story-keys] [--write DIR]`: the whole check on N generated reports
/// over many stories (see ArchiveGenerator). Prints, per stage, wall time, the process's peak
/// memory so far and what the stage produced; `--write DIR` writes the archive as files instead,
/// for timing the command line (`/usr/bin/time -v crosscheck check DIR`).
enum ArchiveBench {
    static func run(_ arguments: [String]) {
        func value(_ name: String) -> String? {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
            return arguments[i + 1]
        }
        let count = value("--archive").flatMap { Int($0) } ?? 1_000
        let seed = value("--seed").flatMap { UInt64($0) } ?? 2_021
        var generator = ArchiveGenerator(seed: seed, storyKeys: arguments.contains("--story-keys"))
        var t = now()
        let reports = generator.reports(count: count)
        let bytes = reports.reduce(0) { $0 + $1.text.utf8.count }
        if let folder = value("--write") {
            write(reports, to: folder)
            print(String(format: "wrote %d reports, %.1f MB, to %@ (%.2f s)", reports.count, Double(bytes) / 1e6, folder, lap(&t)))
            return
        }
        let mb = Double(bytes) / 1e6
        print(String(format: "%d reports, %.1f MB (seed %llu)", reports.count, mb, seed))
        stage("generate", lap(&t), "")

        var ignored: [String] = []
        let files = reports.map { CorpusFile(path: $0.path, bytes: Array($0.text.utf8)) }
        guard let corpus = try? CorpusBuilder.build(name: "archive", files: files, manifest: nil, ignoredFiles: &ignored) else {
            print("the generated archive did not build as a corpus")
            return
        }
        stage("corpus", lap(&t), "\(corpus.documents.count) documents")

        let checker = CrossChecker()
        let prepared = checker.prepare(corpus.documents)
        stage("extract, claims", lap(&t), "\(prepared.reduce(0) { $0 + $1.claims.count }) claims")
        let result = checker.check(prepared, corpusName: "archive")
        stage("stories, align, reconcile", lap(&t), "\(result.claimCount) claims, \(result.facts.count) facts, \(result.count(.conflict)) conflicts, \(result.count(.changed)) changed")
        print(storyAccuracy(result))
        var jsonBytes = 0
        JSONReporter().write(result, context: ReportContext()) { jsonBytes += $0.utf8.count }
        stage("JSON report (streamed)", lap(&t), String(format: "%.1f MB", Double(jsonBytes) / 1e6))
        let markdown = MarkdownReporter().report(result, context: ReportContext())
        stage("Markdown report", lap(&t), String(format: "%.1f MB", Double(markdown.utf8.count) / 1e6))
        print(String(format: "total (without generating): %.2f s, %.3f ms per report, peak memory %.0f MB",
                     now() - start, (now() - start) * 1000 / Double(reports.count), peakMegabytes()))
    }

    /// How the stories found compare with the generated ones (each path ends in "-s<story>.md").
    static func storyAccuracy(_ result: CheckResult) -> String {
        func truth(_ path: String) -> Substring { path.split(separator: "-").last ?? "" }
        var mixed = 0
        var foundIn: [Substring: Set<Int>] = [:]
        for (k, s) in result.stories.enumerated() {
            let truths = Set(s.documents.map { truth(result.documents[$0].document.path) })
            if truths.count > 1 { mixed += 1 }
            for t in truths { foundIn[t, default: []].insert(k) }
        }
        let split = foundIn.values.filter { $0.count > 1 }.count
        return "stories: \(result.stories.count) found, \(foundIn.count) generated; \(mixed) found stories mix generated ones, \(split) generated stories are split"
    }

    nonisolated(unsafe) static var start = now()

    static func stage(_ name: String, _ seconds: Double, _ what: String) {
        if name == "generate" { start = now() }
        print(String(format: "%@ %7.2f s   peak %6.0f MB   %@", name.padding(toLength: 26, withPad: " ", startingAt: 0), seconds, peakMegabytes(), what))
    }

    static func write(_ reports: [ArchiveGenerator.Report], to folder: String) {
        let root = URL(fileURLWithPath: folder)
        for r in reports {
            let url = root.appendingPathComponent(r.path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(r.text.utf8).write(to: url)
        }
    }

    /// The process's peak resident memory (VmHWM), in MB; 0 where /proc is not there.
    static func peakMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
        return 0
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func lap(_ t: inout Double) -> Double {
        let n = now()
        defer { t = n }
        return n - t
    }
}
