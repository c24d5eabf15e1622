import Foundation

/// Everything on disk under a store folder, without following symlinks: each entry's kind,
/// bytes (files), target (links) and modification time. Two equal trees mean nothing was
/// written, renamed, created or touched.
struct StoreTree: Equatable, CustomStringConvertible {
    enum Entry: Equatable {
        case file(Data, mtime: Date)
        case folder
        case link(String)
    }

    let entries: [String: Entry]

    init(_ root: URL) {
        var out: [String: Entry] = [:]
        func walk(_ rel: String) {
            let url = rel.isEmpty ? root : root.appendingPathComponent(rel)
            guard let attrs = try? FileManager.default.attributesOfItem(atPath: url.path) else { return }
            switch attrs[.type] as? FileAttributeType {
            case .typeSymbolicLink?:
                out[rel] = .link((try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?")
            case .typeDirectory?:
                if !rel.isEmpty { out[rel] = .folder }
                for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
                    walk(rel.isEmpty ? name : rel + "/" + name)
                }
            default:
                let data = (try? Data(contentsOf: url)) ?? Data()
                out[rel] = .file(data, mtime: attrs[.modificationDate] as? Date ?? .distantPast)
            }
        }
        walk("")
        entries = out
    }

    /// Temp files a writer left (names starting `.tmp-`), anywhere in the tree.
    var tempFiles: [String] {
        entries.keys.filter { ($0 as NSString).lastPathComponent.hasPrefix(".tmp-") }.sorted()
    }

    var description: String {
        entries.keys.sorted().map { key -> String in
            switch entries[key]! {
            case let .file(d, m): return "\(key) (\(d.count) bytes, \(m.timeIntervalSince1970))"
            case .folder: return "\(key)/"
            case let .link(t): return "\(key) -> \(t)"
            }
        }.joined(separator: "\n")
    }

    /// The paths whose entries differ, for a readable failure.
    func changes(since before: StoreTree) -> [String] {
        Set(entries.keys).union(before.entries.keys).filter { entries[$0] != before.entries[$0] }.sorted()
    }
}

/// Copies a folder tree (a store template) to a new temporary folder.
func copyStore(_ template: URL, tag: String) throws -> URL {
    let dest = FileManager.default.temporaryDirectory.appendingPathComponent("wb-fault-\(tag)-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: template, to: dest)
    return dest
}
