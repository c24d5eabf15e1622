#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A channel as a field name (so an error can point at `channels.phone`).
struct ChannelKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ channel: Channel) { stringValue = channel.rawValue }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
