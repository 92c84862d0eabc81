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
        let documents = try parsed.positionals.map { path -> Document in
            let file = CorpusFile(path: path == "-" ? "<stdin>" : path, bytes: try FileSystem.read(path))
            return try CorpusBuilder.document(file, published: published)
        }
        let checker = CrossChecker()
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
