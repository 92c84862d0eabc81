import CrossCheck
import Foundation

let usage = """
usage: crosscheck check CORPUS [--format markdown|json|sarif|junit|github] [--output FILE]
                       [--fail-on conflict|changed|never] [--baseline FILE] [--write-baseline FILE]
                       [--config FILE | --no-config] [--draft FILE [--published YYYY-MM-DD]]
       crosscheck extract FILE... [--published YYYY-MM-DD] [--format text|json] [--output FILE]
       crosscheck --help | --version

check    reads every .txt and .md file under CORPUS (metadata from CORPUS/corpus.json or front
         matter), finds the claims the documents share and reports where they disagree.
         --draft FILE checks one draft against the corpus and reports only where the draft disagrees.
         Configuration comes from the nearest .crosscheck.json at or above CORPUS.
extract  prints every mention and claim found in the given files ("-" reads standard input).

exit codes: 0 no finding at or above --fail-on (default conflict) after the baseline;
            1 such findings remain; 2 usage, input or configuration error.
"""

func standardError(_ message: String) {
    Output.standardError(message + "\n")
}

func run(_ args: [String]) throws -> ExitCode {
    guard let command = args.first else {
        standardError(usage)
        return .usageOrInput
    }
    let rest = Array(args.dropFirst())
    switch command {
    case "--help", "-h", "help":
        try Output.standardOutput(usage + "\n")
        return .clean
    case "--version":
        try Output.standardOutput("crosscheck \(CrossChecker.version)\n")
        return .clean
    case "check":
        return try CheckCommand.run(rest)
    case "extract":
        return try ExtractCommand.run(rest)
    default:
        throw CommandLineError("unknown command '\(command)' (see crosscheck --help)")
    }
}

Output.prepare()
do {
    let code = try run(Array(CommandLine.arguments.dropFirst()))
    exit(code.rawValue)
} catch let error as CommandLineError {
    standardError("crosscheck: \(error.description)")
    exit(ExitCode.usageOrInput.rawValue)
} catch let error as CorpusError {
    standardError("crosscheck: \(error.description)")
    exit(ExitCode.usageOrInput.rawValue)
} catch {
    standardError("crosscheck: \(error)")
    exit(ExitCode.usageOrInput.rawValue)
}
