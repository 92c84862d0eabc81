import CrossCheck
import Foundation

/// `crosscheck check`: loads the corpus, configuration, baseline and draft, calls the library,
/// writes the report and picks the exit code.
enum CheckCommand {
    /// GitHub's limit for one step's summary.
    static let stepSummaryLimit = 1 << 20

    static func run(_ parsed: Arguments) throws -> ExitCode {
        let command = Commands.check
        guard parsed.positionals.count == 1 else {
            throw CommandLineError(parsed.positionals.isEmpty ? "check needs a corpus folder"
                                                              : "check takes one corpus folder (got \(parsed.positionals.count): \(parsed.positionals.joined(separator: " ")))",
                                   command: command)
        }
        let root = parsed.positionals[0]
        // "pairs" writes the aligner's scored candidate pairs (JSON Lines) for fitting its weights.
        let formatName = try parsed.choice("format", in: command, extra: ["pairs"]) ?? "markdown"
        let wantsPairs = formatName == "pairs"
        let format = wantsPairs ? .json : ReportFormat(rawValue: formatName) ?? .markdown
        var failOnOption: FailThreshold?
        if let value = try parsed.choice("fail-on", in: command) {
            failOnOption = FailThreshold(rawValue: value)
        }
        if parsed.flags.contains("no-config"), parsed.options["config"] != nil {
            throw CommandLineError("--config and --no-config cannot be used together", command: command)
        }
        var published: CalendarDate?
        if let value = parsed.options["published"] {
            guard parsed.options["draft"] != nil else { throw CommandLineError("--published applies to --draft only", command: command) }
            guard let date = CalendarDate(iso: value) else {
                throw CommandLineError("--published \"\(value)\" is not a date (expected YYYY-MM-DD)", command: command)
            }
            published = date
        }
        if let output = parsed.options["output"], let baseline = parsed.options["write-baseline"], FileSystem.samePath(output, baseline) {
            throw CommandLineError("\(output): --output and --write-baseline name the same file")
        }
        guard FileSystem.isDirectory(root) else { throw CommandLineError("\(root): not a folder") }
        // The root as messages print it before a path inside it: "news/", "news" both give "news/a.txt".
        var shownRoot = root
        while shownRoot.count > 1, shownRoot.hasSuffix("/") { shownRoot.removeLast() }

        // Configuration: --config wins; --no-config ignores files; else walk up from the corpus.
        var config = Configuration()
        var configFile: String?
        if let explicit = parsed.options["config"] {
            configFile = explicit
        } else if !parsed.flags.contains("no-config") {
            configFile = FileSystem.findUpwards(Configuration.fileName, from: root)
        }
        if let configFile {
            config = try FileSystem.configuration(configFile, regularOnly: parsed.options["config"] == nil)
        }

        // The corpus, without the files the configuration ignores.
        let isIgnored: (String) -> Bool = { path in config.ignore.contains { PathPattern.matches(path, pattern: $0) } }
        var configIgnored: [String] = []
        var notFiles: [SkippedFile] = []
        let files = try FileSystem.corpusFiles(root: root, ignoring: isIgnored, skipped: &configIgnored, notFiles: &notFiles)
        let manifestPath = URL(fileURLWithPath: root).appendingPathComponent(CorpusBuilder.manifestName).path
        let manifest = FileManager.default.fileExists(atPath: manifestPath) ? try FileSystem.read(manifestPath, regularOnly: true) : nil
        var ignored: [String] = []
        let name = URL(fileURLWithPath: root).standardizedFileURL.lastPathComponent
        let corpus: Corpus
        do {
            corpus = try CorpusBuilder.build(name: name, files: files, manifest: manifest, ignoredFiles: &ignored, excluded: isIgnored)
        } catch let error as CorpusError {
            // The library names files relative to the corpus root; an empty corpus is the root itself.
            if case .empty = error { throw CommandLineError(CorpusError.empty(root: shownRoot).description) }
            throw CommandLineError("\(shownRoot)/" + error.description)
        }
        ignored = (ignored + configIgnored).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }

        // Check (a draft, or the corpus), then apply the configuration's tolerance and severities.
        var checker = config.makeChecker()
        if let mode = try parsed.choice("stories", in: command) { checker.storyMode = StoryMode(rawValue: mode) ?? .auto }
        let progress = Progress(forced: parsed.flags.contains("progress"))
        if progress.enabled { checker.onProgress = { progress.show($0) } }
        defer { progress.finish() }
        var result: CheckResult
        var draftIndex: Int?
        let draftPath = parsed.options["draft"]
        if let draftPath {
            let file = CorpusFile(path: draftPath == "-" ? "<stdin>" : draftPath, bytes: try FileSystem.read(draftPath))
            let draft: Document
            do {
                draft = try CorpusBuilder.document(file, published: published)
            } catch let error as CorpusError {
                throw CommandLineError(error.description)
            }
            result = checker.checkDraft(corpus, draft: draft, today: FileSystem.today())
            draftIndex = result.documents.count - 1
        } else {
            result = checker.check(corpus)
        }
        result = config.apply(to: result)
        for (index, d) in result.documents.enumerated() {
            let path = index == draftIndex ? d.document.path : "\(shownRoot)/\(d.document.path)"
            for w in d.warnings { warning(path, w) }
        }
        if wantsPairs {
            let text = PairsWriter.lines(result, aligner: checker.aligner)
            if let output = parsed.options["output"] { try FileSystem.writeAtomically(text, to: output) } else { try Output.standardOutput(text) }
            return .clean
        }

        // The gate: threshold, baseline.
        let failOn = failOnOption ?? config.failOn ?? .conflict
        var baseline: Baseline?
        var baselineFile = parsed.options["baseline"]
        if let file = parsed.options["baseline"] {
            do {
                baseline = try Baseline.parse(try FileSystem.read(file), file: file)
            } catch let error as ConfigurationError {
                throw CommandLineError(error.description)
            }
        }
        // Written below, together with the report: the outputs of a run are all or nothing.
        var outputs: [(path: String, text: String)] = []
        let baselineTarget = parsed.options["write-baseline"]
        if let file = baselineTarget {
            let written = Baseline.from(result)
            outputs.append((file, written.serialized()))
            baseline = written
            baselineFile = file
        }
        var gate = Gate.evaluate(result, failOn: failOn, baseline: baseline, baselineFile: baselineFile)
        gate.draftIndex = draftIndex
        for e in gate.stale {
            standardError("crosscheck: baseline entry \(e.id) (\(e.label)) no longer matches a finding; remove it from \(baselineFile ?? "the baseline")")
        }

        // Report.
        let output = parsed.options["output"]
        var context = ReportContext(linkBase: FileSystem.relativeLink(from: output, to: root),
                                    artifactBase: FileSystem.relativeLink(from: nil, to: root),
                                    ignoredFiles: ignored, gate: gate)
        context.skippedFiles = notFiles
        if let draftPath, draftPath != "-" {
            context.linkOverrides[draftPath] = FileSystem.relativePath(from: output, to: draftPath)
            context.artifactOverrides[draftPath] = FileSystem.relativePath(from: nil, to: draftPath)
        }
        // The report is written as it is made: to its file beside the baseline, or to standard
        // output once every file is ready to be renamed.
        let reporter = format.reporter
        let report: FileSystem.Producer = { emit in reporter.write(result, context: context, to: emit) }
        var targets: [(path: String, content: FileSystem.Producer)] = outputs.map { file in (file.path, { emit in emit(file.text) }) }
        if let output { targets.append((output, report)) }
        try FileSystem.writeAll(targets) {
            guard output == nil else { return }
            var failure: Error?
            report { piece in
                guard failure == nil else { return }
                do { try Output.standardOutput(piece) } catch { failure = error }
            }
            if let failure { throw failure }
        }
        if let baselineTarget, let written = baseline {
            standardError("crosscheck: wrote \(written.entries.count) finding\(written.entries.count == 1 ? "" : "s") to \(baselineTarget)")
        }
        if format == .github, let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
            var summaryContext = context
            summaryContext.linkBase = context.artifactBase
            summaryContext.linkOverrides = context.artifactOverrides
            try appendStepSummary(MarkdownReporter().report(result, context: summaryContext), to: summary)
        }
        if !gate.passed {
            standardError("crosscheck: \(gate.failing.count) finding\(gate.failing.count == 1 ? "" : "s") at or above --fail-on \(failOn.rawValue)")
        }
        return gate.passed ? .clean : .findings
    }

    /// Appends the Markdown report to the job summary, cut at a line so the file stays under 1 MiB.
    static func appendStepSummary(_ markdown: String, to path: String) throws {
        let existing = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let budget = stepSummaryLimit - existing
        var bytes = Array(markdown.utf8)
        if bytes.count > budget {
            let note = Array("\n\n_The report was cut to fit GitHub's 1 MiB job summary limit; see the full report in the job's artifacts or logs._\n".utf8)
            var cut = max(0, budget - note.count)
            while cut > 0, bytes[cut - 1] != 0x0A { cut -= 1 }
            bytes = cut > 0 ? Array(bytes[..<cut]) + note : []
        }
        guard !bytes.isEmpty else { return }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw CommandLineError("\(path) (GITHUB_STEP_SUMMARY): cannot be opened (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        if let reason = Output.write(bytes, to: descriptor) {
            throw CommandLineError("\(path) (GITHUB_STEP_SUMMARY): cannot be written (\(reason))")
        }
    }
}
