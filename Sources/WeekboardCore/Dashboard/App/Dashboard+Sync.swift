/// The sync in the header and on the message line: its state as it starts and ends, and how it went
/// when that is news (after `S`, always; after a background sync, when files came or went, when it
/// failed for a new reason, or when it works again after failing).
extension Dashboard {
    static func syncState(_ headline: String?, running: Bool, _ message: Message?, _ s: inout DashboardState) {
        let before = s.sync
        s.sync = headline.map { SyncView(headline: $0, running: running) }
        // Asked for and started: the outcome is still to say. Not started: the message says why.
        s.sync?.asked = running && before?.asked == true
        s.sync?.last = before?.last
        if let message { s.message = message }
    }

    static func syncEnded(_ headline: String?, _ outcome: SyncOutcome?, _ s: inout DashboardState) {
        let before = s.sync
        s.sync = headline.map { SyncView(headline: $0, running: false) }
        s.sync?.last = outcome ?? before?.last
        guard let outcome else {
            if before?.asked == true, s.message?.text == syncing { s.message = nil }
            return
        }
        let asked = before?.asked == true
        let news =
            outcome.failed ? outcome.words != before?.last?.words : outcome.changed || before?.last?.failed == true
        // A question waits for its answer, and an edit has the line; a sync asked for says so all the same.
        let busy = s.message?.kind == .question || (s.editing != nil && !asked)
        guard asked || news, !busy else { return }
        s.message = Message(outcome.words, outcome.failed ? .error : .success)
    }

    /// What the message line says while a sync asked for runs.
    static let syncing = "Syncing with the team…"
}
