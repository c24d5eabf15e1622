#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The rows of a project's RAID log.
package enum RAIDRows {
    /// The project's items of `kind`, numbered, in the order added.
    package static func items(_ kind: RAIDKind, of p: Project) -> [RAIDRow] {
        switch kind {
        case .risk: return rows(p, p.risks) { .risk($0) }
        case .issue: return rows(p, p.issues) { .issue($0) }
        case .decision: return rows(p, p.decisions) { .decision($0) }
        case .action: return rows(p, p.actions) { .action($0) }
        }
    }

    /// Every open item of the project, highest rank first (then risks, issues, decisions, actions, by number).
    package static func open(_ p: Project) -> [RAIDRow] {
        let kinds = RAIDKind.allCases
        return kinds.flatMap { items($0, of: p) }.filter(\.isOpen).sorted {
            let (a, b) = ($0, $1)
            let ka = kinds.firstIndex(of: a.kind)!, kb = kinds.firstIndex(of: b.kind)!
            return (-a.rank, ka, a.number) < (-b.rank, kb, b.number)
        }
    }

    private static func rows<E>(_ p: Project, _ list: [Versioned<E>], _ wrap: (E) -> RAIDRow.Entry) -> [RAIDRow] {
        list.enumerated().map { i, v in
            RAIDRow(project: p.name, number: i + 1, raised: v.raised, entry: wrap(v.current))
        }
    }
}
