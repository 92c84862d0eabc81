import Foundation
import Testing

/// Inputs that once killed the binary with a trap (issue 9), run through the built binary: each
/// must end with exit code 0, 1 or 2, never a signal. Figures in the texts are made up.
@Suite(.serialized) struct CrashReproducerTests {
    /// `crosscheck extract` on a file holding `text`.
    func extract(_ text: String, format: String = "text") throws -> CLI.Run {
        let dir = try CLI.emptyWorkspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLI.write(text, to: dir.appendingPathComponent("x.txt"))
        return try CLI.run(["extract", "x.txt", "--format", format, "--published", "2021-06-01"], in: dir)
    }

    @Test(arguments: [
        "9223372036854775808\n",                    // one past Int64.max, read as a dotted date part
        "99999999999999999999.1.2020\n",
        "1e308\n",                                   // a Double near its limit, formatted as Int64
        "1e309 people\n",
        "36892758400billion trillion\n",
        "-1e308 dollars and $1e300 billion\n",
        "The debt reached 1.2^400 dollars.\n",
        "It was 10^999 times larger, about 1x10^400.\n",
    ])
    func hugeFiguresAreListedNotTrapped(_ text: String) throws {
        for format in ["text", "json"] {
            let run = try extract(text, format: format)
            #expect(run.status == 0, "\(text): status \(run.status), \(run.stderr)")
        }
    }

    @Test func aFigureTooLargeToCompareIsListedAsWritten() throws {
        let run = try extract("The fine was $100,000,000,000,000,000,000.\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"$100,000,000,000,000,000,000\" → too large to compare"), "\(run.stdout)")
    }

    @Test(arguments: [
        "He said: 'It happened on Monday'\n",
        "He said: 'It happened in March'\n",
        "She wrote: 'We met in Jan.'\n",
        "They said: 'It opened on Tuesday’\n",
        "'Monday'",
    ])
    func aQuoteClosingAfterADateIsRead(_ text: String) throws {
        let run = try extract(text)
        #expect(run.status == 0, "\(text): status \(run.status), \(run.stderr)")
        #expect(run.stdout.contains("date"))
    }

    /// Found by the fuzzer: a sign word as the last token of a document made the figure parser
    /// read the token after it, which did not exist.
    @Test(arguments: ["The balance was negative", "It ended at minus", "negative", "The score: negative-"])
    func aSignWordEndingTheDocumentIsRead(_ text: String) throws {
        let run = try extract(text)
        #expect(run.status == 0, "\(text): status \(run.status), \(run.stderr)")
        #expect(run.stdout.hasPrefix("== x.txt"))
    }

    /// Found by the fuzzer in CI: "at" as the last token made the clock-time recognizer read the
    /// token after it, which did not exist.
    @Test(arguments: ["AT", "They met at", "The quake struck shortly after", "in the morning at", "It began Tuesday morning at", "at 11:"])
    func aClockWordEndingTheDocumentIsRead(_ text: String) throws {
        let run = try extract(text)
        #expect(run.status == 0, "\(text): status \(run.status), \(run.stderr)")
        #expect(run.stdout.hasPrefix("== x.txt"))
    }

    /// A corpus of two reports of one fine; `config` is written as its .crosscheck.json.
    func fineCorpus(_ first: String, _ second: String, config: String? = nil) throws -> URL {
        let dir = try CLI.emptyWorkspace()
        try CLI.write("The regulator imposed a \(first) fine.\n", to: dir.appendingPathComponent("c/a.txt"))
        try CLI.write("The regulator imposed a \(second) fine.\n", to: dir.appendingPathComponent("c/b.txt"))
        if let config { try CLI.write(config, to: dir.appendingPathComponent("c/.crosscheck.json")) }
        return dir
    }

    @Test func aFigureTooLargeToCompareNeverConflicts() throws {
        let dir = try fineCorpus("$1", "$100,000,000,000,000,000,000")
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["markdown", "json", "sarif", "junit", "github"] {
            let run = try CLI.run(["check", "c", "--format", format], in: dir)
            #expect(run.status == 0, "\(format): status \(run.status), \(run.stderr)")
        }
        // Without the huge figure the two fines do conflict, so the test can fail.
        let normal = try fineCorpus("$1", "$100")
        defer { try? FileManager.default.removeItem(at: normal) }
        #expect(try CLI.run(["check", "c"], in: normal).status == 1)
    }

    @Test func aHugeToleranceIsWrittenAsAFigure() throws {
        let dir = try fineCorpus("$1", "$5", config: #"{"tolerance": 1e17}"#)
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["markdown", "json", "sarif", "junit", "github"] {
            let run = try CLI.run(["check", "c", "--format", format], in: dir)
            #expect(run.status == 0, "\(format): status \(run.status), \(run.stderr)")
        }
        let json = try CLI.run(["check", "c", "--format", "json"], in: dir)
        #expect(json.stdout.contains("Within the configured tolerance of 10000000T%"), "\(json.stdout)")
    }

    @Test func aConfigurationNumberBeyondIntIsAnError() throws {
        let dir = try fineCorpus("$1", "$5", config: #"{"version": 1e300}"#)
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(["check", "c"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("\"version\" must be 1"))
    }

    @Test func aFullDiskOnStandardOutputIsExitTwo() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { return }
        defer { try? full.close() }
        for args in [["check", "news/sma"], ["extract", "news/sma/upi-2020-03-20.txt"], ["--help"]] {
            let run = try CLI.run(args, in: dir, stdout: full)
            #expect(run.status == 2, "\(args): status \(run.status)")
            #expect(run.stderr.contains("standard output: cannot write (No space left on device)"), "\(run.stderr)")
        }
    }

    @Test func aClosedPipeOnStandardOutputIsExitTwo() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The reading end is closed before the child starts, so its first write fails with EPIPE.
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let run = try CLI.run(["check", "news/sma"], in: dir, stdout: pipe.fileHandleForWriting)
        #expect(!run.signaled, "killed by signal \(run.status)")
        #expect(run.status == 2)
        #expect(run.stderr.contains("standard output: cannot write (Broken pipe)"), "\(run.stderr)")
    }
}
