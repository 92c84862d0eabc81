#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Color only where a person reads it: on a terminal, unless `NO_COLOR` is set (no-color.org) or
/// the terminal says it cannot (`TERM=dumb`). Reports never carry color: they are files.
struct TerminalStyle {
    var enabled: Bool

    /// The style for one stream (standard output or standard error), decided once.
    static func forDescriptor(_ fd: Int32, environment: [String: String]) -> TerminalStyle {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return TerminalStyle(enabled: false) }
        if environment["TERM"] == "dumb" { return TerminalStyle(enabled: false) }
        return TerminalStyle(enabled: isatty(fd) == 1)
    }

    func bold(_ s: String) -> String { wrap(s, "1") }
    func error(_ s: String) -> String { wrap(s, "1;31") }
    func warning(_ s: String) -> String { wrap(s, "1;33") }

    private func wrap(_ s: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
