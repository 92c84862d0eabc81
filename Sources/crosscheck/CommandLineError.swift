/// Errors the command line reports with exit code 2: bad usage or bad input.
struct CommandLineError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}

enum ExitCode: Int32 {
    case clean = 0
    case findings = 1
    case usageOrInput = 2
}
