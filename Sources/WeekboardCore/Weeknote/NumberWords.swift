/// Small counts in words, as a person would write them in a weeknote.
enum NumberWords {
    private static let words = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve",
    ]

    /// `two`; digits from 13 on.
    static func word(_ n: Int) -> String { words.indices.contains(n) ? words[n] : String(n) }

    /// `Two`
    static func capitalised(_ n: Int) -> String {
        let w = word(n)
        return w.prefix(1).uppercased() + w.dropFirst()
    }
}
