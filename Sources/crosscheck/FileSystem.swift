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
        var skipped: [String] = []
        return try corpusFiles(root: root, ignoring: { path in ignored.contains { matches(path, pattern: $0) } }, skipped: &skipped)
    }

    /// - Parameters:
    ///   - isIgnored: decides, on the path relative to the root, which files to leave out unread.
    ///   - skipped: receives the paths left out that way.
    static func corpusFiles(root: String, ignoring isIgnored: (String) -> Bool, skipped: inout [String]) throws -> [CorpusFile] {
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
            if isIgnored(rel) { skipped.append(rel); continue }
            paths.append(rel)
        }
        paths.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return try paths.map { CorpusFile(path: $0, bytes: try read(rootURL.appendingPathComponent($0).path)) }
    }

    /// A path matches a pattern equal to it, a folder prefix ending in `/`, or a `*` glob.
    static func matches(_ path: String, pattern: String) -> Bool {
        PathPattern.matches(path, pattern: pattern)
    }

    /// The nearest file with this name in `start` (a folder) or one of its parents.
    static func findUpwards(_ name: String, from start: String) -> String? {
        let cwd = FileManager.default.currentDirectoryPath
        var dir = URL(fileURLWithPath: start, relativeTo: URL(fileURLWithPath: cwd + "/")).standardizedFileURL
        while true {
            let candidate = dir.appendingPathComponent(name).path
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue { return candidate }
            let parent = dir.deletingLastPathComponent().standardizedFileURL
            if parent.path == dir.path || dir.path == "/" { return nil }
            dir = parent
        }
    }

    /// Today's date in UTC: the only clock the tool reads (for a draft without a date).
    static func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// How to reach `file` from the folder that will hold `from` (or the working folder).
    static func relativePath(from: String?, to file: String) -> String {
        let url = URL(fileURLWithPath: file)
        let folder = url.deletingLastPathComponent().path
        return relativeLink(from: from, to: folder) + url.lastPathComponent
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
