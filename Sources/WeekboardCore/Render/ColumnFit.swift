/// Widths for a table's text columns from what they hold, so the room goes where the text is: each
/// column first gets its minimum (never more than its longest value), then the first `leading`
/// columns (the names) grow together towards their longest, the narrowest first, and only then the
/// rest (a milestone, a note). Room left over stays unused rather than padding a column that is
/// already whole. Used by `status`, `calls list`, `log` and every dashboard panel with columns.
enum ColumnFit {
    /// `want`: the longest value's width; `minimum`: the least a column is worth showing at.
    struct Column: Equatable, Sendable {
        var want: Int
        var minimum: Int

        init(want: Int, minimum: Int) {
            self.want = max(0, want)
            self.minimum = max(0, minimum)
        }
    }

    static func widths(_ columns: [Column], room: Int, leading: Int) -> [Int] {
        var w = columns.map { min($0.want, $0.minimum) }
        // Too narrow for every minimum: take from the widest until it fits.
        while w.reduce(0, +) > max(0, room), let i = w.indices.max(by: { w[$0] < w[$1] }), w[i] > 0 { w[i] -= 1 }
        var extra = max(0, room) - w.reduce(0, +)
        // One cell at a time to the narrowest column still short of its longest: water filling.
        func grow(_ group: Range<Int>) {
            while extra > 0, let i = group.filter({ w[$0] < columns[$0].want }).min(by: { w[$0] < w[$1] }) {
                w[i] += 1
                extra -= 1
            }
        }
        let split = min(max(0, leading), columns.count)
        grow(0..<split)
        grow(split..<columns.count)
        return w
    }
}
