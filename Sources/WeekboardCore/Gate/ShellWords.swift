/// Splits the command an SSH client sent (`SSH_ORIGINAL_COMMAND`) into words the way a POSIX shell
/// would split a simple command, and nothing more: no shell ever runs it. Quoting works as people
/// expect ('single', "double", backslash); anything a shell would treat as more than a word
/// (`;`, `&&`, `|`, `$(…)`, backticks, redirections, globs, `~`, a comment) is refused unquoted, so
/// a command never means something other than what it appears to.
enum ShellWords {
    static let maxBytes = 4096
    static let maxWords = 64

    /// Characters a shell would act on outside quotes.
    static let special: Set<Unicode.Scalar> = [
        ";", "&", "|", "<", ">", "(", ")", "$", "`", "*", "?", "[", "]", "{", "}",
    ]

    static func split(_ command: String) throws -> [String] {
        guard command.utf8.count <= maxBytes else {
            throw GateRefusal("the command is \(command.utf8.count) bytes; at most \(maxBytes) are taken over SSH")
        }
        if let c = command.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F }) {
            let what = c == "\n" || c == "\r" ? "a line break" : "a control character"
            throw GateRefusal("the command holds \(what); send one command on one line")
        }
        var words: [String] = []
        var word = String.UnicodeScalarView()
        var inWord = false
        var it = command.unicodeScalars.makeIterator()
        func finish() throws {
            if inWord { words.append(String(word)) }
            word = String.UnicodeScalarView()
            inWord = false
            if words.count > maxWords { throw GateRefusal("the command has more than \(maxWords) words") }
        }
        while let c = it.next() {
            switch c {
            case " ", "\t":
                try finish()
            case "'":
                inWord = true
                while true {
                    guard let d = it.next() else { throw GateRefusal("a ' quote is not closed") }
                    if d == "'" { break }
                    word.append(d)
                }
            case "\"":
                inWord = true
                while true {
                    guard let d = it.next() else { throw GateRefusal("a \" quote is not closed") }
                    if d == "\"" { break }
                    if d == "$" || d == "`" {
                        throw GateRefusal(
                            "'\(d)' inside double quotes would be expanded by a shell: use single quotes for it")
                    }
                    if d == "\\" {
                        guard let e = it.next() else { throw GateRefusal("a \" quote is not closed") }
                        // Inside double quotes a backslash escapes only these, as in sh.
                        if !["\"", "\\", "$", "`"].contains(e) { word.append(d) }
                        word.append(e)
                        continue
                    }
                    word.append(d)
                }
            case "\\":
                guard let d = it.next() else { throw GateRefusal("the command ends with a backslash") }
                inWord = true
                word.append(d)
            default:
                if special.contains(c) || (!inWord && (c == "#" || c == "~")) {
                    throw GateRefusal(
                        """
                        '\(c)' is not allowed over SSH: no shell runs your command (quote it, '\(c)', \
                        if it is part of a text)
                        """)
                }
                inWord = true
                word.append(c)
            }
        }
        try finish()
        return words
    }
}
