/// Problems with the input a user can act on; each names the file and what is wrong with it.
public enum CorpusError: Error, Equatable, CustomStringConvertible, Sendable {
    case empty(root: String)
    case notUTF8(path: String)
    case binary(path: String)
    case manifestUnreadable(path: String, reason: String)
    case manifestNamesMissingFile(manifest: String, path: String)
    case invalidDate(path: String, value: String, field: String)
    case frontMatterUnterminated(path: String)

    public var description: String {
        switch self {
        case .empty(let root):
            return "\(root): no .txt or .md documents found (an empty corpus has nothing to check)"
        case .notUTF8(let path):
            return "\(path): not UTF-8 text (convert it to UTF-8 or remove it from the corpus)"
        case .binary(let path):
            return "\(path): contains a NUL byte, so it is a binary file, not text (remove it from the corpus)"
        case .manifestUnreadable(let path, let reason):
            return "\(path): \(reason)"
        case .manifestNamesMissingFile(let manifest, let path):
            return "\(manifest): lists \"\(path)\", but no such file is in the corpus"
        case .invalidDate(let path, let value, let field):
            return "\(path): \(field) \"\(value)\" is not a date (expected YYYY-MM-DD)"
        case .frontMatterUnterminated(let path):
            return "\(path): front matter opened with --- is never closed with ---"
        }
    }
}
