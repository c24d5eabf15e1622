/// How one sync went, in the one line the dashboard's message line shows after it: `Synced: sent
/// 2 files, brought in 1 file.` or `Sync failed: cannot reach …: Host key verification failed`.
/// Read from what `weekboard sync` printed (the dashboard runs it as a child, `BackgroundSync`).
package struct SyncOutcome: Equatable, Sendable {
    /// The line to show: sanitised (it may quote the remote's or git's words), one line.
    package var words: String
    package var failed: Bool
    /// True when files went either way (a sync that found nothing new is not news on its own).
    package var changed: Bool

    package init(words: String, failed: Bool, changed: Bool) {
        self.words = words
        self.failed = failed
        self.changed = changed
    }

    /// The report's first line, the same for `weekboard sync` (with the remote) and the dashboard.
    package static func reportLine(sent: Int, received: Int, remote: String?) -> String {
        let to = remote.map { " with \($0)" } ?? ""
        if sent == 0, received == 0 { return "Synced\(to): nothing new either way." }
        return "Synced\(to): sent \(files(sent)), brought in \(files(received))."
    }

    package static func files(_ n: Int) -> String { n == 1 ? "1 file" : "\(n) files" }

    /// What a `weekboard sync` run printed (its output and errors together), as one outcome: its error
    /// when it failed (`weekboard: error: …`), else its report's first line; a run that said neither was
    /// stopped.
    /// `remote`, where an error names it, is said as "the remote": the reason is what must fit the line.
    package static func reading(_ output: String, remote: String? = nil) -> SyncOutcome {
        let lines = output.split(whereSeparator: \.isNewline).map { String($0).trimmed() }.filter { !$0.isEmpty }
        // Errors come as `weekboard: error: …` (the program's name first, as on a terminal).
        let unnamed = lines.map { $0.hasPrefix("weekboard: ") ? String($0.dropFirst("weekboard: ".count)) : $0 }
        if let error = unnamed.first(where: { $0.lowercased().hasPrefix("error:") }) {
            var reason = String(error.dropFirst("error:".count).drop(while: { $0 == " " }))
            let named = "cannot reach \(Sanitize.text(remote ?? "")):"
            if remote?.isEmpty == false, reason.hasPrefix(named) {
                reason = "cannot reach the remote:" + reason.dropFirst(named.count)
            }
            return SyncOutcome(words: Sanitize.text("Sync failed: \(reason)"), failed: true, changed: false)
        }
        if let report = lines.first(where: { $0.hasPrefix("Synced") }) {
            let nothing = report.hasSuffix(": nothing new either way.")
            return SyncOutcome(words: Sanitize.text(report), failed: false, changed: !nothing)
        }
        let said = lines.last.map { ": \($0)" } ?? " without saying how it went"
        return SyncOutcome(words: Sanitize.text("Sync failed: it ended\(said)"), failed: true, changed: false)
    }
}
