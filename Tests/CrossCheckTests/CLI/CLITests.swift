import Foundation
import Testing

/// End-to-end: the built binary, its exit codes, baselines, configuration discovery and drafts,
/// each in a temporary folder.
@Suite(.serialized) struct CLITests {
    let stars = "news/sma/stars-and-stripes-2020-03-16.txt"

    @Test func exitCodesFollowTheThreshold() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["check", "news/sma"], in: dir).status == 1)
        #expect(try CLI.run(["check", "news/sma", "--fail-on", "never"], in: dir).status == 0)
        #expect(try CLI.run(["check", "news/sma", "--fail-on", "changed"], in: dir).status == 1)
    }

    @Test(arguments: [
        ["check", "news/sma", "--format", "yaml"],
        ["check", "news/sma", "--fail-on", "sometimes"],
        ["check", "news/missing"],
        ["check", "news/sma", "--bogus"],
        ["check", "news/sma", "--baseline", "nope.json"],
        ["check", "news/sma", "--config", "nope.json"],
        ["check", "news/sma", "--config", "x.json", "--no-config"],
        ["check", "news/sma", "--published", "2020-01-01"],
        ["check"],
    ])
    func usageAndInputErrorsExitTwo(_ args: [String]) throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(args, in: dir)
        #expect(run.status == 2, "\(args): \(run.stderr)")
        #expect(!run.stderr.isEmpty)
    }

    @Test func changesFailOnlyWithFailOnChanged() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Accept the conflicts only: write a baseline, then keep only its conflict entries.
        #expect(try CLI.run(["check", "news/sma", "--write-baseline", "all.json", "--format", "json"], in: dir).status == 0)
        let all = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("all.json"))) as! [String: Any]
        let findings = (all["findings"] as! [String: [String: Any]]).filter { $0.value["verdict"] as? String == "conflict" }
        try JSONSerialization.data(withJSONObject: ["version": 1, "findings": findings]).write(to: dir.appendingPathComponent("conflicts.json"))
        #expect(try CLI.run(["check", "news/sma", "--baseline", "conflicts.json"], in: dir).status == 0)
        #expect(try CLI.run(["check", "news/sma", "--baseline", "conflicts.json", "--fail-on", "changed"], in: dir).status == 1)
    }

    @Test func baselineSurvivesMovedLinesAndCatchesChangedValues() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let write = try CLI.run(["check", "news/sma", "--write-baseline", ".crosscheck-baseline.json"], in: dir)
        #expect(write.status == 0, "\(write.stderr)")
        let baseline = try String(contentsOf: dir.appendingPathComponent(".crosscheck-baseline.json"), encoding: .utf8)
        #expect(baseline.contains("\"$920 million\""))
        #expect(try CLI.run(["check", "news/sma", "--baseline", ".crosscheck-baseline.json"], in: dir).status == 0)

        // Lines move: a new paragraph and blank lines at the top.
        try CLI.edit(dir.appendingPathComponent(stars)) { "An editor's note added at the top of the story.\n\n\n\n" + $0 }
        let moved = try CLI.run(["check", "news/sma", "--baseline", ".crosscheck-baseline.json"], in: dir)
        #expect(moved.status == 0, "\(moved.stdout)")
        #expect(!moved.stderr.contains("no longer matches"))

        // A value changes: the finding is new, and the old entry is stale.
        try CLI.edit(dir.appendingPathComponent(stars)) { $0.replacingOccurrences(of: "$920 million", with: "$950 million") }
        let changed = try CLI.run(["check", "news/sma", "--baseline", ".crosscheck-baseline.json"], in: dir)
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("$950 million"))
        #expect(changed.stdout.contains("## Baseline entries that no longer match"))
        #expect(changed.stderr.contains("no longer matches"))
    }

    @Test func configurationIsFoundByWalkingUp() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLI.write(#"{"version": 1, "failOn": "never"}"#, to: dir.appendingPathComponent(".crosscheck.json"))
        #expect(try CLI.run(["check", "news/sma"], in: dir).status == 0)
        #expect(try CLI.run(["check", "sma"], in: dir.appendingPathComponent("news")).status == 0)
        #expect(try CLI.run(["check", "news/sma", "--no-config"], in: dir).status == 1)
        // The command line wins over the file.
        #expect(try CLI.run(["check", "news/sma", "--fail-on", "conflict"], in: dir).status == 1)
        // An explicit --config wins over the file found by walking up.
        try CLI.write(#"{"failOn": "conflict"}"#, to: dir.appendingPathComponent("strict.json"))
        #expect(try CLI.run(["check", "news/sma", "--config", "strict.json"], in: dir).status == 1)
        // A nearer file wins over a farther one.
        try CLI.write(#"{"failOn": "changed"}"#, to: dir.appendingPathComponent("news/.crosscheck.json"))
        #expect(try CLI.run(["check", "news/sma"], in: dir).status == 1)
    }

    @Test func unknownConfigurationKeyIsAnErrorNamingKeyAndFile() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLI.write(#"{"version": 1, "failon": "never"}"#, to: dir.appendingPathComponent("news/.crosscheck.json"))
        let run = try CLI.run(["check", "news/sma"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("\"failon\""))
        #expect(run.stderr.contains(".crosscheck.json"))
    }

    @Test func configurationIgnoreLeavesFilesOut() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLI.write(#"{"ignore": ["stars-and-stripes-*.txt"]}"#, to: dir.appendingPathComponent(".crosscheck.json"))
        let run = try CLI.run(["check", "news/sma", "--format", "json"], in: dir)
        #expect(run.status == 1)
        #expect(!run.stdout.contains("\"document\": \"stars-and-stripes-2020-03-16.txt\""))
        #expect(run.stdout.contains("\"stars-and-stripes-2020-03-16.txt\""))  // listed as ignored
        #expect(!run.stdout.contains("$920 million"))
    }

    @Test func draftThatRepeatsTheSourcesPasses() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("fixtures/drafts/sma-2020-agrees.md"),
                                         to: dir.appendingPathComponent("draft.md"))
        let run = try CLI.run(["check", "news/sma", "--draft", "draft.md"], in: dir)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("**0 conflicts**"))
    }

    @Test func draftWithAWrongFigureFails() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("fixtures/drafts/sma-2020-disagrees.md"),
                                         to: dir.appendingPathComponent("drafts/draft.md"))
        let run = try CLI.run(["check", "news/sma", "--draft", "drafts/draft.md", "--published", "2020-04-08"], in: dir)
        #expect(run.status == 1)
        #expect(run.stdout.contains("### 1. South Korea's previous payment"))
        #expect(run.stdout.contains("| draft | 2020-04-08 | $920 million |"))
        #expect(run.stdout.contains("](drafts/draft.md#L8)"))
        let sarif = try CLI.run(["check", "news/sma", "--draft", "drafts/draft.md", "--format", "sarif"], in: dir)
        #expect(sarif.stdout.contains("\"uri\": \"drafts/draft.md\""))
    }

    /// A draft figure no source states is a warning that passes the default gate and fails
    /// `--fail-on unsupported`.
    @Test func unsupportedDraftClaimsFailOnlyWhenAsked() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLI.write("""
            The two allies held an eleventh round of talks in Honolulu on Monday, a spokesman said. \
            Negotiators met for 14 hours.

            """, to: dir.appendingPathComponent("draft.md"))
        let lenient = try CLI.run(["check", "news/sma", "--draft", "draft.md", "--published", "2020-04-08", "--format", "json"], in: dir)
        #expect(lenient.status == 0, "\(lenient.stdout)")
        #expect(lenient.stdout.contains("\"finding\": \"unsupported\""))
        let strict = try CLI.run(["check", "news/sma", "--draft", "draft.md", "--published", "2020-04-08", "--fail-on", "unsupported"], in: dir)
        #expect(strict.status == 1, "\(strict.stdout)")
    }

    @Test func githubFormatAppendsTheReportToTheStepSummary() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let summary = dir.appendingPathComponent("summary.md")
        try CLI.write("# Earlier step\n", to: summary)
        let run = try CLI.run(["check", "news/sma", "--format", "github"], in: dir, environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("::error file=news/sma/"))
        let text = try String(contentsOf: summary, encoding: .utf8)
        #expect(text.hasPrefix("# Earlier step\n# crosscheck: "))
        #expect(text.contains("](news/sma/"))
    }

    @Test func outputFileLinksAreRelativeToIt() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("reports"), withIntermediateDirectories: true)
        #expect(try CLI.run(["check", "news/sma", "--output", "reports/r.md", "--fail-on", "never"], in: dir).status == 0)
        let text = try String(contentsOf: dir.appendingPathComponent("reports/r.md"), encoding: .utf8)
        #expect(text.contains("](../news/sma/stars-and-stripes-2020-03-16.txt#L5)"))
    }

    @Test func everyFormatIsByteIdenticalAcrossRuns() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["markdown", "json", "sarif", "junit", "github"] {
            let a = try CLI.run(["check", "news/sma", "--format", format], in: dir)
            let b = try CLI.run(["check", "news/sma", "--format", format], in: dir)
            #expect(a.stdout == b.stdout, "\(format) differs between runs")
        }
    }
}
