#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The journal in words: one line per change, newest first, sanitised and fitted to a width.
package enum JournalText {
    /// `1 Dec 14:30`, local time.
    package static func when(_ date: Date) -> String {
        let c = LocalTime(date)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let hm = "\(c.hour < 10 ? "0" : "")\(c.hour):\(c.minute < 10 ? "0" : "")\(c.minute)"
        return "\(c.day) \(months[c.month - 1]) \(hm)"
    }

    /// `#12  1 Dec 14:30  alex (dashboard)  Goal 1 done`, cut with … to `width`. `names`: how people
    /// are shown, by folder (`Store.displayNames`); a person without one is shown by their folder.
    /// `here`: this copy's origin (`Store.journalOrigin`); an entry made on another copy is numbered
    /// `#17@3fa2` and says `on another machine`, so two entries 17 are never taken for one.
    package static func line(_ e: JournalEntry, width: Int, names: [String: String] = [:], here: String? = nil)
        -> String
    {
        let mark = e.undoable ? "" : " (cannot be undone)"
        var source = e.source
        source.person = names[source.person] ?? source.person
        let origin = e.origin != nil && e.origin != here ? ", on another machine" : ""
        let text =
            "\(JournalOrigin.ref(e, here: here))  \(when(e.at))  \(source.author) (\(source.origin)\(origin))  "
            + "\(e.summary)\(mark)"
        return Frame.fit(Sanitize.text(text), to: width)
    }

    package static func lines(
        _ entries: [JournalEntry], width: Int, names: [String: String] = [:], here: String? = nil
    ) -> [String] {
        entries.isEmpty ? ["(no changes recorded)"] : entries.map { line($0, width: width, names: names, here: here) }
    }
}
