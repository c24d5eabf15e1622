import Foundation
import Testing

/// docs/architecture.md's rule that every system call in the core goes through `Posix` (in `System/`,
/// with the EINTR retry written once and one error type): a direct C call anywhere else fails here.
@Suite("System calls: the core calls the C library only in System/")
struct SystemCallRoutingTests {
    static let core = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/WeekboardCore")

    /// The C calls watched, with the numbers of arguments each takes: a method of the same name with
    /// labels or another count (`Store.read(file)`, `JSONValidator.close(node, end:)`) is not one.
    static let calls: [String: Set<Int>] = [
        "open": [2, 3], "openat": [3, 4], "close": [1], "read": [3], "write": [3], "pread": [4], "pwrite": [4],
        "unlink": [1], "unlinkat": [3], "rename": [2], "renameat": [4], "link": [2], "symlink": [2],
        "readlink": [3], "fsync": [1], "fdatasync": [1], "flock": [2], "fcntl": [2, 3], "pipe": [1], "pipe2": [2],
        "poll": [3], "waitpid": [3], "kill": [2], "fork": [0], "execve": [3], "execv": [2], "execvp": [2],
        "chmod": [2], "fchmod": [2], "mkdir": [2], "mkdirat": [3], "rmdir": [1], "ftruncate": [2],
        "truncate": [2], "lseek": [3], "dup": [1], "dup2": [2], "stat": [2], "lstat": [2], "fstat": [2],
        "access": [2], "realpath": [2], "getpid": [0], "mkstemp": [1], "mkdtemp": [1], "opendir": [1],
    ]

    /// A watched name called bare: not after `.` (`Posix.open`, `.close(…)`), a word, `func ` or `case `.
    static let pattern = try! NSRegularExpression(
        pattern: #"(?<![.\w])(?<!func )(?<!case )(posix_spawn\w*|[a-z][a-z0-9]*)\s*\("#)

    /// An argument with a label (`at: 3`): C functions take none.
    static let label = #"^\s*[A-Za-z_]\w*\s*:(?!:)"#

    /// Each direct C call in `source` (comments and string text ignored): the call's name and its line.
    static func directCalls(in source: String) -> [(name: String, line: Int)] {
        let text = code(source) as NSString
        var found: [(name: String, line: Int)] = []
        for match in pattern.matches(in: text as String, range: NSRange(location: 0, length: text.length)) {
            let name = text.substring(with: match.range(at: 1))
            let spawn = name.hasPrefix("posix_spawn")
            guard spawn || calls[name] != nil else { continue }
            let arguments = Self.arguments(text, from: match.range.upperBound)
            let labelled = arguments.contains { $0.range(of: label, options: .regularExpression) != nil }
            guard spawn || (!labelled && calls[name]!.contains(arguments.count)) else { continue }
            let line = text.substring(to: match.range.location).filter { $0 == "\n" }.count + 1
            found.append((name, line))
        }
        return found
    }

    /// `source` with its comments and the text of its string literals blanked (lines kept, and the code
    /// in an interpolation `\(…)` kept, where a call can hide too).
    static func code(_ source: String) -> String {
        let chars = Array(source)
        var out = ""
        var i = 0
        var text: Bool?  // inside a string literal's text: whether it is a multi-line one
        var interpolated: [(multiline: Bool, depth: Int)] = []
        func at(_ s: String) -> Bool { chars[i...].starts(with: s) }
        while i < chars.count {
            let c = chars[i]
            if let multiline = text {
                if c == "\\", at("\\(") {
                    interpolated.append((multiline, 0))
                    text = nil
                    out += "\\("
                    i += 2
                } else if c == "\\" {
                    out += i + 1 < chars.count && chars[i + 1] == "\n" ? " \n" : "  "
                    i += 2
                } else if multiline ? at("\"\"\"") : c == "\"" {
                    out += multiline ? "\"\"\"" : "\""
                    i += multiline ? 3 : 1
                    text = nil
                } else {
                    out.append(c == "\n" ? "\n" : " ")
                    i += 1
                }
                continue
            }
            if at("//") {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if at("/*") {
                while i < chars.count, !at("*/") {
                    if chars[i] == "\n" { out.append("\n") }
                    i += 1
                }
                i += 2
                continue
            }
            if c == "\"" {
                text = at("\"\"\"")
                out += text! ? "\"\"\"" : "\""
                i += text! ? 3 : 1
                continue
            }
            if let last = interpolated.last {
                if c == "(" { interpolated[interpolated.count - 1].depth += 1 }
                if c == ")" {
                    if last.depth == 0 {
                        interpolated.removeLast()
                        text = last.multiline
                    } else {
                        interpolated[interpolated.count - 1].depth -= 1
                    }
                }
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// The top-level arguments of the call whose `(` ends just before `start`.
    static func arguments(_ text: NSString, from start: Int) -> [String] {
        var depth = 0
        var parts: [String] = []
        var current = ""
        var i = start
        while i < text.length {
            let c = Character(UnicodeScalar(text.character(at: i)) ?? " ")
            i += 1
            switch c {
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                if depth == 0 {
                    if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || !parts.isEmpty {
                        parts.append(current)
                    }
                    return parts
                }
                depth -= 1
            case "," where depth == 0:
                parts.append(current)
                current = ""
                continue
            default: break
            }
            current.append(c)
        }
        return parts
    }

    /// Every Swift file of the core outside System/, by path below Sources/WeekboardCore.
    static func coreFiles() throws -> [String] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: core.path)
        return paths.filter { $0.hasSuffix(".swift") && !$0.hasPrefix("System/") }.sorted()
    }

    @Test("no core file outside System/ makes a system call itself")
    func noDirectCalls() throws {
        let files = try Self.coreFiles()
        // The scan has read the core (the sync files among it), so passing means something.
        #expect(files.count > 100)
        #expect(files.contains("Sync/GitRunner.swift"))
        for file in files {
            let source = try String(contentsOf: Self.core.appendingPathComponent(file), encoding: .utf8)
            for call in Self.directCalls(in: source) {
                Issue.record("Sources/WeekboardCore/\(file):\(call.line) calls \(call.name) directly; use Posix")
            }
        }
    }

    @Test("the scan finds a direct call and passes Posix's, methods of the same name and comments")
    func scanFindsDirectCalls() {
        let direct = """
            let fd = open(path, O_WRONLY | O_CREAT, 0o600)
            defer { close(fd) }
            guard pipe(&ends) == 0 else { return }
            let r = posix_spawn(&pid, path, &actions, &attr, argv, envp)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            chmod(
                path, 0o700)
            let name = "x-\\(getpid())"
            """
        #expect(
            Self.directCalls(in: direct).map(\.name) == [
                "open", "close", "pipe", "posix_spawn", "waitpid", "chmod", "getpid",
            ])
        #expect(Self.directCalls(in: direct).map(\.line) == [1, 2, 3, 4, 5, 6, 8])
        let routed = """
            let fd = try Posix.open(path, O_RDONLY)
            Posix.close(fd)
            close(open(kind, at: range.lowerBound), end: range.upperBound)
            let value = try read(file)
            try write(file, archive)
            case close(RAIDKind, number: Int)
            static func open(_ path: String, _ flags: Int32) throws -> Int32 {
            /// `unlink(path)` where nothing there is as good as removed.
            case S_IFIFO: kind = "a named pipe (FIFO)"  /* close(fd) */
            """
        #expect(Self.directCalls(in: routed).isEmpty)
    }
}
