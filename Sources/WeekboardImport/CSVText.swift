#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A CSV file's rows with the line each starts on (quoted fields, embedded commas and newlines),
/// after checking the bytes are text at all.
struct CSVTable {
    struct Row {
        let line: Int
        let fields: [String]
    }

    /// A council's exports are a few MiB a week, but a million contacts from Teams or Amazon Connect are
    /// 400-500 MiB; anything past this is not one export.
    static let maxBytes = 1_024 * 1_048_576

    var header: Row
    var rows: [Row]

    /// Reads `data`; throws `.empty`, `.notText` or `.noHeader` for files that are not CSV.
    static func read(_ data: Data) throws(ImportError) -> CSVTable {
        guard data.count <= maxBytes else { throw .tooLarge(bytes: data.count, limit: maxBytes) }
        let text = try decode(data)
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .empty }
        let delimiter = guessDelimiter(text)
        // Without a quote anywhere, every line is a row and every delimiter a field boundary: split
        // directly (a large export has no quotes, and this is several times faster than the reader).
        let rows =
            text.utf8.contains(UInt8(ascii: "\"")) ? try quotedRows(text, delimiter) : plainRows(text, delimiter)
        let nonBlank = rows.filter { !$0.fields.allSatisfy { $0.isEmpty } }
        guard let header = nonBlank.first else { throw .empty }
        return CSVTable(header: header, rows: Array(nonBlank.dropFirst()))
    }

    /// Rows of a file with no quotes: lines end at LF, CRLF or a lone CR; fields are trimmed.
    static func plainRows(_ text: String, _ delimiter: UnicodeScalar) -> [Row] {
        var rows: [Row] = []
        var utf8 = text
        utf8.makeContiguousUTF8()
        let d = UInt8(delimiter.value)
        utf8.utf8.withContiguousStorageIfAvailable { b in
            var line = 1
            var start = 0
            var fields: [String] = []
            var i = 0
            func field(_ end: Int) {
                fields.append(
                    String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self).trimmed(.whitespaces)
                )
            }
            while i <= b.count {
                let atEnd = i == b.count
                let c = atEnd ? 0x0A : b[i]
                if c == d {
                    field(i)
                    start = i + 1
                } else if c == 0x0A || c == 0x0D {
                    field(i)
                    if !(atEnd && start == i && fields.count == 1) { rows.append(Row(line: line, fields: fields)) }
                    fields = []
                    line += 1
                    if c == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { i += 1 }
                    start = i + 1
                }
                i += 1
            }
        }
        return rows
    }

    /// Rows of a file with quotes (fields may hold delimiters and line breaks); fields are trimmed.
    static func quotedRows(_ text: String, _ delimiter: UnicodeScalar) throws(ImportError) -> [Row] {
        var reader = QuotedCSVReader(text, delimiter: delimiter)
        var rows: [Row] = []
        var line = 1
        while let raw = reader.next() {
            if let open = reader.unclosedField {
                // Every row after it would be one field: name where the quote opened, not a field count.
                throw .unclosedQuote(line: line + raw.prefix(open).reduce(0) { $0 + lineBreaks(in: $1) })
            }
            let fields = raw.map { $0.trimmed(.whitespaces) }
            rows.append(Row(line: line, fields: fields))
            // A row spans one line plus any line breaks inside its quoted fields.
            line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
        }
        return rows
    }

    /// UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252 as Excel writes it;
    /// NUL bytes or other control bytes mean a binary file.
    static func decode(_ data: Data) throws(ImportError) -> String {
        if data.isEmpty { throw .empty }
        let bytes = [UInt8](data.prefix(2))
        if bytes == [0xFF, 0xFE] || bytes == [0xFE, 0xFF] {
            guard let s = String(data: data, encoding: .utf16) else {
                throw .notText("it starts like UTF-16 but is not valid UTF-16")
            }
            return try checkControls(s)
        }
        if data.withUnsafeBytes({ $0.contains(0) }) { throw .notText("it contains binary data (NUL bytes)") }
        var body = data
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let s = String(validating: body, as: UTF8.self) { return try checkControls(s) }
        if let s = Windows1252.decode(body) { return try checkControls(s) }
        throw .notText("it is neither UTF-8 nor Windows text")
    }

    /// Text has tabs and line breaks but no other control characters; binary data almost always does.
    private static func checkControls(_ s: String) throws(ImportError) -> String {
        // Bytes, not scalars: a control character is one byte in UTF-8, and no byte of a longer sequence is one.
        var bad = 0
        for b in s.utf8 where (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F { bad += 1 }
        if bad > 0 { throw .notText("it contains \(bad) control character\(bad == 1 ? "" : "s"), as binary files do") }
        return s
    }

    /// Comma unless the first line has more semicolons or tabs (European and Excel "text" exports).
    static func guessDelimiter(_ text: String) -> UnicodeScalar {
        // Line by line from the start, so a large file is not split whole to read its first line.
        var firstLine: Substring = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = rest.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) ?? rest.endIndex
            if !rest[..<end].allSatisfy(\.isWhitespace) {
                firstLine = rest[..<end]
                break
            }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
        }
        var counts: [UnicodeScalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for u in firstLine.unicodeScalars {
            if u == "\"" { quoted.toggle() } else if !quoted, counts[u] != nil { counts[u]! += 1 }
        }
        let best = counts.max { ($0.value, $0.key == "," ? 1 : 0) < ($1.value, $1.key == "," ? 1 : 0) }!
        return best.value == 0 ? "," : best.key
    }

    /// CRLF, LF and a lone CR each count as one line break.
    static func lineBreaks(in s: String) -> Int {
        var n = 0
        var previousCR = false
        for u in s.unicodeScalars {
            if u == "\r" { n += 1; previousCR = true; continue }
            if u == "\n", !previousCR { n += 1 }
            previousCR = false
        }
        return n
    }
}
