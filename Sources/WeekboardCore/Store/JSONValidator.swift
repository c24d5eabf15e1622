#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A strict pre-pass over a store file, before its values are read. It exists for what
/// `JSONDecoder` forgives or reports vaguely: invalid UTF-8, duplicate keys (the decoder silently
/// keeps one), runaway nesting, and syntax errors, all reported with line and column.
/// It checks shape only. For the files every view opens it also records where each value is
/// (`JSONTape`), so their own readers (`JSONReadable`) need no second parse.
struct JSONValidator {
    static let maxDepth = 64

    private let bytes: [UInt8]
    private let file: String
    private var i = 0
    private var schemaVersion: Int?
    /// While building a tape: one node per value and per field name, in file order.
    private var recording = false
    private var nodes: [JSONTape.Node] = []
    /// The field names of the objects being read, innermost last (one list for all: no allocation per object).
    private var names = FieldNames()

    /// Validates the document and returns its top-level integer `schemaVersion`, if it has one,
    /// so the version check needs no second parse.
    @discardableResult
    static func validate(_ data: Data, file: String) throws -> Int? {
        var v = JSONValidator(bytes: [UInt8](data), file: file)
        try v.run()
        return v.schemaVersion
    }

    /// `validate`, also returning the document as a tape for a `JSONReadable` reader.
    static func tape(_ data: Data, file: String) throws -> (schemaVersion: Int?, tape: JSONTape) {
        var v = JSONValidator(bytes: [UInt8](data), file: file)
        v.recording = true
        // About one value per 12 bytes in a pretty-printed store file: few regrowths.
        v.nodes.reserveCapacity(v.bytes.count / 12)
        try v.run()
        return (v.schemaVersion, JSONTape(bytes: v.bytes, nodes: v.nodes))
    }

    private mutating func run() throws {
        try checkUTF8()
        skipSpace()
        try value(depth: 0)
        skipSpace()
        if i < bytes.count { throw fail("unexpected text after the end of the JSON value") }
    }

    /// Starts a node for the value (or field name) at `start`; nil when no tape is being built.
    private mutating func open(_ kind: JSONTape.Kind, at start: Int) -> Int? {
        guard recording else { return nil }
        nodes.append(JSONTape.Node(kind: kind, start: start))
        return nodes.count - 1
    }

    /// Ends the node: its bytes end at `end`, and whatever it contains has been recorded after it.
    private mutating func close(_ node: Int?, end: Int, escaped: Bool = false, ascii: Bool = true) {
        guard let node else { return }
        let next = nodes.count
        nodes[node].end = end
        nodes[node].next = next
        nodes[node].escaped = escaped
        nodes[node].ascii = ascii
    }

    /// A leaf node (a string's contents, a number, a literal) in one step.
    private mutating func leaf(_ kind: JSONTape.Kind, _ range: Range<Int>, escaped: Bool = false, ascii: Bool = true) {
        close(open(kind, at: range.lowerBound), end: range.upperBound, escaped: escaped, ascii: ascii)
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private func position(_ offset: Int) -> String {
        var line = 1
        var col = 1
        for b in bytes[..<min(offset, bytes.count)] {
            if b == 0x0A { line += 1; col = 1 } else if b & 0xC0 != 0x80 { col += 1 }
        }
        return "line \(line), column \(col)"
    }

    private func fail(_ reason: String, at offset: Int? = nil) -> StoreError {
        .malformed(file: file, location: position(offset ?? i), reason: reason)
    }

    private func checkUTF8() throws {
        try bytes.withUnsafeBufferPointer { buf in
            let raw = UnsafeRawBufferPointer(buf)
            var j = 0
            while j < buf.count {
                // Runs of ASCII (nearly all of a store file) are skipped eight bytes at a time.
                let high: UInt64 = 0x8080_8080_8080_8080
                while j + 8 <= buf.count, raw.loadUnaligned(fromByteOffset: j, as: UInt64.self) & high == 0 { j += 8 }
                while j < buf.count, buf[j] < 0x80 { j += 1 }
                guard j < buf.count else { return }
                let b = buf[j]
                let n: Int
                if b & 0xE0 == 0xC0, b >= 0xC2 {
                    n = 1
                } else if b & 0xF0 == 0xE0 {
                    n = 2
                } else if b & 0xF8 == 0xF0, b <= 0xF4 {
                    n = 3
                } else {
                    throw fail("invalid UTF-8 byte 0x\(String(b, radix: 16))", at: j)
                }
                if j + n >= buf.count { throw fail("truncated UTF-8 sequence", at: j) }
                for k in 0..<n where buf[j + 1 + k] & 0xC0 != 0x80 {
                    throw fail("invalid UTF-8 sequence", at: j)
                }
                j += n + 1
            }
        }
    }

    private mutating func skipSpace() {
        let start = i
        // Over the buffer: a pretty-printed file is nearly half indentation.
        i = bytes.withUnsafeBufferPointer { buf in
            var k = start
            while k < buf.count {
                switch buf[k] {
                case 0x20, 0x0A, 0x0D, 0x09: k += 1
                default: return k
                }
            }
            return k
        }
    }

    private mutating func value(depth: Int) throws {
        guard depth <= JSONValidator.maxDepth else {
            throw fail("nesting deeper than \(JSONValidator.maxDepth) levels")
        }
        guard i < bytes.count else { throw fail("file ends where a value was expected (truncated?)") }
        let start = i
        switch bytes[i] {
        case UInt8(ascii: "{"): try object(depth: depth)
        case UInt8(ascii: "["): try array(depth: depth)
        case UInt8(ascii: "\""):
            let s = try string()  // a range: no String is made for a value
            leaf(.string, s.range, escaped: s.escaped, ascii: s.ascii)
        case UInt8(ascii: "t"):
            try literal("true")
            leaf(.trueLiteral, start..<i)
        case UInt8(ascii: "f"):
            try literal("false")
            leaf(.falseLiteral, start..<i)
        case UInt8(ascii: "n"):
            try literal("null")
            leaf(.null, start..<i)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
            leaf(.number, start..<i)
        default: throw fail("unexpected character '\(Character(Unicode.Scalar(bytes[i])))'")
        }
    }

    private mutating func object(depth: Int) throws {
        let node = open(.object, at: i)
        i += 1
        let keys = names.begin()
        defer { names.end(keys) }
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; close(node, end: i); return }
        while true {
            skipSpace()
            guard i < bytes.count else { throw fail("file ends inside an object (truncated?)") }
            guard bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a field name in quotes") }
            let at = i
            let (key, escaped, ascii) = try string()
            leaf(.string, key, escaped: escaped, ascii: ascii)
            if !bytes.withUnsafeBufferPointer({ names.insert(key, object: keys, in: $0) }) {
                throw fail("duplicate field '\(String(decoding: bytes[key], as: UTF8.self))'", at: at)
            }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after field name") }
            i += 1
            skipSpace()
            let valueStart = i
            try value(depth: depth + 1)
            if depth == 0, bytes[key].elementsEqual("schemaVersion".utf8) {
                schemaVersion = Int(String(decoding: bytes[valueStart..<i], as: UTF8.self))
            }
            skipSpace()
            guard i < bytes.count else { throw fail("file ends inside an object (truncated?)") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; close(node, end: i); return }
            throw fail("expected ',' or '}'")
        }
    }

    private mutating func array(depth: Int) throws {
        let node = open(.array, at: i)
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; close(node, end: i); return }
        while true {
            skipSpace()
            try value(depth: depth + 1)
            skipSpace()
            guard i < bytes.count else { throw fail("file ends inside a list (truncated?)") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; close(node, end: i); return }
            throw fail("expected ',' or ']'")
        }
    }

    /// Skips a string; returns the range of its contents (between the quotes, escapes as written:
    /// enough to spot a duplicate key, and no String is made), whether it holds an escape and
    /// whether it is all ASCII (then a reader makes its String without validating it again).
    private mutating func string() throws -> (range: Range<Int>, escaped: Bool, ascii: Bool) {
        let start = i
        // Over the buffer, without an array access's checks per byte: strings are most of a store file.
        let (end, escaped, high) = try bytes.withUnsafeBufferPointer { buf throws -> (Int, Bool, UInt8) in
            var k = start + 1
            var escaped = false
            var high: UInt8 = 0
            while k < buf.count {
                let b = buf[k]
                high |= b
                if b == UInt8(ascii: "\"") { return (k + 1, escaped, high) }
                if b < 0x20 { throw fail("control character inside a string (must be escaped)", at: k) }
                if b == UInt8(ascii: "\\") {
                    escaped = true
                    guard k + 1 < buf.count else { break }
                    let e = buf[k + 1]
                    if e == UInt8(ascii: "u") {
                        guard k + 5 < buf.count, (k + 2...k + 5).allSatisfy({ isHex(buf[$0]) }) else {
                            throw fail("bad \\u escape", at: k)
                        }
                        k += 6
                        continue
                    }
                    guard "\"\\/bfnrt".utf8.contains(e) else {
                        throw fail("bad escape '\\\(Character(Unicode.Scalar(e)))'", at: k)
                    }
                    k += 2
                    continue
                }
                k += 1
            }
            throw fail("file ends inside a string (truncated?)", at: start)
        }
        i = end
        return ((start + 1)..<(end - 1), escaped, high < 0x80)
    }

    private func isHex(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }

    private mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        let start = i
        let same = bytes.withUnsafeBufferPointer { buf in
            start + n <= buf.count && (0..<n).allSatisfy { buf[start + $0] == word.utf8Start[$0] }
        }
        guard same else { throw fail("unexpected text (expected \(word))") }
        i += n
    }

    private mutating func number() throws {
        let start = i
        var plainDigits = true
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-") where i == start: break
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                plainDigits = false
            default:
                if i == start { break }
                return try finishNumber(from: start, plainDigits: plainDigits)
            }
            i += 1
        }
        try finishNumber(from: start, plainDigits: plainDigits)
    }

    /// Integers (the common case) need no parse; anything else must be a JSON number Double accepts.
    private func finishNumber(from start: Int, plainDigits: Bool) throws {
        let digits = bytes[start..<i].drop { $0 == UInt8(ascii: "-") }
        if plainDigits, !digits.isEmpty, digits.count == 1 || digits.first != UInt8(ascii: "0") { return }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        guard Double(text) != nil, !text.hasPrefix("+") else { throw fail("'\(text)' is not a number", at: start) }
    }
}

/// The field names of the objects open at one time, as byte ranges of the file, each object's after
/// its parent's: compared directly (most objects have under a dozen fields, and no String is made),
/// through a set once one object has many.
private struct FieldNames {
    private var ranges: [Range<Int>] = []
    /// Sets of the names of objects with many fields, by where their names start in `ranges`.
    private var sets: [Int: Set<[UInt8]>] = [:]

    /// Starts an object; returns where its names start (pass it to `insert` and `end`).
    mutating func begin() -> Int { ranges.count }

    mutating func end(_ object: Int) {
        ranges.removeSubrange(object...)
        if !sets.isEmpty { sets[object] = nil }
    }

    /// False when an equal name (same bytes) was already in this object.
    mutating func insert(_ key: Range<Int>, object: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if !sets.isEmpty, sets[object] != nil { return sets[object]!.insert(Array(bytes[key])).inserted }
        for r in ranges[object...] where r.count == key.count {
            if (0..<key.count).allSatisfy({ bytes[r.lowerBound + $0] == bytes[key.lowerBound + $0] }) { return false }
        }
        ranges.append(key)
        if ranges.count - object > 16 { sets[object] = Set(ranges[object...].map { Array(bytes[$0]) }) }
        return true
    }
}
