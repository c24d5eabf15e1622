import Crypto
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// The identity of what one import added to one service's week (`WeeklyCount.imports`): SHA-256 over the
/// week, the service and the sorted identities of the contacts it added, so the same export imported on
/// two machines has the same identity and different exports have different ones, whatever their counts.
/// A contact's identity here is what the export says of it (the system's own id, or its time, channel
/// and id), never its caller: the digest travels with the weekly figure, and caller data never does.
enum ImportDigest {
    /// One contact's identity, without its caller.
    static func identity(_ r: ContactRecord) -> String {
        if let source = r.source { return "source\u{0}" + source }
        return "row\u{0}\(r.time.canonical)\u{0}\(r.channel.rawValue)\u{0}\(r.id ?? "")"
    }

    /// The digest of the contacts (`identity`) an import added to `service` in `week`.
    static func of(week: ISOWeek, service: String, _ identities: [String]) -> String {
        var hash = SHA256()
        hash.update(data: Data("weekboard-import\u{0}\(week.id)\u{0}\(service.lowercased())".utf8))
        for identity in identities.sorted() { hash.update(data: Data(("\n" + identity).utf8)) }
        return hash.finalize().prefix(16).map { String($0, radix: 16).leftPadded() }.joined()
    }
}

extension String {
    fileprivate func leftPadded() -> String { count == 1 ? "0" + self : self }
}
