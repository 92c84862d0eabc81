import Foundation
import Testing

/// The bad-input matrix of the README's "Reliability" section, one test per row, through the built
/// binary: what a user's hostile or broken input does, and the exit code. Texts are made up.
@Suite(.serialized) struct BadInputTests {
    /// A folder `c` holding these files (path → text).
    func corpus(_ files: [String: String]) throws -> URL {
        let dir = try CLI.emptyWorkspace()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("c"), withIntermediateDirectories: true)
        for (path, text) in files { try CLI.write(text, to: dir.appendingPathComponent("c/\(path)")) }
        return dir
    }

    let fineA = "The council imposed a $40 million fine on Tuesday.\n"
    let fineB = "The council imposed a $40 million fine.\n"

    @Test func aCorpusThatIsNotAFolder() throws {
        let dir = try corpus(["a.txt": fineA])
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try CLI.run(["check", "nowhere"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr == "crosscheck: nowhere: not a folder\n")
        #expect(try CLI.run(["check", "c/a.txt"], in: dir).status == 2)
    }

    @Test func anEmptyCorpusNamesItsPathOnce() throws {
        let dir = try corpus(["notes.csv": "a,b\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        for root in ["c", "c/"] {
            let run = try CLI.run(["check", root], in: dir)
            #expect(run.status == 2)
            #expect(run.stderr == "crosscheck: c: no .txt or .md documents found (an empty corpus has nothing to check)\n", "\(run.stderr)")
        }
    }

    @Test func aFileThatIsNotUTF8() throws {
        let dir = try corpus(["a.txt": fineA])
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x54, 0x68, 0xE9, 0x20, 0x66, 0x69, 0x6E, 0x65, 0x0A]).write(to: dir.appendingPathComponent("c/latin1.txt"))
        let run = try CLI.run(["check", "c", "--output", "r.md"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("c/latin1.txt: not UTF-8 text"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.md").path))
    }

    @Test func aNulByteIsABinaryFile() throws {
        let dir = try corpus(["a.txt": fineA])
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("The council imposed a $40\0 million fine.\n".utf8).write(to: dir.appendingPathComponent("c/b.txt"))
        let run = try CLI.run(["check", "c"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("c/b.txt: contains a NUL byte, so it is a binary file, not text"))
        let extract = try CLI.run(["extract", "c/b.txt"], in: dir)
        #expect(extract.status == 2)
        #expect(!extract.stdout.contains("$40"))
    }

    @Test func aByteOrderMarkBeforeFrontMatterIsStripped() throws {
        let dir = try corpus(["a.txt": fineA])
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "\u{FEFF}---\nsource: Harbour Gazette\npublished: 2023-09-04\n---\n" + fineB
        try CLI.write(text, to: dir.appendingPathComponent("c/b.md"))
        let run = try CLI.run(["check", "c", "--format", "json"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"source\": \"Harbour Gazette\""))
        #expect(run.stdout.contains("\"published\": \"2023-09-04\""))
    }

    @Test(arguments: [
        ("---\nsource: Gazette\n" + "The fine was $4.\n", "front matter opened with --- is never closed"),
        ("---\npublished: 4 September\n---\nThe fine was $4.\n", "front matter published \"4 September\" is not a date"),
    ])
    func brokenFrontMatter(_ text: String, _ message: String) throws {
        let dir = try corpus(["a.md": text])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(["check", "c"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("c/a.md: \(message)"), "\(run.stderr)")
    }

    @Test(arguments: [
        ("{\"documents\": [\n  {\"path\": \"a.txt\",\n   \"source\": Wire}]}", "not valid JSON (line 3, column 14: expected a value)"),
        (#"{"documents": "a.txt"}"#, #""documents" must be an array of entries such as {"path": "a.md"} (got a string)"#),
        (#"{"documents": [{"path": "a.txt", "source": ["A"]}]}"#, #""documents[0].source" must be a string (got an array)"#),
        (#"{"documents": [{"path": "a.txt"}, {"path": "a.txt"}]}"#, #"documents[1] lists "a.txt" again"#),
        (#"{"documents": [{"path": "gone.txt"}]}"#, #"lists "gone.txt", but no such file is in the corpus"#),
        (#"{"documents": [{"path": "a.txt", "published": "18 March"}]}"#, #"published "18 March" is not a date"#),
    ])
    func aBrokenManifest(_ manifest: String, _ message: String) throws {
        let dir = try corpus(["a.txt": fineA, "corpus.json": manifest])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(["check", "c"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("crosscheck: c/corpus.json"), "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func nonFilesNamedLikeDocumentsAreListedAsSkipped() throws {
        let dir = try corpus(["a.txt": fineA, "b.txt": fineB])
        defer { try? FileManager.default.removeItem(at: dir) }
        let c = dir.appendingPathComponent("c")
        try FileManager.default.createDirectory(at: c.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
        #expect(mkfifo(c.appendingPathComponent("pipe.md").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: c.appendingPathComponent("dangling.txt").path, withDestinationPath: "nowhere.txt")
        let run = try CLI.run(["check", "c"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Skipped: `dangling.txt` (a link to nothing, not a regular file), `folder.txt` (a folder, not a regular file), `pipe.md` (a FIFO, not a regular file)"), "\(run.stdout)")
        let json = try CLI.run(["check", "c", "--format", "json"], in: dir)
        #expect(json.stdout.contains(#""path": "pipe.md","#))
        #expect(json.stdout.contains(#""reason": "a FIFO, not a regular file""#))
        // A manifest or configuration found in the corpus is never a FIFO to wait on either.
        for name in ["corpus.json", ".crosscheck.json"] {
            #expect(mkfifo(c.appendingPathComponent(name).path, 0o644) == 0)
            let blocked = try CLI.run(["check", "c"], in: dir)
            #expect(blocked.status == 2)
            #expect(blocked.stderr.contains("\(name): is a FIFO, not a regular file"), "\(blocked.stderr)")
            try FileManager.default.removeItem(at: c.appendingPathComponent(name))
        }
    }

    @Test func anImpossibleDatelineDateIsAWarning() throws {
        let dir = try corpus(["a.txt": "LIMA, February 30, 2020 — " + fineA, "b.txt": fineB])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(["check", "c"], in: dir)
        #expect(run.status == 0)
        #expect(run.stderr.contains("crosscheck: c/a.txt: warning: line 1: the dateline date \"February 30, 2020\" does not exist"), "\(run.stderr)")
        let extract = try CLI.run(["extract", "c/a.txt"], in: dir)
        #expect(extract.stderr.contains("c/a.txt: warning: line 1: the dateline date"))
    }

    @Test func digitGroupsOfOtherThanThreeDigitsAreAList() throws {
        let dir = try corpus(["a.txt": "Rooms 1,2,3,4,5,6 people each held.\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(["extract", "c/a.txt"], in: dir)
        #expect(run.status == 0)
        #expect(!run.stdout.contains("123"), "\(run.stdout)")
        #expect(run.stdout.contains("\"6 people\" → 6 person"))
    }

    @Test(arguments: [
        (#"{"tolerance": "2%"}"#, #""tolerance" must be a number ≥ 0, a fraction: 0.02 is 2% (got "2%")"#),
        (#"{"ignore": "drafts/"}"#, #""ignore" must be an array of paths or globs (got "drafts/")"#),
        (#"{"failon": "never"}"#, #"unknown key "failon""#),
        ("{\"failOn\": \"never\",\n \"tolerance\": }", "not valid JSON (line 2, column 15: expected a value)"),
        (#"{"version": 1e300}"#, #""version" must be 1"#),
    ])
    func aBrokenConfiguration(_ config: String, _ message: String) throws {
        let dir = try corpus(["a.txt": fineA, ".crosscheck.json": config])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(["check", "c"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("c/.crosscheck.json"), "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func anOutputThatIsNotARegularFileIsNotReplaced() throws {
        let dir = try corpus(["a.txt": fineA, "b.txt": fineB])
        defer { try? FileManager.default.removeItem(at: dir) }
        let kept = dir.appendingPathComponent("kept.md")
        try CLI.write("keep me\n", to: kept)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.md").path, withDestinationPath: "kept.md")
        #expect(mkfifo(dir.appendingPathComponent("pipe.md").path, 0o644) == 0)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        for (target, what) in [("link.md", "a symbolic link"), ("pipe.md", "a FIFO"), ("folder.md", "a folder")] {
            for command in [["check", "c"], ["extract", "c/a.txt"]] {
                let run = try CLI.run(command + ["--output", target], in: dir)
                #expect(run.status == 2)
                #expect(run.stderr == "crosscheck: \(target): is \(what), not a regular file; refusing to replace it\n", "\(run.stderr)")
            }
        }
        #expect(FileKindProbe.isSymbolicLink(dir.appendingPathComponent("link.md").path))
        #expect(try String(contentsOf: kept, encoding: .utf8) == "keep me\n")
    }

    @Test func theOutputsOfARunAreAllOrNothing() throws {
        let dir = try corpus(["a.txt": fineA, "b.txt": "The council imposed a $90 million fine.\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(["check", "c", "--write-baseline", "b.json", "--output", "missing/r.md"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr == "crosscheck: missing/r.md: folder missing does not exist\n", "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("b.json").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["c"])
        // The same outputs into a folder that exists are both written.
        let ok = try CLI.run(["check", "c", "--write-baseline", "b.json", "--output", "r.md"], in: dir)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("b.json").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.md").path))
        let same = try CLI.run(["check", "c", "--write-baseline", "r.md", "--output", "./r.md"], in: dir)
        #expect(same.status == 2)
        #expect(same.stderr.contains("--output and --write-baseline name the same file"))
    }

    @Test func extractOnAFolderIsAnError() throws {
        let dir = try corpus(["a.txt": fineA])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(["extract", "c"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr == "crosscheck: c: is a folder, not a file\n")
    }
}

enum FileKindProbe {
    static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }
}
