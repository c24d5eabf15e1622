/// What an undo or redo says of the follow-ups it dropped with the callers it took out (kept in its
/// journal summary, so `log` shows it too).
enum FollowUpsDropped {
    /// `summary`, saying `count` follow-ups were dropped (unchanged for none).
    static func noting(_ count: Int, in summary: String) -> String {
        guard count > 0 else { return summary }
        let stop = summary.hasSuffix(".")
        return (stop ? String(summary.dropLast()) : summary) + note(count) + (stop ? "." : "")
    }

    /// `summary` without the note `noting` added: a redo names what it puts back, not what its undo dropped.
    static func removingNote(from summary: String) -> String {
        let stop = summary.hasSuffix(".")
        let body = stop ? summary.dropLast() : summary[...]
        guard let start = body.ranges(of: " and dropped ").last?.lowerBound,
            let count = Int(body[start...].dropFirst(13).prefix(while: \.isNumber)),
            body[start...] == note(count)
        else { return summary }
        return String(body[..<start]) + (stop ? "." : "")
    }

    private static func note(_ count: Int) -> String {
        " and dropped \(count) follow-up\(count == 1 ? "" : "s") of its callers"
    }
}
