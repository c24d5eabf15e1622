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

/// The system calls weekboard makes itself, with the EINTR retry written once. Unqualified C
/// names (`write`, not `Glibc.write`), so the same code builds on Linux and macOS.
public enum Posix {
    /// A failed call, with the system's reason (`strerror`).
    public struct Failure: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    /// Calls `body` again while it fails with EINTR (a signal arrived mid-call); returns its result.
    @discardableResult
    public static func retrying<T: BinaryInteger>(_ body: () -> T) -> T {
        while true {
            let result = body()
            if result >= 0 || errno != EINTR { return result }
        }
    }

    /// Writes all of `data` to `fd`, carrying on after partial writes and interruptions.
    public static func writeAll(_ fd: Int32, _ data: Data) throws {
        try data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var off = 0
            while off < raw.count {
                let n = retrying { write(fd, base + off, raw.count - off) }
                if n < 0 { throw Failure(reason: errnoText()) }
                off += n
            }
        }
    }

    /// Writes text to standard error (messages, warnings); a closed stderr is not worth failing over.
    public static func printError(_ text: String) {
        try? writeAll(STDERR_FILENO, Data(text.utf8))
    }

    /// Writes a control sequence or text straight to the terminal (standard output), unbuffered.
    public static func printOutput(_ text: String) {
        try? writeAll(STDOUT_FILENO, Data(text.utf8))
    }
}
