/// JSON objects one after another (`{…}{…}` as Kinesis Firehose writes them, one a line, or in an array),
/// read in place: only the fields asked for, by dotted path (`Queue.Name`), become strings; everything
/// else is stepped over. Strings are unescaped; numbers and booleans are their text; null is empty.
struct JSONRecordScanner {
    struct Malformed: Error {
        let line: Int
        let why: String
    }

    /// A level of the wanted paths: each key's position in `values`, or the level below it.
    private final class Level {
        var keys: [[UInt8]] = []
        var slots: [Int?] = []
        var below: [Level?] = []
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let root = Level()
    private var position = 0
    private var lineNumber = 1
    /// Values of the current record, in the order of the paths given; "" when absent or null.
    private(set) var values: [String]
    /// The line the current record starts on.
    private(set) var line = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, paths: [String]) {
        self.bytes = bytes
        values = Array(repeating: "", count: paths.count)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        for (slot, path) in paths.enumerated() {
            var level = root
            let parts = path.split(separator: ".").map { Array($0.utf8) }
            for (k, part) in parts.enumerated() {
                var i = level.keys.firstIndex(of: part)
                if i == nil {
                    level.keys.append(part)
                    level.slots.append(nil)
                    level.below.append(nil)
                    i = level.keys.count - 1
                }
                if k == parts.count - 1 {
                    level.slots[i!] = slot
                } else {
                    if level.below[i!] == nil { level.below[i!] = Level() }
                    level = level.below[i!]!
                }
            }
        }
    }

    /// Reads the next record; false at the end. Throws for bytes that are not JSON objects.
    mutating func next() throws(Malformed) -> Bool {
        // Between records: white space, and the brackets and commas of an array of records.
        while position < bytes.count {
            let c = bytes[position]
            if c == 0x0A { lineNumber += 1 }
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x2C || c == 0x5B || c == 0x5D {
                position += 1
                continue
            }
            guard c == 0x7B else { throw Malformed(line: lineNumber, why: "expected a JSON object ({)") }
            line = lineNumber
            for i in values.indices { values[i] = "" }
            try object(root)
            return true
        }
        return false
    }

    private mutating func space() {
        while position < bytes.count {
            let c = bytes[position]
            if c == 0x0A {
                lineNumber += 1
            } else if c != 0x20 && c != 0x0D && c != 0x09 {
                return
            }
            position += 1
        }
    }

    private func fail(_ why: String) -> Malformed { Malformed(line: lineNumber, why: why) }

    /// At `{`: reads an object, keeping the fields `level` asks for (nil: none).
    private mutating func object(_ level: Level?) throws(Malformed) {
        position += 1
        space()
        if position < bytes.count, bytes[position] == 0x7D {
            position += 1
            return
        }
        while true {
            space()
            guard position < bytes.count, bytes[position] == 0x22 else { throw fail("expected a field name") }
            let (start, end) = try stringRange()
            var which: Int?
            if let level {
                let n = end - start
                which = level.keys.firstIndex { k in
                    k.count == n
                        && k.withUnsafeBufferPointer { kb in (0..<n).allSatisfy { kb[$0] == bytes[start + $0] } }
                }
            }
            space()
            guard position < bytes.count, bytes[position] == 0x3A else { throw fail("expected ':' after a field name") }
            position += 1
            space()
            try value(slot: which.flatMap { level!.slots[$0] }, below: which.flatMap { level!.below[$0] })
            space()
            guard position < bytes.count else { throw fail("the file ends inside a record") }
            if bytes[position] == 0x2C {
                position += 1
                continue
            }
            guard bytes[position] == 0x7D else { throw fail("expected ',' or '}'") }
            position += 1
            return
        }
    }

    private mutating func value(slot: Int?, below: Level?) throws(Malformed) {
        guard position < bytes.count else { throw fail("the file ends inside a record") }
        switch bytes[position] {
        case 0x7B: try object(below)
        case 0x5B:
            position += 1
            space()
            if position < bytes.count, bytes[position] == 0x5D {
                position += 1
                return
            }
            while true {
                space()
                try value(slot: nil, below: nil)
                space()
                guard position < bytes.count else { throw fail("the file ends inside a list") }
                if bytes[position] == 0x2C {
                    position += 1
                    continue
                }
                guard bytes[position] == 0x5D else { throw fail("expected ',' or ']'") }
                position += 1
                return
            }
        case 0x22:
            let (start, end) = try stringRange()
            if let slot { values[slot] = unescape(start, end) }
        default:
            let start = position
            while position < bytes.count {
                let c = bytes[position]
                if c == 0x2C || c == 0x7D || c == 0x5D || c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { break }
                position += 1
            }
            guard position > start else { throw fail("expected a value") }
            // A number, true, false or null; only a field asked for becomes a string (and is checked whole).
            let first = bytes[start]
            guard
                first == UInt8(ascii: "-") || (0x30...0x39).contains(first) || first == UInt8(ascii: "t")
                    || first == UInt8(ascii: "f") || first == UInt8(ascii: "n")
            else { throw fail("expected a value") }
            guard let slot else { return }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            guard text == "null" || text == "true" || text == "false" || Double(text) != nil else {
                throw fail("expected a value")
            }
            values[slot] = text == "null" ? "" : text
        }
    }

    /// At `"`: the bytes between the quotes (escapes left in); moves past the closing quote.
    private mutating func stringRange() throws(Malformed) -> (Int, Int) {
        let start = position + 1
        var p = start
        while p < bytes.count {
            let c = bytes[p]
            if c == 0x5C {
                p += 2
                continue
            }
            if c == 0x22 {
                position = p + 1
                return (start, p)
            }
            if c == 0x0A { throw fail("a line break inside a string") }
            p += 1
        }
        throw fail("the file ends inside a string")
    }

    private func unescape(_ start: Int, _ end: Int) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard raw.contains(0x5C) else { return String(decoding: raw, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        var i = raw.startIndex
        var utf8: [UInt8] = []
        func flush() {
            if !utf8.isEmpty { out.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars) }
            utf8.removeAll()
        }
        while i < raw.endIndex {
            let c = raw[i]
            guard c == 0x5C, i + 1 < raw.endIndex else {
                utf8.append(c)
                i += 1
                continue
            }
            let e = raw[i + 1]
            i += 2
            switch e {
            case 0x6E: utf8.append(0x0A)
            case 0x74: utf8.append(0x09)
            case 0x72: utf8.append(0x0D)
            case 0x62: utf8.append(0x08)
            case 0x66: utf8.append(0x0C)
            case 0x75:
                let hex =
                    i + 4 <= raw.endIndex
                    ? String(decoding: UnsafeBufferPointer(rebasing: raw[i..<i + 4]), as: UTF8.self) : ""
                i = min(i + 4, raw.endIndex)
                flush()
                if let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) {
                    out.append(s)
                } else {
                    out.append("\u{FFFD}")
                }
            default: utf8.append(e)
            }
        }
        flush()
        return String(out)
    }
}
