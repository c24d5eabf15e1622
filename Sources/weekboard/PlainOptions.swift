/// Long options read by hand for the fast paths (`StatusFastPath`, `DashboardFastPath`), only where
/// swift-argument-parser would read them the same way: each option at most once, as `--name value` or
/// `--name=value`, a value neither empty nor starting with `-`, a flag without `=`. Anything else
/// (`--help`, a typo, a repeat, an odd value) makes `take` say no, and the caller leaves the whole
/// line to ArgumentParser, which has the words for it.
struct PlainOptions {
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    private var seen: Set<String> = []

    /// Reads options from the start of `words` up to the first word that is not one (a command's name,
    /// say): its index, or `words.endIndex`. Nil at an option it does not take as ArgumentParser would.
    /// `alias` names options that are one to ArgumentParser (`--no-mouse` is `--mouse` inverted).
    mutating func take(
        _ words: ArraySlice<String>, valued: Set<String>, flags known: Set<String>, alias: [String: String] = [:]
    ) -> Int? {
        var i = words.startIndex
        while i < words.endIndex {
            let word = words[i]
            guard word.hasPrefix("-") else { return i }
            i += 1
            guard word.hasPrefix("--") else { return nil }
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            // A repeated option: ArgumentParser decides what that means.
            guard seen.insert(alias[name] ?? name).inserted else { return nil }
            if known.contains(name) {
                guard parts.count == 1 else { return nil }
                flags.insert(name)
                continue
            }
            guard valued.contains(name) else { return nil }
            let value: String
            if parts.count == 2 {
                value = String(parts[1])
            } else {
                guard i < words.endIndex else { return nil }
                value = words[i]
                i += 1
            }
            // An empty value or one that looks like an option: ArgumentParser's words for it.
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            values[name] = value
        }
        return i
    }
}
