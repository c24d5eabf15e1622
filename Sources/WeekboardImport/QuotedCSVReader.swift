/// Rows of CSV text that has quotes: a field in double quotes may hold delimiters, line breaks and
/// doubled quotes; lines end at LF, CRLF or a lone CR. Read the way CSV.swift 2.5.2 read them
/// (which weekboard used before; its rows are what the import tests pin), quirks included: text after
/// a closing quote (`"ab"x`) keeps the quote and loses the character after it, and a quote inside an
/// unquoted field is text. Fields are not trimmed.
struct QuotedCSVReader: IteratorProtocol {
    private var scalars: String.UnicodeScalarView.Iterator
    private var pushedBack: Unicode.Scalar?
    private let delimiter: Unicode.Scalar
    /// Which field of the last row opened a quote the text never closed (nil: every quote closed).
    private(set) var unclosedField: Int?

    init(_ text: String, delimiter: Unicode.Scalar) {
        scalars = text.unicodeScalars.makeIterator()
        self.delimiter = delimiter
    }

    private mutating func nextScalar() -> Unicode.Scalar? {
        if let c = pushedBack {
            pushedBack = nil
            return c
        }
        return scalars.next()
    }

    /// After a CR: a following LF belongs to the same line break.
    private mutating func skipLF() {
        let c = nextScalar()
        if c != "\n" { pushedBack = c }
    }

    /// The next row's fields; nil at the end of the text.
    mutating func next() -> [String]? {
        guard var c = nextScalar() else { return nil }
        var row: [String] = []
        while true {
            let (field, endOfRow): (String, Bool)
            if c == "\"" {
                (field, endOfRow) = quotedField()
                if unclosedAtEnd { unclosedField = row.count }
            } else {
                pushedBack = c
                (field, endOfRow) = plainField()
            }
            row.append(field)
            if endOfRow { return row }
            guard let after = nextScalar() else {
                row.append("")
                return row
            }
            c = after
        }
    }

    /// Set when the last quoted field ran to the end of the text without its closing quote.
    private var unclosedAtEnd = false

    private mutating func quotedField() -> (String, Bool) {
        var field = String.UnicodeScalarView()
        while let c = nextScalar() {
            guard c == "\"" else {
                field.append(c)
                continue
            }
            let after = nextScalar()
            if after == nil || after == "\n" || after == "\r" {
                if after == "\r" { skipLF() }
                return (String(field), true)
            }
            if after == delimiter { return (String(field), false) }
            field.append("\"")  // a doubled quote; or a stray one, whose next character is dropped
        }
        unclosedAtEnd = true
        return (String(field), true)
    }

    private mutating func plainField() -> (String, Bool) {
        var field = String.UnicodeScalarView()
        while let c = nextScalar() {
            if c == "\n" || c == "\r" {
                if c == "\r" { skipLF() }
                return (String(field), true)
            }
            if c == delimiter { return (String(field), false) }
            field.append(c)
        }
        return (String(field), true)
    }
}
