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

// The end of a month file, read backwards from its end: a write needs only the newest entry, so its
// cost does not grow with the journal (a month after a million-row import was 56 MB, read whole by
// every write before).
extension Journal {
    /// The last bytes of a month file: its size, where its last complete line starts and ends (the
    /// newline excluded), and how many bytes follow the last newline (a torn line).
    struct Tail {
        var size: Int
        var lastLine: Range<Int>?
        var line: Data
        var torn: Int
    }

    /// Reads `path`'s tail in growing chunks until its last complete line is whole.
    func tail(_ path: String) throws -> Tail? {
        let full = store.url(path).path
        try Directories.checkNoLinks(store.url(path).deletingLastPathComponent(), under: store.root)
        let fd = open(full, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw StoreError.io(path: full, reason: "cannot read the journal: \(errnoText())")
        }
        defer { close(fd) }
        let size = Int(lseek(fd, 0, SEEK_END))
        guard size > 0 else { return Tail(size: 0, lastLine: nil, line: Data(), torn: 0) }
        var chunk = 64 * 1024
        while true {
            let start = max(0, size - chunk)
            var bytes = [UInt8](repeating: 0, count: size - start)
            var got = 0
            while got < bytes.count {
                let n = bytes.withUnsafeMutableBytes { buf in
                    Posix.retrying { pread(fd, buf.baseAddress! + got, buf.count - got, off_t(start + got)) }
                }
                guard n > 0 else { throw StoreError.io(path: full, reason: "cannot read the journal: \(errnoText())") }
                got += n
            }
            guard let lastNewline = bytes.lastIndex(of: 0x0A) else {
                if start == 0 { return Tail(size: size, lastLine: nil, line: Data(), torn: size) }
                chunk *= 4
                continue
            }
            let torn = bytes.count - lastNewline - 1
            if let before = bytes[..<lastNewline].lastIndex(of: 0x0A) {
                let line = Data(bytes[(before + 1)..<lastNewline])
                return Tail(size: size, lastLine: (start + before + 1)..<(start + lastNewline), line: line, torn: torn)
            }
            if start == 0 {
                return Tail(size: size, lastLine: 0..<lastNewline, line: Data(bytes[..<lastNewline]), torn: torn)
            }
            chunk *= 4
        }
    }

    /// The newest segment with an entry in it and its tail (an empty newest file is passed over, so
    /// numbering never starts again because of one).
    func newestTail() throws -> (path: String, tail: Tail)? {
        for path in segments().reversed() {
            guard let t = try tail(path), t.lastLine != nil else { continue }
            return (path, t)
        }
        return nil
    }

    /// The 1-based number of the line starting at `offset` (counted only to name a damaged line).
    func lineNumber(in path: String, at offset: Int) throws -> Int {
        let data = try store.readData(path) ?? Data()
        return data.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
