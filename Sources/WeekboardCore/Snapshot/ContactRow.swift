#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One service's line in the contact-centre panel.
package struct ContactRow: Equatable, Sendable {
    package let service: String
    /// This week's total, or nil when nothing was recorded.
    package let count: Int?
    package let baseline: Baseline
    /// Totals for the 12 weeks ending with this one, oldest first (nil = no figure).
    package let recent: [Int?]
    /// This week's figure by channel, where it was recorded by channel.
    package var channels: [Channel: Int]? = nil
    /// Where the figure mixes recorded totals and imported contacts: the channels that are recorded totals.
    package var recordedChannels: Set<Channel> = []
    /// This week's handled time, abandonment and calling again, where the figure has them.
    package var measures = ContactMeasures()
    /// The same for the weeks of `recent`, oldest first (nil where a week has none); read only when this
    /// week has measures, so a store of recorded totals reads no more than before.
    package var recentMeasures: [ContactMeasures?] = []
    /// Their normal for the time of year, where this week has contacts imported one by one (it reads the
    /// weeks compared with whole); `ContactWeeks.measureNormals` makes it for any week (`status --json`).
    package var measuresNormal: ContactMeasures? = nil

    /// The channels in words, busiest first (`phone 3,410 · email 550`); recorded totals are marked
    /// where the figure also has imported contacts. Nil without channels.
    package func channelText(separator: String = " · ") -> String? {
        guard let channels, !channels.isEmpty else { return nil }
        let sorted = channels.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
        return sorted.map { ch, n in
            "\(ch.rawValue) \(Marks.thousands(n))" + (recordedChannels.contains(ch) ? " recorded" : "")
        }.joined(separator: separator)
    }

    package var delta: Double? { count.flatMap { baseline.delta($0) } }
}
