import Foundation
import Testing

/// Runs the built `crosscheck` binary (found beside the test bundle, or in .build/debug).
enum CLI {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Ended by a signal (a trap is SIGILL or SIGTRAP; `status` is then the signal's number).
        var signaled = false
    }

    static let binary: URL? = {
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("crosscheck"))
        candidates.append(bundle.appendingPathComponent("crosscheck"))
        if let exe = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("crosscheck"))
        }
        candidates.append(Fixtures.root.appendingPathComponent(".build/debug/crosscheck"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// - Parameter stdout: where the child's standard output goes (a file, `/dev/full`, a closed
    ///   pipe); nil captures it into `Run.stdout`.
    static func run(_ args: [String], in directory: URL, environment: [String: String] = [:], stdout target: FileHandle? = nil,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> Run {
        guard let binary else {
            Issue.record("the crosscheck binary was not found next to the tests; run `swift build` first", sourceLocation: sourceLocation)
            return Run(status: -1, stdout: "", stderr: "")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "GITHUB_STEP_SUMMARY")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = target ?? out
        process.standardError = err
        try process.run()
        try? out.fileHandleForWriting.close()
        // Read before waiting so a large report cannot fill the pipe and block the child.
        let stdout = target == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self), signaled: process.terminationReason == .uncaughtSignal)
    }

    /// A fresh temporary folder holding a copy of a fixture corpus at `corpus` (relative path).
    static func workspace(copying fixture: String = "sma-2020", to corpus: String = "news/sma") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-cli-\(UUID().uuidString)")
        let target = dir.appendingPathComponent(corpus)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("fixtures/\(fixture)"), to: target)
        return dir
    }

    /// An empty temporary folder.
    static func emptyWorkspace() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Whether the child ended by itself (an exit status) rather than by a signal such as SIGILL.
    static func exitedNormally(_ run: Run) -> Bool { !run.signaled && (0...2).contains(run.status) }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func edit(_ url: URL, _ change: (String) -> String) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(change(text).utf8).write(to: url)
    }
}
