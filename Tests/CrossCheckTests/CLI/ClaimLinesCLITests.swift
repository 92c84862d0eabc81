import Foundation
import Testing

/// `extract --format jsonl` then `reconcile`, the path an archive takes through a batch engine,
/// finds what `check --format jsonl` finds on the same corpus.
@Suite struct ClaimLinesCLITests {
    /// The corpus's documents (what check reads), relative to the workspace.
    static func documents(in dir: URL, corpus: String) throws -> [String] {
        let root = dir.appendingPathComponent(corpus)
        return try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().map { "\(corpus)/\($0)" }
    }

    @Test(arguments: ["archive-2024", "sma-2020", "flood-belmora-2024", "harrowmere-water-2025"])
    func extractThenReconcileFindsWhatCheckFinds(_ fixture: String) throws {
        let dir = try CLI.workspace(copying: fixture, to: "news/\(fixture)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = "news/\(fixture)"
        let check = try CLI.run(["check", corpus, "--format", "jsonl", "--fail-on", "never"], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stdout.isEmpty, "the fixture has findings to compare")
        // Two workers, each extracting part of the corpus, as a batch engine would split it; the
        // later half first, so that order of the lines does not matter.
        let files = try Self.documents(in: dir, corpus: corpus)
        let half = files.count / 2
        for (name, part) in [("b.jsonl", Array(files[..<half])), ("a.jsonl", Array(files[half...]))] {
            let extract = try CLI.run(["extract", "--format", "jsonl", "--root", corpus, "--output", name] + part, in: dir)
            #expect(extract.status == 0, "\(extract.stderr)")
        }
        let reconcile = try CLI.run(["reconcile", "a.jsonl", "b.jsonl"], in: dir)
        #expect(reconcile.status == 0, "\(reconcile.stderr)")
        #expect(reconcile.stdout == check.stdout)
    }

    /// `reconcile --config` applies a configuration's tolerance as check applies the corpus's own
    /// .crosscheck.json; without it the same lines keep their conflicts.
    @Test func reconcileAppliesANamedConfiguration() throws {
        let dir = try CLI.workspace(copying: "sma-2020", to: "news/sma")
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = #"{"tolerance": 0.5, "severities": {"changed": "error"}}"#
        try CLI.write(config, to: dir.appendingPathComponent("tolerant.json"))
        let files = try Self.documents(in: dir, corpus: "news/sma")
        let extract = try CLI.run(["extract", "--format", "jsonl", "--root", "news/sma", "--output", "claims.jsonl"] + files, in: dir)
        #expect(extract.status == 0, "\(extract.stderr)")
        let plain = try CLI.run(["reconcile", "claims.jsonl"], in: dir)
        #expect(plain.stdout.contains("\"verdict\":\"conflict\""))
        let tolerant = try CLI.run(["reconcile", "claims.jsonl", "--config", "tolerant.json"], in: dir)
        #expect(tolerant.status == 0, "\(tolerant.stderr)")
        #expect(!tolerant.stdout.contains("\"verdict\":\"conflict\""))
        // The same as check with that file as the corpus's configuration.
        try CLI.write(config, to: dir.appendingPathComponent("news/sma/.crosscheck.json"))
        let check = try CLI.run(["check", "news/sma", "--format", "jsonl", "--fail-on", "never"], in: dir)
        #expect(tolerant.stdout == check.stdout)
        let missing = try CLI.run(["reconcile", "claims.jsonl", "--config", "nowhere.json"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere.json"))
    }

    /// A story reconciled on its own (its documents' lines only, as one group of a batch job)
    /// gives exactly that story's lines of the whole run.
    @Test func oneStoryReconciledAloneGivesItsOwnFindings() throws {
        let dir = try CLI.workspace(copying: "archive-2024", to: "news/archive")
        defer { try? FileManager.default.removeItem(at: dir) }
        let check = try CLI.run(["check", "news/archive", "--format", "jsonl", "--fail-on", "never"], in: dir)
        let lines = check.stdout.split(separator: "\n").map(String.init)
        let json = try CLI.run(["check", "news/archive", "--format", "json", "--fail-on", "never"], in: dir)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let stories = try #require(report["stories"] as? [[String: Any]])
        try #require(stories.count >= 2, "an archive of several stories")
        let all = try Self.documents(in: dir, corpus: "news/archive")
        let extract = try CLI.run(["extract", "--format", "jsonl", "--root", "news/archive"] + all, in: dir)
        #expect(extract.status == 0)
        var storiesWithFindings = 0
        for story in stories {
            let id = try #require(story["id"] as? String)
            let files = try #require(story["documents"] as? [String])
            let kept = extract.stdout.split(separator: "\n").filter { line in files.contains { line.contains("\"\($0)\"") } }
            try CLI.write(kept.joined(separator: "\n") + "\n", to: dir.appendingPathComponent("\(id).jsonl"))
            let reconcile = try CLI.run(["reconcile", "\(id).jsonl"], in: dir)
            #expect(reconcile.status == 0, "\(reconcile.stderr)")
            let expected = lines.filter { $0.contains("\"story\":\"\(id)\"") }
            if !expected.isEmpty { storiesWithFindings += 1 }
            #expect(reconcile.stdout.split(separator: "\n").map(String.init) == expected, "story \(id)")
        }
        #expect(storiesWithFindings >= 2)
    }

    /// The batch path of examples/spark: stories assigned once from the document lines
    /// (`reconcile --assign`), every line sent to its story, each story reconciled alone; the
    /// union of their lines is check's.
    @Test func assignedStoriesReconciledApartGiveCheckFindings() throws {
        let dir = try CLI.workspace(copying: "archive-2024", to: "news/archive")
        defer { try? FileManager.default.removeItem(at: dir) }
        let check = try CLI.run(["check", "news/archive", "--format", "jsonl", "--fail-on", "never"], in: dir)
        let extract = try CLI.run(["extract", "--format", "jsonl", "--root", "news/archive"] + (try Self.documents(in: dir, corpus: "news/archive")), in: dir)
        let lines = extract.stdout.split(separator: "\n").map(String.init)
        try CLI.write(lines.filter { $0.hasPrefix("{\"type\":\"document\"") }.joined(separator: "\n") + "\n", to: dir.appendingPathComponent("docs.jsonl"))
        let assign = try CLI.run(["reconcile", "--assign", "docs.jsonl"], in: dir)
        #expect(assign.status == 0, "\(assign.stderr)")
        var groupOf: [String: String] = [:]
        for line in assign.stdout.split(separator: "\n") {
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
            groupOf[o["path"] ?? ""] = o["group"]
        }
        #expect(Set(groupOf.values).count == 4, "four stories")
        var byStory: [String: [String]] = [:]
        for line in lines.reversed() {  // any order, as a shuffle would deliver them
            var o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let path = try #require((o["path"] ?? o["document"]) as? String)
            let group = try #require(groupOf[path])
            if o["type"] as? String == "document" { o["group"] = group }
            byStory[group, default: []].append(String(decoding: try JSONSerialization.data(withJSONObject: o), as: UTF8.self))
        }
        var found: [String] = []
        for (group, story) in byStory {
            try CLI.write(story.joined(separator: "\n") + "\n", to: dir.appendingPathComponent("\(group).jsonl"))
            let run = try CLI.run(["reconcile", "\(group).jsonl"], in: dir)
            #expect(run.status == 0, "\(run.stderr)")
            found += run.stdout.split(separator: "\n").map(String.init)
        }
        let expected = check.stdout.split(separator: "\n").map(String.init)
        #expect(!expected.isEmpty)
        #expect(found.sorted() == expected.sorted())
    }

    @Test(arguments: [
        ("{\"type\": \"claim\"", "not a JSON object"),
        ("{\"type\": \"sentence\"}", "\"type\" must be \"document\" or \"claim\""),
        ("{\"type\": \"claim\", \"mention\": 3}", "needs \"document\" and \"mention\""),
        ("[1, 2]", "not a JSON object"),
    ])
    func badClaimLinesExitTwoNamingFileAndLine(_ bad: String, _ message: String) throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let extract = try CLI.run(["extract", "--format", "jsonl", "--root", "news/sma", "news/sma/upi-2020-03-20.txt"], in: dir)
        let good = extract.stdout.split(separator: "\n").prefix(2)
        try #require(good.count == 2)
        try CLI.write(good.joined(separator: "\n") + "\n" + bad + "\n", to: dir.appendingPathComponent("claims.jsonl"))
        let run = try CLI.run(["reconcile", "claims.jsonl"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("claims.jsonl:3: "), "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func claimsWithoutTheirDocumentLineAreAnError() throws {
        let dir = try CLI.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let extract = try CLI.run(["extract", "--format", "jsonl", "--root", "news/sma", "news/sma/upi-2020-03-20.txt"], in: dir)
        let claimsOnly = extract.stdout.split(separator: "\n").dropFirst()
        try #require(!claimsOnly.isEmpty)
        try CLI.write(claimsOnly.joined(separator: "\n") + "\n", to: dir.appendingPathComponent("claims.jsonl"))
        let run = try CLI.run(["reconcile", "claims.jsonl"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("upi-2020-03-20.txt"), "\(run.stderr)")
    }
}
