#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Which of a person's weeks are positive (focus set, three goals met), as runs of consecutive weeks:
/// `index/<person>/positive-weeks.json`. It is derived from the person's week files and rewritten in
/// the same all-or-nothing commit as any of them (`Store.commit`), so `status` finds a ten-year streak
/// in one small file instead of decoding one week file per positive week. Not journalled: undo, redo
/// and repair change week files, and the commit that carries them rewrites this too.
struct PositiveWeeks: Codable, Equatable, Sendable {
    static let schemaVersion = 1

    struct Run: Codable, Equatable, Sendable {
        var from: ISOWeek
        var to: ISOWeek
    }

    var schemaVersion = PositiveWeeks.schemaVersion
    /// Oldest first; runs neither overlap nor touch.
    var runs: [Run] = []

    init(_ weeks: Set<ISOWeek>) {
        for w in weeks.sorted() {
            if let last = runs.last, last.to.next == w {
                runs[runs.count - 1].to = w
            } else {
                runs.append(Run(from: w, to: w))
            }
        }
    }

    var weeks: Set<ISOWeek> {
        var out = Set<ISOWeek>()
        for r in runs {
            var w = r.from
            while w <= r.to {
                out.insert(w)
                w = w.next
            }
        }
        return out
    }

    func run(containing week: ISOWeek) -> Run? {
        runs.first { $0.from <= week && week <= $0.to }
    }

    static func file(_ person: String) -> StoreFile<PositiveWeeks> {
        StoreFile(.positiveWeeks, StoreLayout.positiveWeeks(person), .init(person: person))
    }

    /// The index files that `finals` (a commit's changed files) make stale, rebuilt, as more changes
    /// of the same commit. A missing or unreadable index is built from the person's week files once.
    static func updates(
        for finals: [(path: String, old: Data?, new: Data?)], store: Store
    ) throws -> [(path: String, old: Data?, new: Data?)] {
        var changed: [String: [ISOWeek: Data?]] = [:]
        for f in finals {
            let parts = f.path.split(separator: "/").map(String.init)
            guard parts.count == 3, parts[0] == StoreLayout.peopleFolder, parts[2].hasSuffix(".json"),
                let week = ISOWeek.parseID(String(parts[2].dropLast(5)))
            else { continue }
            changed[parts[1], default: [:]][week] = f.new
        }
        var out: [(path: String, old: Data?, new: Data?)] = []
        for (person, weeks) in changed.sorted(by: { $0.key < $1.key }) {
            let path = StoreLayout.positiveWeeks(person)
            let old = try? store.readData(path)
            var positive =
                (old ?? nil).flatMap { try? JSONCoding.decode(PositiveWeeks.self, from: $0, file: path) }?.weeks
                ?? allPositive(person, store: store)
            for (week, data) in weeks {
                let file = store.url(StoreLayout.personWeek(person, week)).path
                let value = data.flatMap { try? JSONCoding.decode(PersonWeek.self, from: $0, file: file) }
                if let value, WeekScore(value).positive { positive.insert(week) } else { positive.remove(week) }
            }
            let new = try JSONCoding.encode(PositiveWeeks(positive))
            if new != old ?? nil { out.append((path, old ?? nil, new)) }
        }
        return out
    }

    /// Every positive week among the person's files on disk (a file that cannot be read counts as not
    /// positive: the streak then stops there and reads it, as it did before there was an index).
    private static func allPositive(_ person: String, store: Store) -> Set<ISOWeek> {
        let dir = store.url("\(StoreLayout.peopleFolder)/\(person)").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        var out = Set<ISOWeek>()
        for name in names where name.hasSuffix(".json") {
            guard let week = ISOWeek.parseID(String(name.dropLast(5))),
                let value = try? store.read(StoreFiles.personWeek(person, week)), WeekScore(value).positive
            else { continue }
            out.insert(week)
        }
        return out
    }
}

extension Store {
    /// The person's positive-week index, nil when absent or unreadable (the streak then walks back).
    func positiveWeeks(_ person: String) -> PositiveWeeks? {
        guard has(PositiveWeeks.file(person)) else { return nil }
        return try? read(PositiveWeeks.file(person))
    }
}

extension PositiveWeeks.Run: JSONReadable {
    init(json: JSONNode) throws {
        let c = try json.object()
        from = try c.read("from")
        to = try c.read("to")
    }
}

extension PositiveWeeks: JSONReadable {
    /// The Codable reading without `JSONDecoder` (see `JSONReadable`).
    init(json: JSONNode) throws {
        let c = try json.object()
        schemaVersion = try c.read("schemaVersion")
        runs = try c.required("runs").array(of: Run.self)
    }
}
