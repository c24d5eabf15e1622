extension WeeklyCount {
    /// Two figures for one week added together (a service merged into another). Recorded and
    /// imported parts stay apart; a whole-service total on either side makes the sum one too, and a
    /// channel recorded on either side is recorded with both sides' figures, so the total is their sum.
    func adding(_ other: WeeklyCount) -> WeeklyCount {
        let a = sources, b = other.sources
        var merged = CountSources(imported: a.imported.merging(b.imported, uniquingKeysWith: +))
        if a.whole != nil || b.whole != nil {
            merged.whole = total + other.total
        } else {
            for ch in Set(a.recorded.keys).union(b.recorded.keys) {
                merged.recorded[ch] = (a.channels?[ch] ?? 0) + (b.channels?[ch] ?? 0)
            }
        }
        let sum = { (x: Int?, y: Int?) -> Int? in x.flatMap { x in y.map { x + $0 } } }
        var result = with(merged)
        // Digests name the service, so two services' imports never share one.
        if !merged.imported.isEmpty, imports != nil || other.imports != nil {
            let both = { (a: [Channel: Int], b: [Channel: Int]) in a.merging(b, uniquingKeysWith: +) }
            result.imports = (imports ?? [:]).merging(other.imports ?? [:], uniquingKeysWith: both)
        }
        result.answered = sum(answered, other.answered)
        result.abandoned = sum(abandoned, other.abandoned)
        result.identified = sum(identified, other.identified)
        result.callingAgain = sum(callingAgain, other.callingAgain)
        // Two medians do not make the median of both: kept only where one side has one.
        result.handledMedian =
            handledMedian == nil ? other.handledMedian : other.handledMedian == nil ? handledMedian : nil
        return result
    }
}
