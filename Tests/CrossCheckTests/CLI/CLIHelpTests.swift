import Foundation
import Testing

/// The command line that teaches (clig.dev): help for each command with examples and exit 0, the
/// usage line on a wrong argument with exit 2, the nearest word suggested, color only on a
/// terminal, completion scripts.
@Suite(.serialized) struct CLIHelpTests {
    @Test(arguments: [["help", "check"], ["check", "--help"], ["check", "-h"], ["check", "news/sma", "--help"],
                      ["check", "--bogus", "--help"]])
    func checkHelpPrintsUsageWithExamples(_ args: [String]) throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(args, in: dir)
        #expect(run.status == 0, "\(args): \(run.stderr)")
        #expect(run.stdout.hasPrefix("usage: crosscheck check CORPUS"))
        #expect(run.stdout.contains("--fail-on LEVEL"))
        #expect(run.stdout.contains("Examples:"))
        #expect(run.stdout.contains("crosscheck check news/ --format html --output report.html"))
        #expect(run.stderr.isEmpty)
    }

    @Test(arguments: [["help", "extract"], ["extract", "--help"], ["extract", "-h"]])
    func extractHelpPrintsUsageWithExamples(_ args: [String]) throws {
        let run = try CLI.run(args, in: try CLI.emptyWorkspace())
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("usage: crosscheck extract FILE..."))
        #expect(run.stdout.contains("Examples:"))
        #expect(run.stdout.contains("--published YYYY-MM-DD"))
    }

    @Test(arguments: [["--help"], ["-h"], ["help"]])
    func overviewListsTheCommands(_ args: [String]) throws {
        let run = try CLI.run(args, in: try CLI.emptyWorkspace())
        #expect(run.status == 0)
        for name in ["check", "extract", "completions", "help"] { #expect(run.stdout.contains("\n  \(name) ")) }
    }

    @Test func noArgumentsShowTheOverviewAndExitTwo() throws {
        let run = try CLI.run([], in: try CLI.emptyWorkspace())
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("usage: crosscheck COMMAND"))
    }

    /// A missing or wrong argument: the message, then the command's usage line; exit 2.
    @Test(arguments: [
        (["check"], "check needs a corpus folder"),
        (["check", "a", "b"], "check takes one corpus folder (got 2: a b)"),
        (["check", "news/sma", "--format"], "--format needs a value (--format FORMAT)"),
        (["check", "news/sma", "--format", "yaml"], "--format \"yaml\": choose markdown, html, json, sarif, junit, github or jsonl"),
        (["check", "news/sma", "--fail-on", "sometimes"], "--fail-on \"sometimes\": choose conflict, changed, unsupported or never"),
        (["check", "news/sma", "--no-config=yes"], "--no-config takes no value"),
        (["check", "news/sma", "--published", "2020-01-01"], "--published applies to --draft only"),
    ])
    func wrongArgumentsPrintTheUsageLine(_ args: [String], _ message: String) throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(args, in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("crosscheck: \(message)\n"), "\(run.stderr)")
        #expect(run.stderr.contains("\nusage: crosscheck check CORPUS"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: [
        (["extract"], "extract needs at least one file", "usage: crosscheck extract FILE..."),
        (["extract", "a.txt", "--format", "xml"], "--format \"xml\": choose text, json or jsonl", "usage: crosscheck extract FILE..."),
        (["completions"], "completions needs a shell: bash or zsh", "usage: crosscheck completions bash|zsh"),
        (["completions", "fish"], "no completions for 'fish': choose bash or zsh", "usage: crosscheck completions bash|zsh"),
    ])
    func otherCommandsPrintTheirUsageLine(_ args: [String], _ message: String, _ usage: String) throws {
        let run = try CLI.run(args, in: try CLI.emptyWorkspace())
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("crosscheck: \(message)\n"), "\(run.stderr)")
        #expect(run.stderr.contains("\n\(usage)"), "\(run.stderr)")
    }

    /// Unknown subcommands and options suggest the nearest known one.
    @Test(arguments: [
        (["chek", "news/sma"], "unknown command 'chek'", "`crosscheck check`"),
        (["extrct"], "unknown command 'extrct'", "`crosscheck extract`"),
        (["help", "chekc"], "no command 'chekc'", "`crosscheck help check`"),
        (["check", "news/sma", "--fromat", "json"], "unknown option --fromat for check", "`--format`"),
        (["check", "news/sma", "--out", "r.md"], "unknown option --out for check", "`--output`"),
        (["check", "news/sma", "--fail-on", "conflcit"], "--fail-on \"conflcit\"", "`--fail-on conflict`"),
        (["check", "news/sma", "-o", "r.md"], "unknown option -o", "`--output`"),
        (["extract", "a.txt", "--publihsed", "2020-01-01"], "unknown option --publihsed for extract", "`--published`"),
        (["--verison"], "unknown option --verison", "`--version`"),
    ])
    func unknownWordsSuggestTheNearest(_ args: [String], _ message: String, _ suggestion: String) throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(args, in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("crosscheck: \(message)"), "\(run.stderr)")
        #expect(run.stderr.contains("did you mean \(suggestion)?"), "\(run.stderr)")
        #expect(run.stderr.contains("usage: crosscheck"), "\(run.stderr)")
    }

    @Test func aWordFarFromEveryCommandGetsNoSuggestion() throws {
        let run = try CLI.run(["publish"], in: try CLI.emptyWorkspace())
        #expect(run.status == 2)
        #expect(!run.stderr.contains("did you mean"))
    }

    @Test(arguments: [["--version"], ["check", "--version"], ["extract", "--version"], ["check", "news/sma", "--version"]])
    func versionWorksAfterASubcommand(_ args: [String]) throws {
        let run = try CLI.run(args, in: try CLI.emptyWorkspace())
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("crosscheck "))
        #expect(run.stdout.split(separator: "\n").count == 1)
    }

    @Test(arguments: ["bash", "zsh"])
    func completionScripts(_ shell: String) throws {
        let run = try CLI.run(["completions", shell], in: try CLI.emptyWorkspace())
        #expect(run.status == 0)
        for word in ["check", "extract", "--fail-on", "--write-baseline", "markdown html json sarif junit github", "conflict changed unsupported never"] {
            #expect(run.stdout.contains(word), "\(shell) completions lack \(word)")
        }
        #expect(!run.stdout.contains("pairs"))
        if shell == "bash" { #expect(run.stdout.contains("complete -o filenames -F _crosscheck crosscheck")) }
        if shell == "zsh" { #expect(run.stdout.hasPrefix("#compdef crosscheck")) }
    }

    /// The scripts are valid for their shell (`bash -n`, `zsh -n` where zsh is installed), and
    /// bash completes a subcommand and a format.
    @Test func completionScriptsParseAndComplete() throws {
        let dir = try CLI.emptyWorkspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bash = try CLI.run(["completions", "bash"], in: dir)
        try CLI.write(bash.stdout, to: dir.appendingPathComponent("c.bash"))
        let probe = """
        source c.bash
        COMP_WORDS=(crosscheck ch); COMP_CWORD=1; _crosscheck; echo "1:${COMPREPLY[*]}"
        COMP_WORDS=(crosscheck check news --format h); COMP_CWORD=4; _crosscheck; echo "2:${COMPREPLY[*]}"
        COMP_WORDS=(crosscheck extract --f); COMP_CWORD=2; _crosscheck; echo "3:${COMPREPLY[*]}"
        """
        let out = try Shell.run("/bin/bash", ["-c", probe], in: dir)
        #expect(out.contains("1:check"), "\(out)")
        #expect(out.contains("2:html"), "\(out)")
        #expect(out.contains("3:--format"), "\(out)")
        if FileManager.default.isExecutableFile(atPath: "/bin/zsh") || FileManager.default.isExecutableFile(atPath: "/usr/bin/zsh") {
            let zsh = try CLI.run(["completions", "zsh"], in: dir)
            try CLI.write(zsh.stdout, to: dir.appendingPathComponent("_crosscheck"))
            _ = try Shell.run("/usr/bin/env", ["zsh", "-n", "_crosscheck"], in: dir)
        }
    }

    /// Color only on a terminal (run under `script`, which gives the child a pseudo-terminal) and
    /// never with NO_COLOR set; never in a pipe.
    @Test func colorOnlyOnATerminalHonouringNoColor() throws {
        let escape = "\u{1B}["
        let piped = try CLI.run(["chek"], in: try CLI.emptyWorkspace())
        #expect(!piped.stderr.contains(escape))
        let help = try CLI.run(["help", "check"], in: try CLI.emptyWorkspace())
        #expect(!help.stdout.contains(escape))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), let binary = CLI.binary else { return }
        let dir = try CLI.emptyWorkspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let onTerminal = try Shell.run("/usr/bin/script", ["-qec", "\(binary.path) help check", "/dev/null"], in: dir,
                                       environment: ["TERM": "xterm"], removing: ["NO_COLOR"])
        #expect(onTerminal.contains(escape + "1mOptions:"), "\(onTerminal)")
        let noColor = try Shell.run("/usr/bin/script", ["-qec", "\(binary.path) help check", "/dev/null"], in: dir,
                                    environment: ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(noColor.contains("Options:"))
        #expect(!noColor.contains(escape))
        let dumb = try Shell.run("/usr/bin/script", ["-qec", "\(binary.path) chek", "/dev/null"], in: dir,
                                 environment: ["TERM": "dumb"], removing: ["NO_COLOR"])
        #expect(dumb.contains("did you mean"))
        #expect(!dumb.contains(escape))
    }
}

/// Runs a program and returns what it printed (standard output and error together).
enum Shell {
    static func run(_ program: String, _ args: [String], in directory: URL, environment: [String: String] = [:],
                    removing: [String] = []) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = args
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for k in removing { env.removeValue(forKey: k) }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
