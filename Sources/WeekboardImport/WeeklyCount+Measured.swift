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

extension WeeklyCount {
    /// The figure with the measures this import's contacts add (`mine`: this machine's contacts of the
    /// service's week with them, `before`: without). When this machine's caller data accounts for every
    /// imported contact of the figure, its measures are worked out afresh (`measured(by:)`); when a sync
    /// brought other machines' imports into it, whose caller data stays there, the import's change is
    /// added to the figure's, and a median of contacts from both, which cannot be worked out, is dropped.
    func measured(by mine: CallerService, before: CallerService) -> WeeklyCount {
        guard (imported ?? [:]).values.reduce(0, +) > mine.total else { return measured(by: mine) }
        let now = WeeklyCount(total: 0).measured(by: mine), was = WeeklyCount(total: 0).measured(by: before)
        var out = self
        if now.handledMedian != was.handledMedian {
            out.handledMedian = handledMedian == nil && was.handledMedian == nil ? now.handledMedian : nil
        }
        if let answered = now.answered, let abandoned = now.abandoned {
            out.answered = max(0, (self.answered ?? 0) + answered - (was.answered ?? 0))
            out.abandoned = max(0, (self.abandoned ?? 0) + abandoned - (was.abandoned ?? 0))
        }
        return out
    }
}
