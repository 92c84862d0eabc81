/// A small parser for `command [positionals] [--flag] [--option value]`, driven by the command's
/// declared options so that errors can name the command and suggest the nearest option.
struct Arguments {
    var positionals: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []
    /// `--help` or `-h` was given: the caller prints the command's help and exits 0.
    var wantsHelp = false
    /// `--version` was given (after the subcommand, as `crosscheck check --version`).
    var wantsVersion = false

    /// - Parameters:
    ///   - command: the command whose options are accepted (`--output FILE` or `--output=FILE`).
    init(_ args: [String], command: CommandSpec) throws {
        let valued = command.valued, switches = command.switches
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let a = args[i]
            i += 1
            // "-" is standard input; after "--" everything is a positional (a file named "--x").
            if onlyPositionals || !a.hasPrefix("-") || a == "-" {
                positionals.append(a)
                continue
            }
            if a == "--" { onlyPositionals = true; continue }
            if a == "-h" || a == "--help" { wantsHelp = true; continue }
            if a == "--version" { wantsVersion = true; continue }
            guard a.hasPrefix("--") else {
                // Short options other than -h are not offered: say which long one was meant.
                throw CommandLineError("unknown option \(a)", command: command,
                                       suggestion: Suggestions.option(a, in: command))
            }
            var name = String(a.dropFirst(2))
            var inline: String?
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if valued.contains(name) {
                if let inline { options[name] = inline; continue }
                guard i < args.count else {
                    let placeholder = command.options.first { $0.name == name }?.value ?? "VALUE"
                    throw CommandLineError("--\(name) needs a value (--\(name) \(placeholder))", command: command)
                }
                options[name] = args[i]
                i += 1
            } else if switches.contains(name) {
                guard inline == nil else { throw CommandLineError("--\(name) takes no value", command: command) }
                flags.insert(name)
            } else {
                throw CommandLineError("unknown option --\(name) for \(command.name)", command: command,
                                       suggestion: Suggestions.option(a, in: command))
            }
        }
    }

    /// The value of an option with a fixed list of choices, checked against it.
    func choice(_ name: String, in command: CommandSpec, extra: [String] = []) throws -> String? {
        guard let value = options[name] else { return nil }
        let choices = (command.options.first { $0.name == name }?.choices ?? []) + extra
        guard choices.isEmpty || choices.contains(value) else {
            let near = Suggestions.nearest(value, among: choices)
            throw CommandLineError("--\(name) \"\(value)\": choose \(Suggestions.list(choices.filter { !extra.contains($0) }))",
                                   command: command, suggestion: near.map { "--\(name) \($0)" })
        }
        return value
    }
}

/// "Did you mean": the nearest known word by edit distance, as git and cargo suggest.
enum Suggestions {
    static func option(_ given: String, in command: CommandSpec) -> String? {
        var name = given
        while name.hasPrefix("-") { name.removeFirst() }
        if let eq = name.firstIndex(of: "=") { name = String(name[..<eq]) }
        let names = command.options.filter { !$0.hidden }.map(\.name) + Commands.commonOptions.map(\.name)
        // A single-letter short option ("-o") means the long option it starts.
        if name.count == 1, let only = names.filter({ $0.hasPrefix(name) }).first, names.filter({ $0.hasPrefix(name) }).count == 1 {
            return "--" + only
        }
        return nearest(name, among: names).map { "--" + $0 }
    }

    /// The closest candidate within a distance that still reads as a typo (about a third of the
    /// word), or the only candidate the word is a prefix of ("--out" → "--output").
    static func nearest(_ word: String, among candidates: [String]) -> String? {
        let w = word.lowercased()
        let prefixed = candidates.filter { $0.hasPrefix(w) && !w.isEmpty }
        if prefixed.count == 1 { return prefixed[0] }
        let limit = max(1, w.count / 3)
        let scored = candidates.map { ($0, distance(w, $0.lowercased())) }.filter { $0.1 <= limit }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Damerau–Levenshtein distance (optimal string alignment): "chekc" is one step from "check".
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }

    /// "a, b or c".
    static func list(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " or " + last
    }
}
