import CrossCheck
import Foundation

/// All file access of the tool: reading corpora and documents, writing reports atomically.
enum FileSystem {
    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// - Parameter regularOnly: for files found rather than named (a manifest, a configuration
    ///   found by walking up): one that is not a regular file is an error, since reading a FIFO
    ///   would wait forever. A FIFO or device named on the command line is read (`<(cmd)` is one).
    static func read(_ path: String, regularOnly: Bool = false) throws -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        guard FileManager.default.fileExists(atPath: path) else { throw CommandLineError("\(path): no such file") }
        let kind = FileKind.of(path, followingLinks: true)
        if kind == .folder { throw CommandLineError("\(path): is a folder, not a file") }
        if regularOnly, kind != .regular { throw CommandLineError("\(path): is \(kind.description), not a regular file") }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandLineError("\(path): cannot be read") }
        return Array(data)
    }

    /// The corpus's `.txt` and `.md` files, paths relative to the root with `/`, sorted by bytes;
    /// hidden files and folders are skipped.
    static func corpusFiles(root: String, ignoring ignored: [String] = []) throws -> [CorpusFile] {
        var skipped: [String] = []
        var notFiles: [SkippedFile] = []
        return try corpusFiles(root: root, ignoring: { path in ignored.contains { matches(path, pattern: $0) } },
                               skipped: &skipped, notFiles: &notFiles)
    }

    /// - Parameters:
    ///   - isIgnored: decides, on the path relative to the root, which files to leave out unread.
    ///   - skipped: receives the paths left out that way.
    ///   - notFiles: receives the `.txt` and `.md` names that are not regular files (a folder, a
    ///     FIFO, a device, a broken link) with what they are: reading a FIFO would block forever.
    static func corpusFiles(root: String, ignoring isIgnored: (String) -> Bool, skipped: inout [String],
                            notFiles: inout [SkippedFile]) throws -> [CorpusFile] {
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
            var rel = url.standardizedFileURL.path
            if rel.hasPrefix(prefix) { rel = String(rel.dropFirst(prefix.count)) }
            while rel.hasPrefix("/") { rel.removeFirst() }
            if isIgnored(rel) { skipped.append(rel); continue }
            // A link to a regular file is read; anything else is listed, never opened.
            let kind = FileKind.of(url.path, followingLinks: true)
            guard kind == .regular else {
                let what = kind == .missing ? "a link to nothing" : kind.description
                notFiles.append(SkippedFile(path: rel, reason: "\(what), not a regular file"))
                continue
            }
            paths.append(rel)
        }
        paths.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        notFiles.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
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
        // Day arithmetic on the seconds since 1970 (UTC), as CalendarDate does, without a Calendar.
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return CalendarDate(dayNumber: days)
    }

    /// How to reach `file` from the folder that will hold `from` (or the working folder).
    static func relativePath(from: String?, to file: String) -> String {
        let url = URL(fileURLWithPath: file)
        let folder = url.deletingLastPathComponent().path
        return relativeLink(from: from, to: folder) + url.lastPathComponent
    }

    /// Writes one file atomically (see `writeAll`).
    static func writeAtomically(_ text: String, to path: String) throws {
        try writeAll([(path, text)])
    }

    /// Writes the files of one run all or nothing: every target is checked first (its folder
    /// exists; it is absent or a regular file, never a link, FIFO or device to be replaced), then
    /// each is written to a temporary file beside it, then `beforeRename` runs (the report on
    /// standard output), and only then are the temporary files renamed over the targets. A failure
    /// before the renames removes every temporary file and leaves every target as it was; rename(2)
    /// replaces a target in one step, so no reader sees a partial file.
    static func writeAll(_ files: [(path: String, text: String)], beforeRename: () throws -> Void = {}) throws {
        try writeAll(files.map { file in (file.path, { emit in emit(file.text) }) }, beforeRename: beforeRename)
    }

    /// A file's content handed over in pieces (a report written as it is made).
    typealias Producer = ((String) -> Void) -> Void

    /// `writeAll` for content made in pieces: each piece goes to the temporary file as it comes.
    static func writeAll(_ files: [(path: String, content: Producer)], beforeRename: () throws -> Void = {}) throws {
        for (path, _) in files { try checkTarget(path) }
        var temps: [URL] = []
        func removeTemps() { for t in temps { try? FileManager.default.removeItem(at: t) } }
        for (path, content) in files {
            let url = URL(fileURLWithPath: path)
            let temp = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            temps.append(temp)
            guard FileManager.default.createFile(atPath: temp.path, contents: nil),
                  let handle = FileHandle(forWritingAtPath: temp.path) else {
                removeTemps()
                throw CommandLineError("\(path): cannot be written (\(String(cString: strerror(errno))))")
            }
            var failure: Error?
            content { piece in
                guard failure == nil else { return }
                do { try handle.write(contentsOf: Data(piece.utf8)) } catch { failure = error }
            }
            do { try handle.close() } catch { failure = failure ?? error }
            if let failure {
                removeTemps()
                throw CommandLineError("\(path): cannot be written (\(reason(failure)))")
            }
        }
        do {
            try beforeRename()
        } catch {
            removeTemps()
            throw error
        }
        for (index, (path, _)) in files.enumerated() where rename(temps[index].path, path) != 0 {
            let why = String(cString: strerror(errno))
            removeTemps()
            throw CommandLineError("\(path): cannot be written (\(why))")
        }
    }

    /// `path` relative to the folder `root`, with `/` ("archive/2021/a.md" under "archive" is
    /// "2021/a.md"); a path outside it is kept as given.
    static func relative(_ path: String, under root: String) -> String {
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        guard full.hasPrefix(base + "/") else { return path }
        return String(full.dropFirst(base.count + 1))
    }

    /// The configuration in `file`; a bad one is a command-line error naming the file and key.
    static func configuration(_ file: String, regularOnly: Bool = false) throws -> Configuration {
        do {
            return try Configuration.parse(try read(file, regularOnly: regularOnly), file: file)
        } catch let error as ConfigurationError {
            throw CommandLineError(error.description)
        }
    }

    /// Whether two paths name the same file once made absolute.
    static func samePath(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }

    /// The folder of `path` exists, and `path` is absent or a regular file.
    static func checkTarget(_ path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard isDirectory(folder) else {
            let named = (path as NSString).deletingLastPathComponent
            throw CommandLineError("\(path): folder \(named.isEmpty ? folder : named) does not exist")
        }
        let kind = FileKind.of(path, followingLinks: false)
        guard kind == .missing || kind == .regular else {
            throw CommandLineError("\(path): is \(kind.description), not a regular file; refusing to replace it")
        }
    }

    /// The operating system's words for a failed write ("No space left on device").
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
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
