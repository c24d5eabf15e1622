/// The council's own service lines (`serviceLines` in the config: `{"01632 960100": "Repairs"}`), so a
/// switchboard export that names only the number dialled (Avaya IP Office SMDR) says which service a call
/// was for. Numbers are matched by their digits in national form (`+44 1632 960100`, `01632960100` and
/// `1632 960100` are one number), and a number given in full matches the last digits a switch passes on
/// (`960100`), six digits at least.
package struct ServiceLines: Equatable, Sendable {
    /// National-form digits → service.
    private var services: [String: String] = [:]

    package init() {}

    /// From the config's map of number → service; a number with too few digits or given twice is an error.
    package init(_ map: [String: String]) throws {
        for (number, service) in map.sorted(by: { $0.key < $1.key }) {
            let digits = Self.digits(number)
            guard digits.count >= 6 else {
                throw InputError("'\(Sanitize.text(number))' is not a phone number of six digits or more")
            }
            let name = service.trimmed(.whitespaces)
            guard !name.isEmpty else { throw InputError("the service for '\(Sanitize.text(number))' is empty") }
            if let other = services[digits], other != name {
                throw InputError("'\(Sanitize.text(number))' is given twice, for two services")
            }
            services[digits] = name
        }
    }

    package var isEmpty: Bool { services.isEmpty }

    /// `+44 1632 960100` → `01632960100`; other text → its digits.
    static func digits(_ raw: String) -> String {
        var d = raw.filter { $0.isASCII && $0.isNumber }
        if raw.trimmed(.whitespaces).hasPrefix("+44") || d.hasPrefix("0044") {
            d = "0" + d.dropFirst(d.hasPrefix("0044") ? 4 : 2)
        }
        return d
    }

    /// The service whose line `dialled` is: the same digits, else the line whose number ends with them
    /// (or that they end with), six digits or more, the longest such line first.
    package func service(dialled: String) -> String? {
        let d = Self.digits(dialled)
        guard d.count >= 4 else { return nil }
        if let s = services[d] { return s }
        if d.count >= 6, let s = services[d.hasPrefix("0") ? d : "0" + d] { return s }
        let candidates = services.filter { key, _ in
            (key.hasSuffix(d) && d.count >= 6) || (d.hasSuffix(key) && key.count >= 6)
        }
        return candidates.max { a, b in (a.key.count, b.key) < (b.key.count, a.key) }?.value
    }
}
