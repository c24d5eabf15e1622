#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One service's contacts in one week.
package struct WeeklyCount: Codable, Equatable, Sendable {
    package var total: Int
    /// When present, `total` is their sum.
    package var channels: [Channel: Int]?
    package var answered: Int?
    package var abandoned: Int?
    /// Contacts imported one row per contact, by channel (those a recorded total covers too). See `CountSources`.
    package var imported: [Channel: Int]?
    /// When the figure also has imported contacts: the channels whose figure is a recorded total.
    package var recorded: [Channel: Int]?
    /// What each per-contact import added, by channel, under its identity (`ImportDigest`): the imported
    /// counts that travel with an identity, so a sync takes the union of two machines' imports. Their sum
    /// is at most `imported`; the rest was imported before imports had an identity (see `importLump`).
    package var imports: [String: [Channel: Int]]?
    /// Measures worked out from contacts imported one by one (absent for a figure recorded as a total,
    /// which cannot have them): the median handled time in seconds of the contacts that were handled,
    /// and of the contacts whose caller is known (`identified`), those from a caller who had already
    /// contacted the service in the 7 days before (`callingAgain`). Kept in the weekly figure, which
    /// travels with the store; the caller-level data they come from does not.
    package var handledMedian: Int?
    package var identified: Int?
    package var callingAgain: Int?

    package init(total: Int, channels: [Channel: Int]? = nil, answered: Int? = nil, abandoned: Int? = nil) {
        self.total = total
        self.channels = channels
        self.answered = answered
        self.abandoned = abandoned
    }

    /// The most a stored count may be. Far above any contact centre's week (imports and `calls record`
    /// take 10 million at most), and low enough that sums and scales over years of them stay exact
    /// in Int and Double: a damaged file holding 9223372036854775807 is refused, not summed.
    package static let maxCount = 1_000_000_000

    /// nil, or why a stored count is impossible.
    static func problem(_ value: Int) -> String? {
        if value < 0 { return "a count cannot be negative (\(value))" }
        if value > maxCount { return "a count cannot be more than 1,000,000,000 (found \(value))" }
        return nil
    }

    // Decoding refuses negative and absurd counts, and a total that is not the sum of its channels:
    // a hand-edited or damaged file must not show "-5 contacts", or crash a sum.
    /// Decoder option: read `total` only (channels, answered and abandoned are left out), for the
    /// weeks a view compares with. Same types as a whole read, so no new decoding machinery is set up.
    package static let totalsOnly = CodingUserInfoKey(rawValue: "weekboard.totalsOnly")!

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        total = try c.decode(Int.self, forKey: .total)
        if let why = WeeklyCount.problem(total) {
            throw DecodingError.dataCorruptedError(forKey: .total, in: c, debugDescription: why)
        }
        if decoder.userInfo[WeeklyCount.totalsOnly] as? Bool == true { return }
        channels = try Self.channelCounts(c, .channels)
        answered = try c.decodeIfPresent(Int.self, forKey: .answered)
        abandoned = try c.decodeIfPresent(Int.self, forKey: .abandoned)
        handledMedian = try c.decodeIfPresent(Int.self, forKey: .handledMedian)
        identified = try c.decodeIfPresent(Int.self, forKey: .identified)
        callingAgain = try c.decodeIfPresent(Int.self, forKey: .callingAgain)
        for (key, value) in [
            (CodingKeys.answered, answered), (.abandoned, abandoned), (.handledMedian, handledMedian),
            (.identified, identified), (.callingAgain, callingAgain),
        ] {
            if let value, let why = WeeklyCount.problem(value) {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: why)
            }
        }
        if let why = measuresProblem {
            throw DecodingError.dataCorruptedError(forKey: .callingAgain, in: c, debugDescription: why)
        }
        imported = try Self.channelCounts(c, .imported)
        recorded = try Self.channelCounts(c, .recorded)
        imports = try c.decodeIfPresent([String: [Channel: Int]].self, forKey: .imports)
        if let why = importsProblem {
            throw DecodingError.dataCorruptedError(forKey: .imports, in: c, debugDescription: why)
        }
        if let channels {
            // Each channel is at most maxCount, so four of them cannot overflow.
            let sum = channels.values.reduce(0, +)
            if !channels.isEmpty, sum != total {
                throw DecodingError.dataCorruptedError(
                    forKey: .total, in: c,
                    debugDescription: "is \(total) but its channels add up to \(sum) (the total must be their sum)")
            }
        }
        if imported?.isEmpty == false, let figure = sources.channels, figure != channels {
            throw DecodingError.dataCorruptedError(
                forKey: .channels, in: c,
                debugDescription: "do not match the counts they come from (each channel is its recorded total, "
                    + "else its imported contacts)")
        }
    }

    /// Counts by channel under `key`, each checked like a total.
    private static func channelCounts(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws
        -> [Channel: Int]?
    {
        guard let counts = try c.decodeIfPresent([Channel: Int].self, forKey: key) else { return nil }
        let nested = try c.nestedContainer(keyedBy: ChannelKey.self, forKey: key)
        for channel in Channel.allCases {
            if let value = counts[channel], let why = WeeklyCount.problem(value) {
                throw DecodingError.dataCorruptedError(forKey: ChannelKey(channel), in: nested, debugDescription: why)
            }
        }
        return counts
    }

    enum CodingKeys: String, CodingKey {
        case total, channels, answered, abandoned, imported, recorded, imports, handledMedian, identified
        case callingAgain
    }

    /// Why the contacts calling again cannot be what is stored, or nil.
    var measuresProblem: String? {
        guard let callingAgain else { return nil }
        guard let identified else { return "is given without 'identified' (the contacts it is a share of)" }
        if callingAgain > identified {
            return "is \(callingAgain), more than the \(identified) contacts whose caller is known"
        }
        return nil
    }
}

extension WeeklyCount {
    /// `init(from:)` without `JSONDecoder` (see `JSONReadable`): the same checks in the same order;
    /// `totalsOnly` as the decoder option of that name.
    init(json: JSONNode, totalsOnly: Bool) throws {
        let c = try json.object()
        total = try c.read("total")
        if let why = WeeklyCount.problem(total) { throw c.failure("total", why) }
        if totalsOnly { return }
        channels = try Self.channelCounts(c, "channels")
        answered = try c.readIfPresent("answered")
        abandoned = try c.readIfPresent("abandoned")
        handledMedian = try c.readIfPresent("handledMedian")
        identified = try c.readIfPresent("identified")
        callingAgain = try c.readIfPresent("callingAgain")
        for (key, value) in [
            ("answered", answered), ("abandoned", abandoned), ("handledMedian", handledMedian),
            ("identified", identified), ("callingAgain", callingAgain),
        ] {
            if let value, let why = WeeklyCount.problem(value) { throw c.failure(key, why) }
        }
        if let why = measuresProblem { throw c.failure("callingAgain", why) }
        imported = try Self.channelCounts(c, "imported")
        recorded = try Self.channelCounts(c, "recorded")
        if let object = try c.optional("imports")?.object() {
            var imports: [String: [Channel: Int]] = [:]
            for (digest, value) in try object.members() {
                let counts = try value.object().keyed(by: Channel.self, of: Int.self)
                guard imports.updateValue(counts, forKey: digest) == nil else {
                    throw object.failure(digest, "duplicate field '\(digest)'")
                }
            }
            self.imports = imports
        }
        if let why = importsProblem { throw c.failure("imports", why) }
        if let channels {
            let sum = channels.values.reduce(0, +)
            if !channels.isEmpty, sum != total {
                throw c.failure(
                    "total", "is \(total) but its channels add up to \(sum) (the total must be their sum)")
            }
        }
        if imported?.isEmpty == false, let figure = sources.channels, figure != channels {
            throw c.failure(
                "channels",
                "do not match the counts they come from (each channel is its recorded total, "
                    + "else its imported contacts)")
        }
    }

    private static func channelCounts(_ c: JSONObject, _ key: String) throws -> [Channel: Int]? {
        guard let object = try c.optional(key)?.object() else { return nil }
        let counts = try object.keyed(by: Channel.self, of: Int.self)
        for channel in Channel.allCases {
            if let value = counts[channel], let why = WeeklyCount.problem(value) {
                throw object.failure(channel.rawValue, why)
            }
        }
        return counts
    }
}
