import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardImport
@testable import WeekboardCore

@Suite("Imports racing other writers")
struct ImportConcurrencyTests {
    let temp = TempStore("import")
    @Test("imports and 'calls record' running at once lose nothing")
    func racing() throws {
        let store = try makeStore(in: temp)
        let writers = 8
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: writers) { i in
            do {
                if i % 2 == 0 {
                    // Each importer brings 5 contacts of its own to Repairs.
                    var file = "timestamp,service,caller\n"
                    for m in 0..<5 { file += "2026-11-23 1\(i / 2):0\(m),Repairs,07700 9001\(i)\(m)\n" }
                    _ = try CallsImport.run(
                        data: csv(file), store: store, options: .init(), source: .init(person: "alex", origin: "test"))
                } else {
                    let ctx = ActionContext(
                        person: "alex", week: week("2026-W48"), now: Date(), today: week("2026-W48").monday)
                    try store.perform(.contacts(.recordCalls(service: "Queue \(i)", count: i, channel: nil)), ctx)
                }
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty)
        let year = try store.readContactYear(2026)
        #expect(year.total("Repairs", week("2026-W48")) == 5 * writers / 2)
        for i in stride(from: 1, to: writers, by: 2) { #expect(year.total("Queue \(i)", week("2026-W48")) == i) }
        let callers = try store.read(StoreFiles.callers(week("2026-W48")))
        #expect(callers.services["Repairs"]?.contacts.count == 5 * writers / 2)
    }
}

/// Errors collected from concurrent work.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ s: String) { lock.lock(); list.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return list }
}
