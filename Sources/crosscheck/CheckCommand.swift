import CrossCheck
import Foundation

enum CheckCommand {
    static func run(_ args: [String]) throws -> ExitCode {
        let parsed = try Arguments(args, valued: ["format", "output"], switches: [])
        guard parsed.positionals.count == 1 else {
            throw CommandLineError("check takes one corpus folder (got \(parsed.positionals.count))")
        }
        let root = parsed.positionals[0]
        let format = try parseFormat(parsed.options["format"] ?? "markdown")
        guard FileSystem.isDirectory(root) else { throw CommandLineError("\(root): not a folder") }

        let files = try FileSystem.corpusFiles(root: root)
        let manifestPath = URL(fileURLWithPath: root).appendingPathComponent(CorpusBuilder.manifestName).path
        let manifest = FileManager.default.fileExists(atPath: manifestPath) ? try FileSystem.read(manifestPath) : nil
        var ignored: [String] = []
        let name = URL(fileURLWithPath: root).standardizedFileURL.lastPathComponent
        let corpus: Corpus
        do {
            corpus = try CorpusBuilder.build(name: name, files: files, manifest: manifest, ignoredFiles: &ignored)
        } catch let error as CorpusError {
            throw CommandLineError("\(root)/" + error.description)
        }

        let checker = CrossChecker()
        let result = checker.check(corpus)
        let context = ReportContext(linkBase: FileSystem.relativeLink(from: parsed.options["output"], to: root),
                                    ignoredFiles: ignored)
        let text = format.reporter.report(result, context: context)
        if let output = parsed.options["output"] {
            try FileSystem.writeAtomically(text, to: output)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        return result.conflicts.isEmpty ? .clean : .findings
    }

    static func parseFormat(_ value: String) throws -> ReportFormat {
        guard let format = ReportFormat(rawValue: value) else {
            throw CommandLineError("unknown format '\(value)' (choose from \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return format
    }
}
