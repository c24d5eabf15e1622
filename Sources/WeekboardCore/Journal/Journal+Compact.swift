#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

// Entries written before caller-level fields were kept beside them (`JournalFields`) hold an import's
// every contact key in their line: a month file of 149 MB after a million-row import, far over the limit a
// store file may be. `repair` moves those fields out, line by line, without changing what undo finds.
extension Journal {
    /// What a line holding caller-level fields contains (keys are written sorted, without spaces).
    private static let inlineCallerField = Data("\"file\":\"\(StoreLayout.callersFolder)/".utf8)

    /// Month files with an entry that keeps caller-level fields in its line, with how many such entries.
    func inlineCallerFields() throws -> [(file: String, entries: Int)] {
        var out: [(String, Int)] = []
        for path in segments() {
            let data = try store.readData(path) ?? Data()
            guard data.firstRange(of: Self.inlineCallerField) != nil else { continue }
            let n = data.split(separator: 0x0A).filter { $0.firstRange(of: Self.inlineCallerField) != nil }.count
            out.append((path, n))
        }
        return out
    }

    /// Stages `path` rewritten with each entry's caller-level fields moved to parts beside it (and the
    /// parts); a line that is not an entry, or keeps no such fields, is kept byte for byte. Returns how
    /// many entries were moved.
    static func moveFieldsBeside(_ path: String, in tx: inout Transaction) throws -> Int {
        let data = try tx.readData(path) ?? Data()
        var out = Data(), moved = 0
        out.reserveCapacity(data.count / 16)
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            guard line.firstRange(of: inlineCallerField) != nil,
                var entry = try? decode(line, file: path, line: 0), let fields = entry.fields,
                JournalFields.keptBeside(fields)
            else {
                out.append(line)
                out.append(0x0A)
                continue
            }
            let parts = try JournalFields.parts(fields, seq: entry.seq)
            for part in parts { tx.writeRaw(part.path, part.data) }
            entry.fields = nil
            entry.fieldParts = parts.count
            out.append(try encode(entry))
            moved += 1
        }
        // A torn last line (no newline) is kept as it is: the writer deals with it.
        if let last = data.split(separator: 0x0A, omittingEmptySubsequences: false).last { out.append(last) }
        tx.writeRaw(path, out)
        return moved
    }
}
