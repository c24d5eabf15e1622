import Foundation
@testable import WeekboardCore

/// A fresh store in its own temporary folder.
func makeStore(_ name: String = #function) throws -> Store {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("wb-import-\(name.filter(\.isLetter))-\(UUID().uuidString)")
    let store = Store(root: dir)
    try store.create(name: "test")
    return store
}

/// Every file under the store (hidden ones too), path → bytes: to prove what did or did not change.
func snapshot(_ store: Store) -> [String: Data] {
    var out: [String: Data] = [:]
    let root = store.root.path
    guard let walker = FileManager.default.enumerator(atPath: root) else { return out }
    while let rel = walker.nextObject() as? String {
        var isDir: ObjCBool = false
        let full = root + "/" + rel
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
            out[rel] = FileManager.default.contents(atPath: full)
        }
    }
    return out
}

func csv(_ text: String) -> Data { Data(text.utf8) }

extension ContactYear {
    func total(_ service: String, _ week: ISOWeek) -> Int? { count(service: service, week: week.week)?.total }
}

func week(_ id: String) -> ISOWeek { ISOWeek.parseID(id)! }
