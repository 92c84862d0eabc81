import CrossCheck
import Foundation

/// All file access of the tool: reading corpora and documents, writing reports atomically.
enum FileSystem {
    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        guard FileManager.default.fileExists(atPath: path) else { throw CommandLineError("\(path): no such file") }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandLineError("\(path): cannot be read") }
        return Array(data)
    }

    /// The corpus's `.txt` and `.md` files, paths relative to the root with `/`, sorted by bytes;
    /// hidden files and folders are skipped.
    static func corpusFiles(root: String, ignoring ignored: [String] = []) throws -> [CorpusFile] {
        let rootURL = URL(fileURLWithPath: root)
        guard let walker = FileManager.default.enumerator(at: rootURL, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw CommandLineError("\(root): cannot be listed")
        }
        var paths: [String] = []
        let prefix = rootURL.standardizedFileURL.path
        for case let url as URL in walker {
            let ext = url.pathExtension.lowercased()
            guard ext == "txt" || ext == "md" else { continue }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            var rel = url.standardizedFileURL.path
            if rel.hasPrefix(prefix) { rel = String(rel.dropFirst(prefix.count)) }
            while rel.hasPrefix("/") { rel.removeFirst() }
            if ignored.contains(where: { matches(rel, pattern: $0) }) { continue }
            paths.append(rel)
        }
        paths.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return try paths.map { CorpusFile(path: $0, bytes: try read(rootURL.appendingPathComponent($0).path)) }
    }

    /// A path matches a pattern equal to it, a folder prefix ending in `/`, or a `*` glob on names.
    static func matches(_ path: String, pattern: String) -> Bool {
        if pattern.hasSuffix("/") { return path.hasPrefix(pattern) }
        if !pattern.contains("*") { return path == pattern }
        return glob(Array(path), Array(pattern))
    }

    private static func glob(_ s: [Character], _ p: [Character]) -> Bool {
        var si = 0, pi = 0, star = -1, mark = 0
        while si < s.count {
            if pi < p.count, p[pi] == s[si] || p[pi] == "?" { si += 1; pi += 1 }
            else if pi < p.count, p[pi] == "*" { star = pi; mark = si; pi += 1 }
            else if star >= 0 { pi = star + 1; mark += 1; si = mark }
            else { return false }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }

    /// Writes to a temporary file beside the target and renames it, so a failed run never leaves a
    /// half-written report.
    static func writeAtomically(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: dir.path) {
            throw CommandLineError("\(path): folder \(dir.path) does not exist")
        }
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temp)
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw CommandLineError("\(path): cannot write the report (\(error.localizedDescription))")
        }
        // rename(2) replaces the target in one step, so readers never see a partial file.
        guard rename(temp.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            throw CommandLineError("\(path): cannot write the report (\(reason))")
        }
    }

    /// How to reach `target` (a folder) from the folder that will hold `file`, for report links.
    static func relativeLink(from file: String?, to target: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let targetURL = URL(fileURLWithPath: target, relativeTo: URL(fileURLWithPath: cwd + "/")).standardizedFileURL
        let fromDir: URL
        if let file {
            fromDir = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: cwd + "/")).standardizedFileURL.deletingLastPathComponent()
        } else {
            fromDir = URL(fileURLWithPath: cwd).standardizedFileURL
        }
        let a = fromDir.pathComponents, b = targetURL.pathComponents
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let ups = Array(repeating: "..", count: a.count - common)
        let rest = Array(b[common...])
        let joined = (ups + rest).joined(separator: "/")
        return joined.isEmpty ? "" : joined + "/"
    }
}
