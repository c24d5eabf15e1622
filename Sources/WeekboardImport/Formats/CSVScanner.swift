/// Records of CSV bytes read in place: each record's fields are found as byte ranges and only the
/// fields a format asks for become strings, so a million-row export with thirty columns costs a few
/// strings a row. Quoted fields may hold delimiters, line breaks and doubled quotes; lines end at LF,
/// CRLF or a lone CR; blank lines are skipped. Used inside `withBytes` only (the buffer is borrowed).
struct CSVScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: UInt8
    private var position = 0
    private var nextLine = 1
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var quoted: [Bool] = []
    /// The line the current record starts on (1 = the first line of the file).
    private(set) var line = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.delimiter = delimiter
        // A UTF-8 byte order mark is not part of the first field.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// Fields in the current record.
    var count: Int { starts.count }

    /// Moves to the next record that is not blank; false at the end of the bytes.
    mutating func next() -> Bool {
        while position < bytes.count {
            readRecord()
            if !(count == 1 && isBlank(0)) { return true }
        }
        return false
    }

    private func isBlank(_ i: Int) -> Bool {
        var p = starts[i]
        while p < ends[i] {
            if bytes[p] != 0x20 && bytes[p] != 0x09 { return false }
            p += 1
        }
        return !quoted[i]
    }

    private mutating func readRecord() {
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        quoted.removeAll(keepingCapacity: true)
        line = nextLine
        let n = bytes.count
        var p = position
        while true {
            // Spaces before an opening quote are allowed (`a, "b"`).
            var q = p
            while q < n, bytes[q] == 0x20 { q += 1 }
            if q < n, bytes[q] == 0x22 {
                let start = q + 1
                q = start
                while q < n {
                    if bytes[q] == 0x22 {
                        if q + 1 < n, bytes[q + 1] == 0x22 {
                            q += 2
                            continue
                        }
                        break
                    }
                    if bytes[q] == 0x0A || (bytes[q] == 0x0D && !(q + 1 < n && bytes[q + 1] == 0x0A)) { nextLine += 1 }
                    q += 1
                }
                starts.append(start)
                ends.append(min(q, n))
                quoted.append(true)
                q += 1
                // Anything between the closing quote and the delimiter is dropped.
                while q < n, bytes[q] != delimiter, bytes[q] != 0x0A, bytes[q] != 0x0D { q += 1 }
            } else {
                q = p
                while q < n, bytes[q] != delimiter, bytes[q] != 0x0A, bytes[q] != 0x0D { q += 1 }
                starts.append(p)
                ends.append(q)
                quoted.append(false)
            }
            if q < n, bytes[q] == delimiter {
                p = q + 1
                continue
            }
            if q < n, bytes[q] == 0x0D { q += 1 }
            if q < n, bytes[q] == 0x0A { q += 1 }
            nextLine += 1
            position = q
            return
        }
    }

    /// Field `i` of the current record, spaces and tabs around it trimmed; "" past the record's end.
    func field(_ i: Int) -> String {
        guard i >= 0, i < count else { return "" }
        var s = starts[i]
        var e = ends[i]
        while s < e, bytes[s] == 0x20 || bytes[s] == 0x09 { s += 1 }
        while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 { e -= 1 }
        let raw = UnsafeBufferPointer(rebasing: bytes[s..<e])
        guard quoted[i], raw.contains(0x22) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var j = raw.startIndex
        while j < raw.endIndex {
            out.append(raw[j])
            j += raw[j] == 0x22 && j + 1 < raw.endIndex && raw[j + 1] == 0x22 ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when field `i` is empty (or only spaces), quoted or not.
    func isEmpty(_ i: Int) -> Bool {
        guard i >= 0, i < count else { return true }
        var p = starts[i]
        while p < ends[i] {
            if bytes[p] != 0x20 && bytes[p] != 0x09 { return false }
            p += 1
        }
        return true
    }

    /// Every field of the current record.
    var fields: [String] { (0..<count).map(field) }
}
