import CrossCheck
import Foundation

/// `crosscheck reconcile`: claim lines in, findings as JSON Lines out (see `ClaimLines`).
enum ReconcileCommand {
    static func run(_ parsed: Arguments) throws -> ExitCode {
        let command = Commands.reconcile
        // Claim lines carry no folder to find a .crosscheck.json from: the configuration is named.
        let config = try parsed.options["config"].map { try FileSystem.configuration($0) } ?? Configuration()
        var checker = config.makeChecker()
        if let mode = try parsed.choice("stories", in: command) { checker.storyMode = StoryMode(rawValue: mode) ?? .auto }
        let paths = parsed.positionals.isEmpty ? ["-"] : parsed.positionals
        let inputs = try paths.map { path in (name: path == "-" ? "<stdin>" : path, bytes: try FileSystem.read(path)) }
        let documents = try ClaimLines.read(inputs)
        if parsed.flags.contains("assign") {
            // Where each document belongs: what a batch job adds to document lines as "group".
            var text = ""
            for story in checker.group(documents) {
                for d in story.documents {
                    text += JSONValue.object([("path", .string(documents[d].path)), ("group", .string(story.id))]).serialized(pretty: false) + "\n"
                }
            }
            if let output = parsed.options["output"] { try FileSystem.writeAtomically(text, to: output) } else { try Output.standardOutput(text) }
            return .clean
        }
        var reconciled = checker.reconcile(documents)
        reconciled.facts = config.apply(to: reconciled.facts)
        var places: [String: FindingLines.Place] = [:]
        for d in documents {
            for p in d.claims {
                places[p.claim.id] = FindingLines.Place(path: d.path, line: p.start.line, column: p.start.column, quote: p.quote)
            }
        }
        let lines = FindingLines.lines(reconciled.facts, stories: reconciled.stories) { places[$0.id] ?? FindingLines.Place(path: "", line: 0, column: 0, quote: "") }
        let text = lines.map { $0 + "\n" }.joined()
        if let output = parsed.options["output"] { try FileSystem.writeAtomically(text, to: output) } else { try Output.standardOutput(text) }
        return .clean
    }
}
