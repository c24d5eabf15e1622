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
        let fd: Int32
        do { fd = try Posix.open(full, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) } catch {
            if (error as? Posix.Failure)?.errno == ENOENT { return nil }
            throw StoreError.io(path: full, reason: "cannot read the journal: \(error)")
        }
        defer { Posix.close(fd) }
        let size = (try? Posix.seekToEnd(fd)) ?? -1
        guard size > 0 else { return Tail(size: 0, lastLine: nil, line: Data(), torn: 0) }
        var chunk = 64 * 1024
        while true {
            let start = max(0, size - chunk)
            var bytes = [UInt8](repeating: 0, count: size - start)
            do { try bytes.withUnsafeMutableBytes { try Posix.readFully(fd, into: $0, at: start) } } catch {
                throw StoreError.io(path: full, reason: "cannot read the journal: \(error)")
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

    /// The longest line read back: far beyond any entry weekboard writes.
    static let maxLine = 256 * 1_048_576

    /// Each complete line of `path` (with its offset), last first, read in chunks from the end; a torn
    /// last line (a crash mid-append) is not a line. Returns false when `body` stopped early.
    func forEachLineNewestFirst(_ path: String, _ body: (Data, Int) throws -> Bool) throws -> Bool {
        guard let t = try tail(path), t.size > 0 else { return true }
        let full = store.url(path).path
        let fd: Int32
        do { fd = try Posix.open(full, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) } catch {
            throw StoreError.io(path: full, reason: "cannot read the journal: \(error)")
        }
        defer { Posix.close(fd) }
        // Without the torn end and the last newline, the file is lines joined by newlines.
        var end = t.size - t.torn - 1
        // The later part of a line whose start is in an earlier chunk, as chunks, last first: joined
        // once, when the line is whole (copying it with each chunk would cost its length squared).
        var pieces: [Data] = []
        var piecesSize = 0
        let chunk = 256 * 1024
        func whole(_ first: Data) -> Data {
            var line = first
            for p in pieces.reversed() { line.append(p) }
            pieces = []
            piecesSize = 0
            return line
        }
        while end > 0 {
            let start = max(0, end - chunk)
            var block = Data(count: end - start)
            do { try block.withUnsafeMutableBytes { try Posix.readFully(fd, into: $0, at: start) } } catch {
                throw StoreError.io(path: full, reason: "cannot read the journal: \(error)")
            }
            var lineEnd = block.count
            while let newline = block[..<lineEnd].lastIndex(of: 0x0A) {
                let line = whole(Data(block[(newline + 1)..<lineEnd]))
                if !line.isEmpty, try !body(line, start + newline + 1) { return false }
                lineEnd = newline
            }
            pieces.append(Data(block[..<lineEnd]))
            piecesSize += lineEnd
            // No entry is this long (an import's is a few MB): it is damage, not a line to hold in memory.
            guard piecesSize <= Self.maxLine else {
                throw StoreError.malformed(
                    file: full, location: "line \(try lineNumber(in: path, at: start))",
                    reason: "is not a journal entry (longer than \(Self.maxLine / 1_048_576) MiB)")
            }
            end = start
        }
        let first = whole(Data())
        if !first.isEmpty, try !body(first, 0) { return false }
        return true
    }

    /// The number of the entry on `line`, nil when the line is not an entry. A long line (an
    /// import's) is checked to be JSON and its top-level `seq` found from its end, not decoded whole:
    /// a write after a large import must not cost what decoding it would.
    static func seq(of line: Data) -> Int? {
        guard line.count > 64 * 1024 else {
            guard let e = try? decode(line, file: "", line: 0) else { return nil }
            return e.seq
        }
        // `validate` returns the file's schemaVersion, which a journal line has none of: only a throw says
        // the line is not JSON (`try?` would flatten that nil into a refusal of every long line).
        guard line.first == UInt8(ascii: "{") else { return nil }
        do { _ = try JSONValidator.validate(line, file: "") } catch { return nil }
        // Keys are written sorted, and nothing after `seq` (source, summary, target, week, written) holds
        // an object; inside a string a quote is escaped, so `"seq":` is the key itself.
        let key = Array("\"seq\":".utf8)
        var i = line.endIndex - key.count
        while i >= line.startIndex {
            if line[i] == key[0], line[i..<(i + key.count)].elementsEqual(key) {
                var n = 0, j = i + key.count, digits = 0
                while j < line.endIndex, (0x30...0x39).contains(line[j]), digits < 13 {
                    n = n * 10 + Int(line[j] - 0x30)
                    j += 1
                    digits += 1
                }
                return digits > 0 && JournalEntry.seqRange.contains(n) ? n : nil
            }
            i -= 1
        }
        return nil
    }

    /// The newest entry's number (0 for none), reading only the newest line's bytes.
    func newestSeq() throws -> Int {
        guard let (path, t) = try newestTail(), let range = t.lastLine else { return 0 }
        if let n = Self.seq(of: t.line) { return n }
        // Not found the quick way: decoded whole, which gives its number or an error naming its line.
        return try Self.decode(t.line, file: store.url(path).path, line: lineNumber(in: path, at: range.lowerBound)).seq
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
        guard let fd = try? Posix.open(store.url(path).path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) else { return 0 }
        defer { Posix.close(fd) }
        var count = 1, done = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while done < offset {
            let want = min(buffer.count, offset - done)
            let n =
                (try? buffer.withUnsafeMutableBytes { all in
                    try Posix.read(fd, into: UnsafeMutableRawBufferPointer(rebasing: all[..<want]), at: done)
                }) ?? 0
            guard n > 0 else { break }
            for i in 0..<n where buffer[i] == 0x0A { count += 1 }
            done += n
        }
        return count
    }
}
