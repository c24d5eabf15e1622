extension WeekSnapshot {
    /// The same snapshot with the person's own week replaced by `new` (a change to that one file):
    /// the score, the streak and the person's place in the team follow, and nothing else a snapshot
    /// holds is read from that file, so this is what reading the store again would give. Nil when
    /// that cannot be told without reading: a week that stops being positive at the end of a streak
    /// at `Streak.limit` (it was counted no further).
    func replacingMine(_ new: PersonWeek) -> WeekSnapshot? {
        let score = WeekScore(new)
        guard new.week == week, !(self.score.positive && !score.positive && streak >= Streak.limit) else { return nil }
        // The streak counts up to this week while it is positive, else up to last week: take this week
        // out, then put it back in as it is now.
        let throughLastWeek = self.score.positive ? streak - 1 : streak
        var next = self
        next.mine = new
        next.score = score
        next.streak = min(throughLastWeek + (score.positive ? 1 : 0), Streak.limit)
        next.team = team.map {
            $0.person == person ? TeamMember(person: $0.person, week: new, displayName: $0.displayName) : $0
        }
        return next
    }
}
