/// Where one service's figure for a week comes from, and how the parts combine.
///
/// A *recorded* total (`calls record`, a weekly-totals import) is a count someone gave; *imported*
/// contacts were counted one row per contact. The rule: a recorded total covers its channel, or the
/// whole service when it was given without a channel; imported contacts add to the figure only on
/// channels no recorded total covers. Covered contacts are still kept (repeat callers, and so a
/// re-import never counts them), and count again if the recorded total goes (`undo`).
package struct CountSources: Equatable, Sendable {
    /// A total recorded without a channel: the whole service's figure.
    package var whole: Int?
    /// Totals recorded per channel (none when `whole` is set).
    package var recorded: [Channel: Int] = [:]
    /// Contacts imported one by one, per channel, covered or not.
    package var imported: [Channel: Int] = [:]

    package init(whole: Int? = nil, recorded: [Channel: Int] = [:], imported: [Channel: Int] = [:]) {
        self.whole = whole
        self.recorded = recorded
        self.imported = imported
    }

    /// The figure by channel: recorded totals over imported counts. Nil for a whole-service total.
    package var channels: [Channel: Int]? {
        whole == nil ? imported.merging(recorded) { _, recorded in recorded } : nil
    }

    package var total: Int { whole ?? channels.map { $0.values.reduce(0, +) } ?? 0 }

    /// Imported contacts a recorded total stands in for, per channel.
    package var covered: [Channel: Int] {
        whole == nil ? imported.filter { recorded[$0.key] != nil } : imported
    }

    /// Imported contacts that add to the figure, per channel.
    package var counted: [Channel: Int] { whole == nil ? imported.filter { recorded[$0.key] == nil } : [:] }
}

package extension WeeklyCount {
    /// The parts this figure is made of. A figure without imported contacts is all recorded.
    var sources: CountSources {
        let imported = self.imported ?? [:]
        guard let channels, !channels.isEmpty else { return CountSources(whole: total, imported: imported) }
        if imported.isEmpty { return CountSources(recorded: channels) }
        return CountSources(recorded: recorded ?? [:], imported: imported)
    }

    /// The figure made of `sources`, keeping this one's answered and abandoned counts and measures.
    /// Only a figure that mixes recorded and imported parts stores them apart (`imported`, `recorded`).
    func with(_ sources: CountSources) -> WeeklyCount {
        var next = WeeklyCount(total: sources.total, answered: answered, abandoned: abandoned)
        next.handledMedian = handledMedian
        next.identified = identified
        next.callingAgain = callingAgain
        let channels = sources.channels ?? [:]
        next.channels = channels.isEmpty ? nil : channels
        next.imported = sources.imported.isEmpty ? nil : sources.imported
        // An import's identity stays while imported contacts do (`imports`).
        next.imports = sources.imported.isEmpty ? nil : imports
        let recorded = sources.whole == nil && !sources.imported.isEmpty ? sources.recorded : [:]
        next.recorded = recorded.isEmpty ? nil : recorded
        return next
    }

    /// A figure stored before recorded and imported parts were kept apart has no `imported`: when
    /// the week's caller file accounts for all of it (`callerTotal`), it was imported contact by contact.
    func knowingImports(callerTotal: Int) -> WeeklyCount {
        guard imported == nil, callerTotal > 0, callerTotal == total, let channels, !channels.isEmpty else {
            return self
        }
        var copy = self
        copy.imported = channels
        return copy
    }

    /// Imported contacts whose caller data is gone (`calls rotate-key --forget-callers`) can no longer
    /// be told from a re-import of them: they become the recorded figure for their channels (the figure
    /// stays), so imports after that are covered, never counted twice. Imports with an identity are told
    /// by it (a re-import has the same one), so only the lump without one is weighed against the callers.
    func keepingImportsWithout(callerTotal: Int) -> WeeklyCount {
        let parts = sources
        guard importLump.values.reduce(0, +) > callerTotal else { return self }
        var next = parts
        next.imported = [:]
        if next.whole == nil { next.recorded = parts.channels ?? [:] }
        return with(next)
    }
}
