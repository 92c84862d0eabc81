import CrossCheck
import Foundation

/// Progress of a long check on standard error: documents read, claims, stories, facts. Shown
/// only once a run has taken about two seconds, and only on a terminal unless `--progress` asks
/// (then one line a second, for logs); never on standard output.
final class Progress: @unchecked Sendable {
    let enabled: Bool
    private let terminal: Bool
    private let start = Date()
    private var lastShown = Date.distantPast
    private var shownAny = false
    private let lock = NSLock()
    /// Runs shorter than this print nothing.
    static let delay = 2.0

    init(forced: Bool) {
        terminal = isatty(STDERR_FILENO) != 0
        enabled = forced || terminal
    }

    func show(_ p: CheckProgress) {
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(start) >= Progress.delay, p.stage != .reading || now.timeIntervalSince(lastShown) >= (terminal ? 0.2 : 1) else { return }
        lastShown = now
        shownAny = true
        var text = "crosscheck: \(p.documents)/\(p.ofDocuments) documents read, \(p.claims) claims"
        if p.stage != .reading { text += ", \(p.stories) stories" }
        if p.stage == .done { text += ", \(p.facts) facts" }
        text += String(format: " (%.0f s)", now.timeIntervalSince(start))
        Output.standardError(terminal ? "\r" + text + "\u{1B}[K" : text + "\n")
    }

    /// Ends a progress line left open on a terminal.
    func finish() {
        lock.lock(); defer { lock.unlock() }
        if terminal, shownAny { Output.standardError("\n") }
    }
}
