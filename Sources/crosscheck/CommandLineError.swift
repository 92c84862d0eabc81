/// Errors the command line reports with exit code 2: bad usage or bad input. A usage error carries
/// its command, so the message is followed by that command's usage line, and may carry the
/// nearest known word ("did you mean `check`?").
struct CommandLineError: Error, CustomStringConvertible {
    var description: String
    /// The command whose usage line follows the message; nil for input errors (a file that does
    /// not parse), where the usage would not help.
    var command: CommandSpec?
    var suggestion: String?
    /// Usage errors of the top level (an unknown command): the overview's usage line follows.
    var topLevel = false

    init(_ description: String, command: CommandSpec? = nil, suggestion: String? = nil) {
        self.description = description
        self.command = command
        self.suggestion = suggestion
    }

    /// The lines standard error shows.
    func message(_ style: TerminalStyle) -> String {
        var lines = [style.error("crosscheck:") + " " + description]
        if let suggestion { lines.append("       did you mean " + style.bold("`\(suggestion)`") + "?") }
        if let command {
            lines.append(command.usageLine)
            lines.append("Run 'crosscheck help \(command.name)' for its options and examples.")
        } else if topLevel {
            lines.append("usage: crosscheck COMMAND [ARGS...]   (commands: \(Commands.all.map(\.name).joined(separator: ", ")))")
            lines.append("Run 'crosscheck --help' for more.")
        }
        return lines.joined(separator: "\n")
    }
}

enum ExitCode: Int32 {
    case clean = 0
    case findings = 1
    case usageOrInput = 2
}
