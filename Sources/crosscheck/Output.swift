#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and standard error, written with write(2) so that a failure is seen: a full
/// disk (ENOSPC, `> /dev/full`) or a reader that went away (EPIPE, `| head -1`) makes the run exit
/// 2 with a message, where `FileHandle.write` would trap or a SIGPIPE would kill the process.
enum Output {
    /// Called once at start-up: with SIGPIPE ignored, writing to a closed pipe fails with EPIPE
    /// instead of ending the process by a signal.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
    }

    static func standardOutput(_ text: String) throws {
        if let reason = write(Array(text.utf8), to: STDOUT_FILENO) {
            throw CommandLineError("standard output: cannot write (\(reason))")
        }
    }

    /// Messages: when standard error itself cannot be written there is nowhere left to say so.
    static func standardError(_ text: String) {
        _ = write(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Writes all of `bytes`; nil when done, else why not.
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                #if canImport(Glibc)
                return Glibc.write(descriptor, base + done, buffer.count - done)
                #else
                return Darwin.write(descriptor, base + done, buffer.count - done)
                #endif
            }
            if n < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            if n == 0 { return "nothing was written" }
            done += n
        }
        return nil
    }
}
