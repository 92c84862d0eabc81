/// A small parser for `command [positionals] [--flag] [--option value]`.
struct Arguments {
    var positionals: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// - Parameters:
    ///   - valued: options that take a value (`--output FILE` or `--output=FILE`).
    ///   - switches: options that take none.
    init(_ args: [String], valued: Set<String>, switches: Set<String>) throws {
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositionals || !a.hasPrefix("--") || a == "-" {
                positionals.append(a)
                continue
            }
            if a == "--" { onlyPositionals = true; continue }
            var name = String(a.dropFirst(2))
            var inline: String?
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if valued.contains(name) {
                if let inline { options[name] = inline; continue }
                guard i < args.count else { throw CommandLineError("--\(name) needs a value") }
                options[name] = args[i]
                i += 1
            } else if switches.contains(name), inline == nil {
                flags.insert(name)
            } else {
                throw CommandLineError("unknown option --\(name) (see crosscheck --help)")
            }
        }
    }
}
