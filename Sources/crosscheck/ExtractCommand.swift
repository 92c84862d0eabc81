import CrossCheck
import Foundation

enum ExtractCommand {
    static func run(_ parsed: Arguments) throws -> ExitCode {
        let command = Commands.extract
        guard !parsed.positionals.isEmpty else { throw CommandLineError("extract needs at least one file", command: command) }
        let format = try parsed.choice("format", in: command) ?? "text"
        var published: CalendarDate?
        if let value = parsed.options["published"] {
            guard let date = CalendarDate(iso: value) else {
                throw CommandLineError("--published \"\(value)\" is not a date (expected YYYY-MM-DD)", command: command)
            }
            published = date
        }
        let root = parsed.options["root"]
        var documents: [Document] = []
        if let root {
            // Files named as check names them, with the metadata check gives them (the root's
            // corpus.json): a worker that extracts part of an archive sees what check sees.
            let files = try parsed.positionals.map { path in
                CorpusFile(path: FileSystem.relative(path, under: root), bytes: try FileSystem.read(path))
            }
            let manifestPath = URL(fileURLWithPath: root).appendingPathComponent(CorpusBuilder.manifestName).path
            let manifest = FileManager.default.fileExists(atPath: manifestPath) ? try FileSystem.read(manifestPath, regularOnly: true) : nil
            do {
                let built = try CorpusBuilder.documents(files, manifest: manifest)
                documents = built.documents
                for path in built.left where !path.hasSuffix(CorpusBuilder.manifestName) {
                    warning(path, manifest == nil ? "a README, left out as check leaves it out" : "not in \(CorpusBuilder.manifestName), left out as check leaves it out")
                }
            } catch let error as CorpusError {
                throw CommandLineError("\(root)/" + error.description)
            }
        } else {
            documents = try parsed.positionals.map { path -> Document in
                let file = CorpusFile(path: path == "-" ? "<stdin>" : path, bytes: try FileSystem.read(path))
                do {
                    return try CorpusBuilder.document(file, published: published)
                } catch let error as CorpusError {
                    throw CommandLineError(error.description)
                }
            }
        }
        let checker = CrossChecker()
        if format == "jsonl" {
            // Claim lines, document by document, written as each part is ready.
            let prepared = checker.prepare(documents)
            for p in prepared { for w in p.document.warnings { warning(p.document.document.path, w) } }
            let lines: FileSystem.Producer = { emit in
                var out = ""
                for p in prepared {
                    for line in ClaimLines.lines(p) { out += line + "\n" }
                    if out.utf8.count > 1 << 20 { emit(out); out = "" }
                }
                emit(out)
            }
            if let output = parsed.options["output"] {
                try FileSystem.writeAll([(output, lines)])
            } else {
                var failure: Error?
                lines { piece in
                    guard failure == nil else { return }
                    do { try Output.standardOutput(piece) } catch { failure = error }
                }
                if let failure { throw failure }
            }
            return .clean
        }
        let extracted = checker.extract(documents)
        let claims = checker.claims(extracted)
        for d in extracted {
            for w in d.warnings { warning(d.document.path, w) }
        }
        let text = format == "json" ? ExtractReporter.json(extracted, claims: claims) : ExtractReporter.text(extracted, claims: claims)
        if let output = parsed.options["output"] {
            try FileSystem.writeAtomically(text, to: output)
        } else {
            try Output.standardOutput(text)
        }
        return .clean
    }
}
