/// How a name typed by a person finds a project, programme or service: the same name ignoring
/// case, else the one name it begins (`void` for `Void repairs`). An unknown or ambiguous name is
/// an error that lists the candidates, so the next try can be right.
enum NameMatch {
    /// The stored spelling `raw` means among `names`. `what` is singular (`project`), `plural` is used in lists.
    /// A name that is not stored but is one of the config's `aliases` (services) means the service it names.
    static func find(
        _ raw: String, in names: [String], what: String, plural: String, aliases: ServiceAliases = ServiceAliases()
    ) throws -> String {
        let key = raw.trimmed(.whitespaces).lowercased()
        guard !key.isEmpty else { throw InputError("\(what) name cannot be empty") }
        if let exact = names.first(where: { $0.lowercased() == key }) { return exact }
        if let service = aliases.service(for: raw),
            let named = names.first(where: { $0.lowercased() == service.lowercased() })
        {
            return named
        }
        let starts = names.filter { $0.lowercased().hasPrefix(key) }
        if starts.count == 1 { return starts[0] }
        if starts.count > 1 {
            throw InputError(
                "'\(Sanitize.text(raw))' could be any of \(starts.count) \(plural): \(list(starts)); "
                    + "type more of the name"
            )
        }
        let known = names.isEmpty ? " (there are no \(plural) yet)" : " (\(plural) include: \(list(names)))"
        throw InputError("no \(what) called '\(Sanitize.text(raw))'\(known)")
    }

    /// Up to eight names, sorted, then how many more.
    static func list(_ names: [String]) -> String {
        let sorted = names.sorted { $0.lowercased() < $1.lowercased() }
        let shown = sorted.prefix(8).map(Sanitize.text).joined(separator: ", ")
        return sorted.count > 8 ? "\(shown) and \(sorted.count - 8) more" : shown
    }
}
