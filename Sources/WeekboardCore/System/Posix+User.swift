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

/// What full Foundation's `NSHomeDirectory`, `NSUserName`, `expandingTildeInPath` and `FileHandle`
/// did for weekboard, from the C library (FoundationEssentials has none of them).
extension Posix {
    /// `user`'s home folder from the password database; the current user's when nil.
    /// Through FoundationEssentials, which already does these look-ups: a static link then warns
    /// about glibc's NSS functions in the toolchain's library only, never in weekboard's own files.
    static func homeDirectory(of user: String? = nil) -> String? {
        let name = user ?? userName()
        guard !name.isEmpty, let home = FileManager.default.homeDirectory(forUser: name) else { return nil }
        return home.path
    }

    /// The login name of the effective user from the password database (as `NSUserName()`).
    static func userName() -> String { ProcessInfo.processInfo.userName }

    /// `~` and `~/…` from `$HOME` (else the password database), `~user/…` from the password database,
    /// and a trailing `/` dropped, as `NSString.expandingTildeInPath` does on Linux; anything else as given.
    static func expandingTilde(_ path: String) -> String {
        guard path.hasPrefix("~") else { return path }
        let end = path.firstIndex(of: "/") ?? path.endIndex
        let user = String(path[path.index(after: path.startIndex)..<end])
        let home: String?
        if user.isEmpty {
            let env = getenv("HOME").map { String(cString: $0) }
            home = env.flatMap { $0.isEmpty ? nil : $0 } ?? homeDirectory()
        } else {
            home = homeDirectory(of: user)
        }
        guard let home else { return path }
        var out = home + path[end...]
        while out.count > 1, out.hasSuffix("/") { out.removeLast() }
        return out
    }

    /// Everything on `fd` until end of file (standard input for `calls import -` and `access add --key -`).
    /// Everything `fd` gives until end of file, or nil as soon as it gives more than `limit` bytes:
    /// reading stops there, so a writer that never stops cannot make this process hold more.
    static func readAll(_ fd: Int32, limit: Int) -> Data? {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = (try? chunk.withUnsafeMutableBytes { try read(fd, into: $0) }) ?? 0
            if n == 0 { return data }
            data.append(contentsOf: chunk[0..<n])
            if data.count > limit { return nil }
        }
    }

    /// `execve` of `path` with `[path] + args` and exactly `env` (sorted, `KEY=value`); returns only
    /// on failure, with it.
    static func execute(_ path: String, _ args: [String], _ env: [String: String]) -> Failure {
        let argv = ([path] + args).map { strdup($0) } + [nil]
        let envp = env.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        execve(path, argv, envp)
        return Failure("execve", path: path)
    }

    /// This process's executable, links resolved (`/proc/self/exe`); nil where there is none.
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension Error {
    /// What full Foundation's `localizedDescription` said for the file errors weekboard reports
    /// (FoundationEssentials has none); anything else as the error describes itself.
    package var readableDescription: String {
        let prefix = "The operation could not be completed."
        guard let cocoa = self as? CocoaError else { return "\(prefix) \(self)" }
        switch cocoa.code {
        case .fileReadNoSuchFile, .fileNoSuchFile: return "\(prefix) The file doesn’t exist."
        case .fileReadNoPermission, .fileWriteNoPermission: return "\(prefix) You don’t have permission."
        default: return "\(prefix) (NSCocoaErrorDomain error \(cocoa.code.rawValue).)"
        }
    }
}
