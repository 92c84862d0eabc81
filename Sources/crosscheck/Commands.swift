import CrossCheck

/// One option of a command, as help, error messages and completion scripts show it.
struct OptionSpec {
    var name: String
    /// The placeholder of its value ("FILE"); nil for a switch.
    var value: String?
    /// The values it accepts, when they are a fixed list (completions offer them).
    var choices: [String] = []
    var help: String
    /// Accepted but not shown in help or completions (`--format pairs`-like developer aids).
    var hidden = false

    var display: String { "--\(name)" + (value.map { " \($0)" } ?? "") }
}

/// A subcommand declared as a value: its usage, options and examples. Help, parsing, suggestions
/// and completion scripts all read these, so they cannot drift apart.
struct CommandSpec {
    var name: String
    var summary: String
    /// The usage line(s) after `crosscheck `; a line starting with a space continues the one before.
    var usage: [String]
    var description: [String]
    var options: [OptionSpec]
    /// (command line, what it does).
    var examples: [(String, String)]
    /// What positionals complete to: "dir", "file" or a word list.
    var positionals: String

    var valued: Set<String> { Set(options.filter { $0.value != nil }.map(\.name)) }
    var switches: Set<String> { Set(options.filter { $0.value == nil }.map(\.name)) }

    var usageLine: String {
        "usage: " + usage.enumerated().map { i, line in
            if i == 0 { return "crosscheck " + line }
            return line.hasPrefix(" ") ? "                 " + line : "       crosscheck " + line
        }.joined(separator: "\n")
    }

    /// `crosscheck help NAME` and `NAME --help`: usage, what it does, options, examples.
    func help(_ style: TerminalStyle) -> String {
        var out = [usageLine, ""]
        out.append(contentsOf: description)
        out.append("")
        out.append(style.bold("Options:"))
        let visible = options.filter { !$0.hidden } + Commands.commonOptions
        let width = (visible.map(\.display.count).max() ?? 0) + 2
        for o in visible {
            let pad = String(repeating: " ", count: max(1, width - o.display.count))
            out.append("  " + o.display + pad + o.help)
        }
        out.append("")
        out.append(style.bold("Examples:"))
        for (line, what) in examples {
            out.append("  # " + what)
            out.append("  " + line)
        }
        return out.joined(separator: "\n") + "\n"
    }
}

enum Commands {
    /// Options every subcommand accepts.
    static let commonOptions = [
        OptionSpec(name: "help", value: nil, help: "Print this help and exit."),
        OptionSpec(name: "version", value: nil, help: "Print the version and exit."),
    ]

    static let check = CommandSpec(
        name: "check",
        summary: "check a corpus of reports for claims that disagree",
        usage: ["check CORPUS [--format FORMAT] [--output FILE] [--fail-on conflict|changed|unsupported|never]",
                " [--baseline FILE] [--write-baseline FILE] [--config FILE | --no-config]",
                " [--draft FILE [--published YYYY-MM-DD]] [--stories auto|folders|one] [--progress]"],
        description: [
            "Reads every .txt and .md file under CORPUS (outlet and date from CORPUS/corpus.json, front matter",
            "or a dateline), finds the claims the documents share and reports where they disagree. The exit",
            "code is the gate: 0 nothing at or above --fail-on, 1 findings remain, 2 a usage or input error.",
            "Configuration comes from the nearest .crosscheck.json at or above CORPUS.",
        ],
        options: [
            OptionSpec(name: "format", value: "FORMAT", choices: ["markdown", "html", "json", "sarif", "junit", "github", "jsonl"],
                       help: "markdown (default), html, json, sarif, junit, github or jsonl (one finding a line)."),
            OptionSpec(name: "output", value: "FILE", help: "Write the report to FILE (atomically) instead of standard output."),
            OptionSpec(name: "fail-on", value: "LEVEL", choices: ["conflict", "changed", "unsupported", "never"],
                       help: "Which findings fail the run: conflict (default), changed, unsupported (a draft claim no source backs) or never."),
            OptionSpec(name: "baseline", value: "FILE", help: "Accept the findings listed in FILE; report the rest."),
            OptionSpec(name: "write-baseline", value: "FILE", help: "Write every current finding to FILE and exit 0."),
            OptionSpec(name: "config", value: "FILE", help: "Use FILE as the configuration."),
            OptionSpec(name: "no-config", value: nil, help: "Ignore configuration files."),
            OptionSpec(name: "draft", value: "FILE", help: "Check a draft against the corpus (\"-\" reads standard input)."),
            OptionSpec(name: "published", value: "YYYY-MM-DD", help: "The draft's publication date."),
            OptionSpec(name: "stories", value: "MODE", choices: ["auto", "folders", "one"],
                       help: "How documents group into stories: auto (default: story keys, else shared names), folders, one."),
            OptionSpec(name: "progress", value: nil, help: "Progress on standard error even when it is not a terminal."),
        ],
        examples: [
            ("crosscheck check news/", "the Markdown report on standard output; exit 1 when a conflict is found"),
            ("crosscheck check archive/ --format json --output report.json", "an archive of many stories, grouped automatically"),
            ("crosscheck check news/ --format html --output report.html", "one page to click through, for a browser"),
            ("crosscheck check news/ --write-baseline .crosscheck-baseline.json", "accept today's findings"),
            ("crosscheck check news/ --baseline .crosscheck-baseline.json --fail-on changed", "fail on new conflicts and changes only"),
            ("crosscheck check news/ --draft drafts/story.md --published 2024-05-10", "check a draft before it is published"),
        ],
        positionals: "dir")

    static let extract = CommandSpec(
        name: "extract",
        summary: "list every mention and claim found in some files",
        usage: ["extract FILE... [--format text|json|jsonl] [--root DIR] [--published YYYY-MM-DD] [--output FILE]"],
        description: [
            "Prints what the recognizers found in each FILE (\"-\" reads standard input): one line per mention",
            "with its line and column, value and hedge, then each claim with what it measures, of whom, when",
            "and on whose word. The quickest way to see why two claims did or did not align.",
        ],
        options: [
            OptionSpec(name: "format", value: "FORMAT", choices: ["text", "json", "jsonl"],
                       help: "text (default), json, or jsonl (claim lines for `crosscheck reconcile`)."),
            OptionSpec(name: "root", value: "DIR", help: "Name documents by their path under DIR (the corpus folder), as check does."),
            OptionSpec(name: "published", value: "YYYY-MM-DD", help: "The date relative dates (\"Tuesday\") resolve against."),
            OptionSpec(name: "output", value: "FILE", help: "Write to FILE instead of standard output."),
        ],
        examples: [
            ("crosscheck extract news/herald.md", "every mention and claim of one report"),
            ("echo 'Police said 23 people died on Tuesday.' | crosscheck extract - --published 2024-05-08",
             "try a sentence"),
            ("crosscheck extract news/*.txt --format json --output mentions.json", "the extract schema, for other tools"),
            ("crosscheck extract --format jsonl --root archive/ archive/2021/08/*.md > claims.jsonl", "claim lines for reconcile"),
        ],
        positionals: "file")

    static let reconcile = CommandSpec(
        name: "reconcile",
        summary: "find conflicts in claim lines written by extract --format jsonl",
        usage: ["reconcile [FILE...] [--output FILE] [--stories auto|folders|one] [--assign] [--config FILE]"],
        description: [
            "Reads claim lines (`crosscheck extract --format jsonl`) from each FILE, or standard input, for any set",
            "of stories, and writes the findings as JSON Lines: the same findings `check --format jsonl` writes",
            "for the same documents. A batch engine can extract documents anywhere, group the lines by story and",
            "reconcile each group apart (see examples/spark).",
        ],
        options: [
            OptionSpec(name: "output", value: "FILE", help: "Write to FILE instead of standard output."),
            OptionSpec(name: "stories", value: "MODE", choices: ["auto", "folders", "one"],
                       help: "How documents without a story key group: auto (default), folders, one."),
            OptionSpec(name: "assign", value: nil,
                       help: "Write each document's story ({\"path\", \"group\"} lines) instead of findings; a document line given a \"group\" keeps it."),
            OptionSpec(name: "config", value: "FILE",
                       help: "Apply FILE's tolerance, severities and alignment thresholds, as check does with the corpus's .crosscheck.json."),
        ],
        examples: [
            ("crosscheck reconcile claims.jsonl > findings.jsonl", "the findings of one machine's claims"),
            ("cat part-*.jsonl | crosscheck reconcile -", "lines from several extract runs"),
            ("grep '\"type\":\"document\"' part-*.jsonl | crosscheck reconcile --assign", "the story of each document, for grouping"),
        ],
        positionals: "file")

    static let completions = CommandSpec(
        name: "completions",
        summary: "print a shell completion script (bash or zsh)",
        usage: ["completions bash|zsh"],
        description: [
            "Prints a completion script for the shell: subcommands, options, format names and paths.",
        ],
        options: [],
        examples: [
            ("source <(crosscheck completions bash)", "bash, for this shell"),
            ("crosscheck completions zsh > \"${fpath[1]}/_crosscheck\"", "zsh, installed in the first folder of $fpath"),
        ],
        positionals: "bash zsh")

    static let help = CommandSpec(
        name: "help",
        summary: "show help for a command",
        usage: ["help [COMMAND]"],
        description: ["Prints the usage, options and examples of COMMAND, or the overview without one."],
        options: [],
        examples: [("crosscheck help check", "the options of check")],
        positionals: "check extract reconcile completions help")

    static let all = [check, extract, reconcile, completions, help]

    static func named(_ name: String) -> CommandSpec? { all.first { $0.name == name } }

    /// `crosscheck`, `crosscheck --help`, `crosscheck help`.
    static func overview(_ style: TerminalStyle) -> String {
        var out = ["usage: crosscheck COMMAND [ARGS...]", "       crosscheck --help | --version", ""]
        out.append("crosscheck finds where news reports on one story disagree: money, counts, dates, places, who")
        out.append("holds which job. It quotes each claim, says why it thinks they state one fact, and exits 1 when")
        out.append("a conflict is found, so it can gate CI.")
        out.append("")
        out.append(style.bold("Commands:"))
        let width = (all.map(\.name.count).max() ?? 0) + 3
        for c in all { out.append("  " + c.name + String(repeating: " ", count: width - c.name.count) + c.summary) }
        out.append("")
        out.append(style.bold("Examples:"))
        out.append("  crosscheck check news/                                 # the Markdown report; exit 1 on a conflict")
        out.append("  crosscheck check news/ --format html --output r.html   # a page to click through")
        out.append("  crosscheck extract news/herald.md                      # what was found in one report")
        out.append("")
        out.append("Run 'crosscheck help COMMAND' for a command's options and examples.")
        out.append("Exit codes: 0 no finding at or above --fail-on; 1 findings remain; 2 usage or input error.")
        return out.joined(separator: "\n") + "\n"
    }
}
