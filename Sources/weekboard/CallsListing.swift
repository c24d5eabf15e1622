import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore
import WeekboardImport

struct CallsListing: Encodable {
    struct Row: Encodable {
        let service: String
        let count: Int?
        let baseline: Double?
        let deltaPercent: Double?
        let basis: String
        /// This week by channel, where recorded by channel.
        let channels: [String: Int]?

        init(_ r: ContactRow) {
            service = r.service
            count = r.count
            channels = r.channels.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.key.rawValue, $0.value) }) }
            baseline = r.baseline.value.map { ($0 * 10).rounded() / 10 }
            deltaPercent = r.delta.map { ($0 * 1000).rounded() / 10 }
            basis = r.baseline.basis.sentence
        }
    }
    struct Week: Encodable {
        let week: String
        let services: [Row]
        /// The rows as computed, for the text listing.
        var rows: [ContactRow] = []

        enum CodingKeys: String, CodingKey { case week, services }
    }
    let weeks: [Week]
}
