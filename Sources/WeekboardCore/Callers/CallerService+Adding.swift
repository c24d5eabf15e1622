extension CallerService {
    /// Two services' callers in one week as one.
    func adding(_ other: CallerService) -> CallerService {
        CallerService(
            callers: callers.merging(other.callers, uniquingKeysWith: +), withheld: withheld + other.withheld,
            contacts: Array(Set(contacts).union(other.contacts)).sorted(),
            measures: Self.union(measures, other.measures), visits: Self.union(visits, other.visits))
    }

    private static func union(_ a: [String]?, _ b: [String]?) -> [String]? {
        a == nil && b == nil ? nil : Array(Set(a ?? []).union(b ?? [])).sorted()
    }
}
