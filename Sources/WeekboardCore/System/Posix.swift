#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls weekboard makes itself, with the EINTR retry written once: each throws a `Failure`
/// (the call, its path and errno) that the caller words for the user. Unqualified C names (`write`, not
/// `Glibc.write`), so the same code builds on Linux and macOS. Internal: the front ends ask `SystemAccess`.
enum Posix {
    /// A failed system call: what was attempted and the errno it gave, as swift-nio's `IOError`.
    /// Its description is the system's reason (`strerror`), which error messages quote.
    struct Failure: Error, CustomStringConvertible {
        /// The call, such as `open` or `fsync`.
        let call: String
        /// The path it was given, when it was given one.
        let path: String?
        let errno: Int32

        init(_ call: String, path: String? = nil, errno code: Int32 = lastErrno()) {
            self.call = call
            self.path = path
            self.errno = code
        }

        var reason: String { String(cString: strerror(errno)) }
        var description: String { reason }
    }

    /// Calls `body` again while it fails with EINTR (a signal arrived mid-call); returns its result.
    @discardableResult
    static func retrying<T: BinaryInteger>(_ body: () -> T) -> T {
        while true {
            let result = body()
            if result >= 0 || errno != EINTR { return result }
        }
    }

    /// Writes all of `data` to `fd`, carrying on after partial writes and interruptions.
    static func writeAll(_ fd: Int32, _ data: Data) throws {
        try data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var off = 0
            while off < raw.count {
                let n = retrying { write(fd, base + off, raw.count - off) }
                if n < 0 { throw Failure("write") }
                off += n
            }
        }
    }

    /// Writes text to standard error (messages, warnings); a closed stderr is not worth failing over.
    static func printError(_ text: String) {
        try? writeAll(STDERR_FILENO, Data(text.utf8))
    }

    /// Writes a control sequence or text straight to the terminal (standard output), unbuffered.
    static func printOutput(_ text: String) {
        try? writeAll(STDOUT_FILENO, Data(text.utf8))
    }
}

/// The calling thread's errno (a default argument cannot name the C variable `errno` past a property of that name).
func lastErrno() -> Int32 { errno }
