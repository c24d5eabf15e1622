#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A busy week's caller data in sixteen files. A whole week's file holds about 90 bytes a contact
/// (its key, and its caller's token), so at ~180,000 contacts a week it would reach the 16 MiB a
/// store file may be. Above `CallerWeek.shardAbove` contacts a week is written as
/// `callers/2026-W48/0.json` … `f.json` instead, each token and contact key in the file named by
/// its first hex digit (keyed hashes are uniform, so the files are even): room for about three
/// million contacts a week. Smaller weeks keep the single file, so stores written before stay as they are.
package extension CallerWeek {
    static let shardAbove = 20_000
    static let shardNames = (0..<16).map { String($0, radix: 16) }

    /// The week in sixteen parts, in `shardNames` order. Withheld counts (which have no token)
    /// go in shard "0".
    func shards() -> [CallerWeek] {
        var out = CallerWeek.shardNames.map { name -> CallerWeek in
            var s = CallerWeek(week: week)
            s.keyID = keyID
            s.shard = name
            return s
        }
        func index(_ hex: String) -> Int { hex.utf8.first.flatMap { Int(String(UnicodeScalar($0)), radix: 16) } ?? 0 }
        for (name, service) in services {
            var parts = Array(repeating: CallerService(), count: 16)
            parts[0].withheld = service.withheld
            for (token, n) in service.callers { parts[index(token)].callers[token] = n }
            for key in service.contacts { parts[index(key)].contacts.append(key) }
            // A measure starts with its contact's key, so it goes in that contact's shard.
            var measures = Array(repeating: [String](), count: 16)
            for m in service.measures ?? [] { measures[index(m)].append(m) }
            for i in 0..<16 where !measures[i].isEmpty { parts[i].measures = measures[i] }
            // A visit too.
            var visits = Array(repeating: [String](), count: 16)
            for v in service.visits ?? [] { visits[index(v)].append(v) }
            for i in 0..<16 where !visits[i].isEmpty { parts[i].visits = visits[i] }
            for i in 0..<16 where !parts[i].contacts.isEmpty || !parts[i].callers.isEmpty || parts[i].withheld > 0 {
                out[i].services[name] = parts[i]
            }
        }
        return out
    }

    /// The week put back together from its shards.
    init(week: ISOWeek, merging shards: [CallerWeek]) {
        self.init(week: week)
        for s in shards {
            keyID = keyID ?? s.keyID
            for (name, part) in s.services {
                var whole = services[name] ?? CallerService()
                whole.callers.merge(part.callers) { a, b in a + b }
                whole.withheld += part.withheld
                whole.contacts += part.contacts
                if let m = part.measures { whole.measures = (whole.measures ?? []) + m }
                if let v = part.visits { whole.visits = (whole.visits ?? []) + v }
                services[name] = whole
            }
        }
        for name in services.keys {
            services[name]!.contacts.sort()
            services[name]!.measures?.sort()
            services[name]!.visits?.sort()
        }
    }
}

package extension StoreFiles {
    /// `callers/2026-W48/a.json`: one shard of a busy week's caller data.
    static func callerShard(_ week: ISOWeek, _ shard: String) -> StoreFile<CallerWeek> {
        StoreFile(.callerShard, StoreLayout.callerShard(week, shard), .init(week: week, shard: shard))
    }
}

package extension StoreReader {
    /// A week's caller data, from its single file or its shards (which win: a crash after the
    /// shards were written but before the single file was removed leaves both).
    func readCallerWeek(_ week: ISOWeek) throws -> CallerWeek {
        let first = try read(StoreFiles.callerShard(week, CallerWeek.shardNames[0]))
        guard first.shard != nil else {
            let file = StoreFiles.callers(week)
            let whole = try read(file)
            try checkCallers(whole, file.path, week, shard: nil)
            return whole
        }
        var parts: [CallerWeek] = []
        for name in CallerWeek.shardNames {
            let file = StoreFiles.callerShard(week, name)
            let part = name == CallerWeek.shardNames[0] ? first : try read(file)
            try checkCallers(part, file.path, week, shard: part.shard == nil && part.services.isEmpty ? nil : name)
            parts.append(part)
        }
        return CallerWeek(week: week, merging: parts)
    }

    private func checkCallers(_ c: CallerWeek, _ path: String, _ week: ISOWeek, shard: String?) throws {
        if c.week != week {
            throw StoreError.malformed(
                file: fullPath(path), location: "field week", reason: "holds \(c.week.id) but is named for \(week.id)")
        }
        if c.shard != shard {
            throw StoreError.malformed(
                file: fullPath(path), location: "field shard",
                reason:
                    "says \(c.shard.map { "'\($0)'" } ?? "nothing") but the file is "
                    + (shard.map { "shard '\($0)'" } ?? "a whole week")
            )
        }
        guard let shard else { return }
        for (name, s) in c.services {
            if let bad = (s.callers.keys + s.contacts + (s.measures ?? []) + (s.visits ?? [])).first(where: {
                !$0.hasPrefix(shard)
            }) {
                throw StoreError.malformed(
                    file: fullPath(path), location: "field services.\(name)",
                    reason: "holds '\(bad)', which belongs in shard '\(bad.prefix(1))'")
            }
        }
    }
}

package extension Store {
    /// True when the week has caller data on disk, in either layout.
    func hasCallers(_ week: ISOWeek) -> Bool {
        has(StoreFiles.callers(week)) || has(StoreFiles.callerShard(week, CallerWeek.shardNames[0]))
    }
}

package extension Transaction {
    /// Writes a week's caller data in the layout its size calls for, removing the other layout's files.
    mutating func write(_ callers: CallerWeek) throws {
        let whole = StoreFiles.callers(callers.week)
        if callers.contactCount > CallerWeek.shardAbove {
            // Shard "0" last: its presence is what tells a reader the week is in shards.
            let parts = callers.shards()
            for part in parts.dropFirst() + parts.prefix(1) {
                try write(StoreFiles.callerShard(callers.week, part.shard!), part)
            }
            if store.has(whole) { remove(whole.path) }
        } else {
            var c = callers
            c.shard = nil
            try write(whole, c)
            for name in CallerWeek.shardNames {
                let shard = StoreFiles.callerShard(callers.week, name)
                if store.has(shard) { remove(shard.path) }
            }
        }
    }
}
