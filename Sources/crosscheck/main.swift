import CrossCheck
import Foundation

let environment = ProcessInfo.processInfo.environment
let outputStyle = TerminalStyle.forDescriptor(STDOUT_FILENO, environment: environment)
let errorStyle = TerminalStyle.forDescriptor(STDERR_FILENO, environment: environment)

func standardError(_ message: String) {
    Output.standardError(message + "\n")
}

/// A warning line on standard error ("crosscheck: news/a.txt: warning: …"), colored on a terminal.
func warning(_ subject: String, _ message: String) {
    standardError("crosscheck: \(subject): " + errorStyle.warning("warning:") + " " + message)
}

func run(_ args: [String]) throws -> ExitCode {
    guard let first = args.first else {
        // No command: the overview, on standard error since nothing asked for it, and exit 2.
        standardError(Commands.overview(errorStyle))
        return .usageOrInput
    }
    let rest = Array(args.dropFirst())
    switch first {
    case "--help", "-h":
        try Output.standardOutput(Commands.overview(outputStyle))
        return .clean
    case "--version":
        try Output.standardOutput("crosscheck \(CrossChecker.version)\n")
        return .clean
    case "help":
        guard let name = rest.first else {
            try Output.standardOutput(Commands.overview(outputStyle))
            return .clean
        }
        guard let command = Commands.named(name) else {
            throw CommandLineError("no command '\(name)'", command: Commands.help,
                                   suggestion: Suggestions.nearest(name, among: Commands.all.map(\.name)).map { "crosscheck help \($0)" })
        }
        try Output.standardOutput(command.help(outputStyle))
        return .clean
    default:
        break
    }
    guard let command = Commands.named(first) else {
        var error: CommandLineError
        if first.hasPrefix("-") {
            error = CommandLineError("unknown option \(first)",
                                     suggestion: Suggestions.nearest(first.trimmingPrefix("--").description, among: ["help", "version"]).map { "--" + $0 })
        } else {
            error = CommandLineError("unknown command '\(first)'",
                                     suggestion: Suggestions.nearest(first, among: Commands.all.map(\.name)).map { "crosscheck \($0)" })
        }
        error.topLevel = true
        throw error
    }
    // Help and version win over anything else on the line, even a wrong option next to them.
    let options = rest.prefix { $0 != "--" }
    if options.contains("--help") || options.contains("-h") {
        try Output.standardOutput(command.help(outputStyle))
        return .clean
    }
    if options.contains("--version") {
        try Output.standardOutput("crosscheck \(CrossChecker.version)\n")
        return .clean
    }
    let parsed = try Arguments(rest, command: command)
    switch command.name {
    case Commands.check.name: return try CheckCommand.run(parsed)
    case Commands.extract.name: return try ExtractCommand.run(parsed)
    default: return try CompletionsCommand.run(parsed)
    }
}

enum CompletionsCommand {
    static func run(_ parsed: Arguments) throws -> ExitCode {
        let command = Commands.completions
        guard parsed.positionals.count == 1 else {
            throw CommandLineError(parsed.positionals.isEmpty ? "completions needs a shell: bash or zsh"
                                                              : "completions takes one shell (got \(parsed.positionals.count))",
                                   command: command)
        }
        let shell = parsed.positionals[0]
        guard let script = Completions.script(for: shell) else {
            throw CommandLineError("no completions for '\(shell)': choose bash or zsh", command: command,
                                   suggestion: Suggestions.nearest(shell, among: Completions.shells).map { "crosscheck completions \($0)" })
        }
        try Output.standardOutput(script)
        return .clean
    }
}

Output.prepare()
do {
    let code = try run(Array(CommandLine.arguments.dropFirst()))
    exit(code.rawValue)
} catch let error as CommandLineError {
    standardError(error.message(errorStyle))
    exit(ExitCode.usageOrInput.rawValue)
} catch let error as CorpusError {
    standardError(CommandLineError(error.description).message(errorStyle))
    exit(ExitCode.usageOrInput.rawValue)
} catch {
    standardError(CommandLineError("\(error)").message(errorStyle))
    exit(ExitCode.usageOrInput.rawValue)
}
