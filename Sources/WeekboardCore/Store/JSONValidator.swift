#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A strict pre-pass over a store file, before `JSONDecoder` sees it. It exists for what the
/// decoder forgives or reports vaguely: invalid UTF-8, duplicate keys (the decoder silently
/// keeps one), runaway nesting, and syntax errors, all reported with line and column.
/// It checks shape only; values are decoded by `JSONDecoder`.
struct JSONValidator {
    static let maxDepth = 64

    private let bytes: [UInt8]
    private let file: String
    private var i = 0
    private var schemaVersion: Int?

    /// Validates the document and returns its top-level integer `schemaVersion`, if it has one,
    /// so the version check needs no second parse.
    @discardableResult
    static func validate(_ data: Data, file: String) throws -> Int? {
        var v = JSONValidator(bytes: [UInt8](data), file: file)
        try v.checkUTF8()
        v.skipSpace()
        try v.value(depth: 0)
        v.skipSpace()
        if v.i < v.bytes.count { throw v.fail("unexpected text after the end of the JSON value") }
        return v.schemaVersion
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
        // Runs of ASCII (nearly all of a store file) are skipped without the checks below.
        let ascii = bytes.withUnsafeBufferPointer { buf -> Int in
            var k = 0
            while k < buf.count && buf[k] < 0x80 { k += 1 }
            return k
        }
        var j = ascii
        while j < bytes.count {
            let b = bytes[j]
            let n: Int
            if b < 0x80 {
                n = 0
            } else if b & 0xE0 == 0xC0, b >= 0xC2 {
                n = 1
            } else if b & 0xF0 == 0xE0 {
                n = 2
            } else if b & 0xF8 == 0xF0, b <= 0xF4 {
                n = 3
            } else {
                throw fail("invalid UTF-8 byte 0x\(String(b, radix: 16))", at: j)
            }
            if j + n >= bytes.count && n > 0 { throw fail("truncated UTF-8 sequence", at: j) }
            for k in 0..<n where bytes[j + 1 + k] & 0xC0 != 0x80 {
                throw fail("invalid UTF-8 sequence", at: j)
            }
            j += n + 1
        }
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws {
        guard depth <= JSONValidator.maxDepth else {
            throw fail("nesting deeper than \(JSONValidator.maxDepth) levels")
        }
        guard i < bytes.count else { throw fail("file ends where a value was expected (truncated?)") }
        switch bytes[i] {
        case UInt8(ascii: "{"): try object(depth: depth)
        case UInt8(ascii: "["): try array(depth: depth)
        case UInt8(ascii: "\""): _ = try string()  // a range: no String is made for a value
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw fail("unexpected character '\(Character(Unicode.Scalar(bytes[i])))'")
        }
    }

    private mutating func object(depth: Int) throws {
        i += 1
        var keys = FieldNames()
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return }
        while true {
            skipSpace()
            guard i < bytes.count else { throw fail("file ends inside an object (truncated?)") }
            guard bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a field name in quotes") }
            let at = i
            let key = try string()
            if !keys.insert(key, in: bytes) {
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
            if bytes[i] == UInt8(ascii: "}") { i += 1; return }
            throw fail("expected ',' or '}'")
        }
    }

    private mutating func array(depth: Int) throws {
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return }
        while true {
            skipSpace()
            try value(depth: depth + 1)
            skipSpace()
            guard i < bytes.count else { throw fail("file ends inside a list (truncated?)") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return }
            throw fail("expected ',' or ']'")
        }
    }

    /// Checks a string and returns its raw text (escapes left as written: enough to spot a
    /// duplicate key). One String is made per key, none per byte.
    /// Skips a string; returns the range of its contents (between the quotes, escapes as written).
    private mutating func string() throws -> Range<Int> {
        let start = i
        i += 1
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return (start + 1)..<(i - 1)
            }
            if b < 0x20 { throw fail("control character inside a string (must be escaped)") }
            if b == UInt8(ascii: "\\") {
                guard i + 1 < bytes.count else { break }
                let e = bytes[i + 1]
                if e == UInt8(ascii: "u") {
                    guard i + 5 < bytes.count, bytes[(i + 2)...(i + 5)].allSatisfy({ isHex($0) }) else {
                        throw fail("bad \\u escape")
                    }
                    i += 6
                    continue
                }
                guard "\"\\/bfnrt".utf8.contains(e) else {
                    throw fail("bad escape '\\\(Character(Unicode.Scalar(e)))'")
                }
                i += 2
                continue
            }
            i += 1
        }
        throw fail("file ends inside a string (truncated?)", at: start)
    }

    private func isHex(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else {
            throw fail("unexpected text (expected \(word))")
        }
        i += w.count
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

/// The field names seen in one object, as byte ranges of the file: a few compared directly (most
/// objects have under a dozen fields, and no String is made), a set once there are many.
private struct FieldNames {
    private var ranges: [Range<Int>] = []
    private var set: Set<ArraySlice<UInt8>>?

    /// False when an equal name (same bytes) was already there.
    mutating func insert(_ key: Range<Int>, in bytes: [UInt8]) -> Bool {
        if set != nil { return set!.insert(bytes[key]).inserted }
        for r in ranges where r.count == key.count && bytes[r].elementsEqual(bytes[key]) { return false }
        ranges.append(key)
        if ranges.count > 16 { set = Set(ranges.map { bytes[$0] }) }
        return true
    }
}
