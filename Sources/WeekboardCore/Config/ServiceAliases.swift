/// Other names a service goes by (`serviceAliases` in the config: `{"Repairs": ["Housing repairs", "Repair"]}`),
/// so an export's or a colleague's spelling lands on the team's service. Matched ignoring case and
/// the spaces around it; applied by `calls record`, `calls import` and wherever a service is named.
package struct ServiceAliases: Equatable, Sendable {
    /// alias, lower-cased → the service it names
    private var services: [String: String] = [:]

    package init() {}

    /// From the config's map of service → aliases. An alias given to two services, or that is
    /// another service's own name, is an error naming it.
    package init(_ map: [String: [String]]) throws {
        let names = Set(map.keys.map(Self.key))
        for (service, aliases) in map.sorted(by: { $0.key < $1.key }) {
            let name = service.trimmed(.whitespaces)
            guard !name.isEmpty else { throw InputError("a service name is empty") }
            for alias in aliases {
                let key = Self.key(alias)
                guard !key.isEmpty else { throw InputError("an alias of '\(Sanitize.text(name))' is empty") }
                if key == Self.key(name) { continue }
                if names.contains(key) {
                    throw InputError("'\(Sanitize.text(alias))' is a service of its own, so it cannot be an alias")
                }
                if let other = services[key], other != name {
                    throw InputError(
                        "'\(Sanitize.text(alias))' is an alias of both '\(Sanitize.text(other))' "
                            + "and '\(Sanitize.text(name))'"
                    )
                }
                services[key] = name
            }
        }
    }

    private static func key(_ s: String) -> String { s.trimmed(.whitespaces).lowercased() }

    package var isEmpty: Bool { services.isEmpty }

    /// The service `name` is an alias of, else nil.
    package func service(for name: String) -> String? { services[Self.key(name)] }

    /// The service `name` stands for: its service when it is an alias, else itself.
    package func resolve(_ name: String) -> String { service(for: name) ?? name }
}
