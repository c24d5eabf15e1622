import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardImport
@testable import WeekboardCore

@Suite("A busy week's caller data is kept in shards, far below the file-size limit")
struct CallerShardTests {
    let temp = TempStore("import")
    /// `rows` contacts in week 48, every one distinct, callers repeating every `rows / 3`.
    static func busyWeek(_ rows: Int) -> Data {
        var text = "timestamp,service,channel,caller\n"
        for i in 0..<rows {
            let s = i * 604_800 / rows
            let day = 23 + s / 86_400
            let t = s % 86_400
            let n = i % (rows / 3)
            let caller = n % 5 == 0 ? "r\(n)@example.org" : "07700 \(String(900_000 + n).suffix(6))"
            let stamp = "2026-11-\(day) \(t / 3600):\(t / 60 % 60):\(t % 60)"
            text += "\(stamp),\(i % 2 == 0 ? "Repairs" : "Housing"),phone,\(i % 97 == 0 ? "withheld" : caller)\n"
        }
        return Data(text.utf8)
    }

    @Test("over 20,000 contacts: sixteen shard files, the whole-week file gone; reading them back is the same week")
    func shardsAndReadsBack() throws {
        let store = try makeStore(in: temp)
        let small = try CallsImport.run(
            data: Self.busyWeek(300), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect(small.contactsImported == 300)
        #expect(store.has(StoreFiles.callers(week("2026-W48"))))
        let before = try store.readCallerWeek(week("2026-W48"))

        let rows = CallerWeek.shardAbove + 3_000
        let big = try CallsImport.run(
            data: Self.busyWeek(rows), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect(big.contactsImported + big.duplicatesSkipped == rows)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.url("callers/2026-W48").path).sorted()
        #expect(names == CallerWeek.shardNames.map { "\($0).json" })
        #expect(!store.has(StoreFiles.callers(week("2026-W48"))), "the whole-week file should have been replaced")
        let after = try store.readCallerWeek(week("2026-W48"))
        #expect(after.contactCount == 300 + big.contactsImported)
        // Nothing counted before was lost in the move, and every key sits in its own shard.
        for (service, old) in before.services {
            #expect(Set(old.contacts).isSubset(of: Set(after.services[service]?.contacts ?? [])))
        }
        for name in CallerWeek.shardNames {
            let shard = try store.read(StoreFiles.callerShard(week("2026-W48"), name))
            #expect(shard.shard == name)
            #expect(shard.services.values.allSatisfy { $0.contacts.allSatisfy { $0.hasPrefix(name) } })
            let bytes = try Data(contentsOf: store.url("callers/2026-W48/\(name).json")).count
            #expect(bytes < 1_000_000, "shard \(name) is \(bytes) bytes")
        }
        // Counts and tokens agree, and a re-import counts nothing twice.
        let year = try store.readContactYear(2026)
        let total = (year.total("Repairs", week("2026-W48")) ?? 0) + (year.total("Housing", week("2026-W48")) ?? 0)
        #expect(total == after.contactCount)
        #expect(after.services.values.map(\.total).reduce(0, +) == total)
        let files = snapshot(store)
        let again = try CallsImport.run(
            data: Self.busyWeek(rows), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
        #expect((again.contactsImported, again.duplicatesSkipped) == (0, rows))
        #expect(snapshot(store) == files)
        // Repeat callers are worked out from the shards as from one file.
        let stats = try RepeatCallers.load(store: store, week: week("2026-W48"))
        #expect(stats["Repairs"]?.contacts == after.services["Repairs"]?.total)
    }

    @Test("forgetting callers empties a sharded week back into one small file")
    func forgetEmptiesShards() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(
            data: Self.busyWeek(CallerWeek.shardAbove + 100), store: store, options: .init(),
            source: .init(person: "alex", origin: "test"))
        #expect(store.callerWeeks() == [week("2026-W48")])
        #expect(
            try CallerKey.rotate(in: store, forgetCallers: true, source: .init(person: "alex", origin: "test")) == 1)
        #expect(!FileManager.default.fileExists(atPath: store.url("callers/2026-W48/0.json").path))
        #expect(try store.readCallerWeek(week("2026-W48")).isEmpty)
    }

    @Test("a shard that says it is another shard, or holds a key of another, is an error naming it")
    func misplacedShard() throws {
        let store = try makeStore(in: temp)
        _ = try CallsImport.run(
            data: Self.busyWeek(CallerWeek.shardAbove + 100), store: store, options: .init(),
            source: .init(person: "alex", origin: "test"))
        let url = store.url("callers/2026-W48/3.json")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        try Data(text.replacingOccurrences(of: "\"shard\" : \"3\"", with: "\"shard\" : \"4\"").utf8).write(to: url)
        #expect(throws: StoreError.self) { try store.readCallerWeek(week("2026-W48")) }
        do { _ = try store.readCallerWeek(week("2026-W48")) } catch { #expect("\(error)".contains(url.path)) }
        // A key moved in from shard 5.
        let five = try store.read(StoreFiles.callerShard(week("2026-W48"), "5"))
        let stray = try #require(five.services.values.first?.contacts.first)
        try Data(text.replacingOccurrences(of: "\"contacts\" : [", with: "\"contacts\" : [\n\"\(stray)\",").utf8).write(
            to: url)
        do {
            _ = try store.readCallerWeek(week("2026-W48"))
            Issue.record("a key in the wrong shard was accepted")
        } catch { #expect("\(error)".contains("shard '5'")) }
    }

    @Test("measures go to their contact's shard and come back whole and sorted")
    func measuresInShards() throws {
        var week = CallerWeek(week: try #require(ISOWeek.parseID("2026-W48")))
        let keys = (0..<64).map { i in String(format: "%02x", i * 4) + String(repeating: "0", count: 30) }
        week.services["Repairs"] = CallerService(
            callers: [:], withheld: 64, contacts: keys, measures: keys.map { $0 + ":\($0.count)" }.sorted())
        let shards = week.shards()
        for s in shards {
            for m in s.services["Repairs"]?.measures ?? [] { #expect(m.hasPrefix(s.shard!)) }
        }
        #expect(shards.reduce(0) { $0 + ($1.services["Repairs"]?.measures?.count ?? 0) } == 64)
        let back = CallerWeek(week: week.week, merging: shards)
        #expect(back.services["Repairs"]?.measures == week.services["Repairs"]?.measures)
        #expect(back.services["Repairs"]?.contacts == keys.sorted())
    }
}
