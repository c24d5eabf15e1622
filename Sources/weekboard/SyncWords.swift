import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// What sync says, in words.
enum SyncWords {
    static func files(_ n: Int) -> String { SyncOutcome.files(n) }

    /// The report; its first line is the dashboard's message after a sync (`SyncOutcome`).
    static func report(_ r: StoreSync.Report, remote: String?) {
        say(SyncOutcome.reportLine(sent: r.sent, received: r.received, remote: remote))
        if r.retries > 0 {
            let times = r.retries == 1 ? "once" : "\(r.retries) times"
            say("Someone else synced meanwhile; merged their changes too (\(times)).")
        }
        if !r.conflictedPaths.isEmpty {
            say(
                "\(r.conflictedPaths.count == 1 ? "1 file has" : "\(r.conflictedPaths.count) files have") a conflict "
                    + "to pick (the later change shows): \(r.conflictedPaths.joined(separator: ", ")).")
        }
        if !r.ignored.isEmpty {
            sayError(
                "note: the remote holds files that never travel or that weekboard does not know; they were not "
                    + "applied: \(r.ignored.joined(separator: ", "))")
        }
    }

    static func status(_ s: SyncStatus, now: Date, width: Int = .max) -> [String] {
        var lines = ["Remote: \(s.remote)"]
        if let at = s.syncedAt {
            lines.append("Last synced: \(SyncStatus.ago(now.timeIntervalSince(at))) (\(at.ISO8601Format()))")
        } else {
            lines.append("Last synced: never")
        }
        lines.append("Waiting to send: \(files(s.waitingToSend))")
        lines.append("Waiting to bring in: \(files(s.waitingToReceive)) (as of the last sync)")
        // Cleared by a sync that works, so one kept is newer than the last sync.
        if let error = s.lastError, let at = s.lastErrorAt {
            lines.append("Last attempt failed (\(at.ISO8601Format())): \(error)")
        }
        if s.conflicts.isEmpty {
            lines.append("Conflicts: none")
        } else {
            // Each with both values, who made each and when, in the words `sync resolve` and `log` use.
            lines.append("Conflicts: \(ConflictText.count(s.conflicts.count)), the later change shown:")
            lines += ConflictText.lines(s.conflicts, width: width)
            lines.append(ConflictText.howToPick)
        }
        return lines
    }
}
