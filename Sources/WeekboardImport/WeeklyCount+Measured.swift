import WeekboardCore

extension WeeklyCount {
    /// The figure with the measures a service's imported contacts give (`CallerService.measures`):
    /// the median handled time of those handled, and how many were answered and abandoned (where any
    /// was abandoned). A figure whose contacts say neither keeps what it had (a recorded answered and
    /// abandoned, say).
    func measured(by callers: CallerService) -> WeeklyCount {
        guard let measures = callers.measures, !measures.isEmpty else { return self }
        var handled: [Int] = []
        var abandoned = 0
        for m in measures {
            guard let colon = m.lastIndex(of: ":") else { continue }
            let value = m[m.index(after: colon)...]
            if value == "abandoned" {
                abandoned += 1
            } else if let seconds = Int(value) {
                handled.append(seconds)
            }
        }
        var out = self
        handled.sort()
        if !handled.isEmpty {
            let mid = handled.count / 2
            // The median of an even count is the mean of the middle two, in whole seconds.
            out.handledMedian = handled.count % 2 == 1 ? handled[mid] : (handled[mid - 1] + handled[mid] + 1) / 2
        }
        // A contact is kept as handled whether or not its export can say it was abandoned (Teams cannot),
        // so a week with none abandoned may be one whose export never says: no share rather than 0%.
        if abandoned > 0 {
            out.answered = handled.count
            out.abandoned = abandoned
        }
        return out
    }
}
