import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore
@testable import WeekboardDemo

/// The hand-written readers (`JSONReadable`) against `JSONDecoder`, which they replace for the files
/// every view opens: the same values from every file of real stores, and the same verdict on
/// edge cases (where one refuses, so does the other, at the same field).
@Suite("JSON readers: the same values and errors as JSONDecoder")
struct JSONReadableTests {
    let temp = TempStore("readers")
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let today = CalendarDay.parse("2026-11-24")!

    /// Each file read both ways: the two results, a value or the error's text.
    func both<T: Decodable & Equatable & JSONReadable>(
        _ bytes: Data, as type: T.Type
    ) -> (old: Result<T, StoreError>, new: Result<T, StoreError>) {
        func run(_ body: () throws -> T) -> Result<T, StoreError> {
            do { return .success(try body()) } catch let e as StoreError { return .failure(e) } catch {
                return .failure(.invalid("not a StoreError: \(error)"))
            }
        }
        let old = run { try JSONCoding.decode(T.self, from: bytes, file: "f.json", supportedSchema: 9) }
        let new = run { try JSONCoding.read(from: bytes, file: "f.json", supportedSchema: 9) { try T(json: $0) } }
        return (old, new)
    }

    /// Both accept with equal values, or both refuse; a refusal the decoder placed at a field is placed
    /// at the same field, or one inside it (the decoder names the goal for a bad `changedAt`); the
    /// reasons' wording may differ (the decoder's "Could not convert key to type NoteSection").
    func expectSame<T: Decodable & Equatable & JSONReadable>(
        _ text: String, as type: T.Type, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectSame(Data(text.utf8), as: type, sourceLocation: sourceLocation)
    }

    func expectSame<T: Decodable & Equatable & JSONReadable>(
        _ bytes: Data, as type: T.Type, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let (old, new) = both(bytes, as: type)
        let text = String(decoding: bytes, as: UTF8.self)
        switch (old, new) {
        case let (.success(a), .success(b)):
            #expect(a == b, "different values for \(text)", sourceLocation: sourceLocation)
        case let (.failure(a), .failure(b)):
            guard case let .malformed(_, oldPlace, _) = a, case let .malformed(file, newPlace, _) = b else {
                #expect(a == b, "\(text)", sourceLocation: sourceLocation)
                return
            }
            #expect(file == "f.json", sourceLocation: sourceLocation)
            if oldPlace.hasPrefix("field") || oldPlace.hasPrefix("line") || oldPlace.isEmpty {
                let inside = oldPlace.hasPrefix("field") && newPlace.hasPrefix(oldPlace + ".")
                #expect(oldPlace == newPlace || inside, "\(text): \(a) / \(b)", sourceLocation: sourceLocation)
            } else {
                #expect(!newPlace.isEmpty, "\(text): \(b)", sourceLocation: sourceLocation)
            }
        default:
            Issue.record("JSONDecoder: \(old); reader: \(new); for \(text)", sourceLocation: sourceLocation)
        }
    }

    func newError<T: Decodable & Equatable & JSONReadable>(_ text: String, as type: T.Type) -> String {
        switch both(Data(text.utf8), as: type).new {
        case .success: return "no error"
        case .failure(let e): return "\(e)"
        }
    }

    // MARK: Whole stores

    /// Both readers of each kind of file whose type reads itself, by kind (`compareFiles` fails for a
    /// kind missing here).
    func comparers() -> [String: (Data, String) throws -> Void] {
        [
            StoreFileKind.info.name: { data, _ in expectSame(data, as: StoreInfo.self) },
            StoreFileKind.board.name: { data, _ in expectSame(data, as: Board.self) },
            StoreFileKind.personProfile.name: { data, _ in expectSame(data, as: PersonProfile.self) },
            StoreFileKind.personWeek.name: { data, _ in expectSame(data, as: PersonWeek.self) },
            StoreFileKind.boardHistory.name: { data, _ in expectSame(data, as: BoardHistoryYear.self) },
            StoreFileKind.positiveWeeks.name: { data, _ in expectSame(data, as: PositiveWeeks.self) },
            StoreFileKind.contactWeek.name: { data, path in
                expectSame(data, as: ContactWeek.self)
                let totals = try JSONCoding.decode(
                    ContactWeek.self, from: data, file: path, userInfo: [WeeklyCount.totalsOnly: true])
                let read = try StoreFiles.contactTotals(totals.week).decode(data, fullPath: path, checkingSchema: true)
                #expect(read == totals)
            },
        ]
    }

    /// Every file `status` and the dashboard read, in a store, both ways (contacts whole and totals only).
    func compareFiles(in store: Store) throws {
        let root = store.root
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        let compare = comparers()
        let readable = StoreFileKind.all.filter(\.modelReadsItself).map(\.name)
        #expect(Set(compare.keys) == Set(readable))
        var counts: [String: Int] = [:]
        for path in files.sorted() where path.hasSuffix(".json") {
            let data = try Data(contentsOf: root.appendingPathComponent(path))
            let folder = path.split(separator: "/").first.map(String.init) ?? ""
            guard let kind = StoreFileKind.describing(path), let both = compare[kind.name] else { continue }
            try both(data, path)
            counts[folder, default: 0] += 1
        }
        #expect(counts["people", default: 0] > 0 && counts["board.json"] == 1 && counts["contacts", default: 0] > 0)
    }

    func emptyStore(_ tag: String) throws -> Store {
        temp.store(tag)
    }

    @Test("the demo store reads the same")
    func demoStore() throws {
        let store = try emptyStore("demo")
        try store.create(name: DemoStore.storeName, now: Self.now)
        try DemoStore.fill(
            store, person: "alex", today: Self.today, now: Self.now, source: .init(person: "alex", origin: "test"))
        try compareFiles(in: store)
    }

    @Test("generated stores read the same", arguments: [GeneratedStoreSize.week, .decade])
    func generatedStores(_ size: GeneratedStoreSize) throws {
        let store = try emptyStore("gen")
        try StoreGenerator.fill(store, size: size, person: "alex", today: Self.today, now: Self.now, streak: true)
        try compareFiles(in: store)
        #expect(store.boardHistoryYears().isEmpty == (size == .week))
    }
}
