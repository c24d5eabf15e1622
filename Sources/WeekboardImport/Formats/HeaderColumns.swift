/// A header's columns by normalised name (case, `_`, `-` and `.` ignored: `Start_Date`, `start_date` and
/// `START DATE` are one name), for the known exports whose field names vary in case between downloads.
struct HeaderColumns {
    let names: [String]
    private let positions: [String: Int]

    init(_ header: [String]) {
        names = header
        var p: [String: Int] = [:]
        for (i, h) in header.enumerated() where p[Self.key(h)] == nil { p[Self.key(h)] = i }
        positions = p
    }

    static func key(_ name: String) -> String {
        String(name.lowercased().filter { !" _-.".contains($0) })
    }

    /// The position of the column called `name`, if the header has it.
    subscript(_ name: String) -> Int? { positions[Self.key(name)] }

    func has(_ name: String) -> Bool { self[name] != nil }

    /// Which of `wanted` the header lacks.
    func missing(_ wanted: [String]) -> [String] { wanted.filter { !has($0) } }
}
