#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `$XDG_CONFIG_HOME/weekboard/config.json`: read, never written.
package struct Config: Codable, Equatable, Sendable {
    package var theme: String?
    package var weekLabel: WeekLabelStyle?
    package var person: String?
    package var baselineYears: Int?
    /// Minutes without a key before a dashboard opened over SSH ends (default 480, 8 hours).
    package var sshIdleMinutes: Int?
    /// Weeks a complete (Blue) project stays on the board after its last update (default 4).
    package var completeWeeks: Int?
    /// The name a weeknote's title gives its author (default: the person).
    package var displayName: String?
    /// service → other names it goes by (`ServiceAliases`).
    package var serviceAliases: [String: [String]]?
    /// The council's own service lines, number → service (`ServiceLines`), for exports that name only
    /// the number dialled (Avaya IP Office SMDR).
    package var serviceLines: [String: String]?
    /// How to read exports of systems weekboard does not know by name (`CallsMapping`).
    package var callsMappings: [CallsMapping]?
    /// A caller is calling too often at this many contacts with one service (default 4) within this
    /// many days (default 7): `calls followups`.
    package var followUpContacts: Int?
    package var followUpDays: Int?

    package init(
        theme: String? = nil, weekLabel: WeekLabelStyle? = nil, person: String? = nil, baselineYears: Int? = nil,
        completeWeeks: Int? = nil, displayName: String? = nil
    ) {
        self.theme = theme
        self.weekLabel = weekLabel
        self.person = person
        self.baselineYears = baselineYears
        self.completeWeeks = completeWeeks
        self.displayName = displayName
    }

    package var labelStyle: WeekLabelStyle { weekLabel ?? .dotted }
    package var years: Int { baselineYears ?? 3 }
    package var followUpRule: FollowUpList.Rule {
        FollowUpList.Rule(contacts: max(2, followUpContacts ?? 4), days: max(1, min(366, followUpDays ?? 7)))
    }
    package var sshIdleLimit: Duration { .seconds((sshIdleMinutes ?? 480) * 60) }
    package var completeShownWeeks: Int { completeWeeks ?? 4 }
    /// Checked when the config is loaded, so never throws here.
    package var aliases: ServiceAliases { (try? ServiceAliases(serviceAliases ?? [:])) ?? ServiceAliases() }
    /// Checked when the config is loaded, so never throws here.
    package var lines: ServiceLines { (try? ServiceLines(serviceLines ?? [:])) ?? ServiceLines() }

    package static func path(environment env: [String: String]) -> URL {
        if let x = env["XDG_CONFIG_HOME"], !x.isEmpty {
            return URL(fileURLWithPath: x).appendingPathComponent("weekboard/config.json")
        }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? Posix.homeDirectory() ?? "/"
        return URL(fileURLWithPath: home).appendingPathComponent(".config/weekboard/config.json")
    }

    /// The config, or defaults when there is no file. A bad file is an error naming the problem.
    package static func load(environment env: [String: String]) throws -> Config {
        let url = path(environment: env)
        guard FileManager.default.fileExists(atPath: url.path) else { return Config() }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw StoreError.io(path: url.path, reason: "cannot read config: \(error.readableDescription)")
        }
        let config = try JSONCoding.decode(Config.self, from: data, file: url.path)
        if let y = config.baselineYears, !(1...10).contains(y) {
            throw StoreError.malformed(
                file: url.path, location: "field baselineYears", reason: "must be 1 to 10, not \(y)")
        }
        if let m = config.sshIdleMinutes, !(1...10080).contains(m) {
            throw StoreError.malformed(
                file: url.path, location: "field sshIdleMinutes", reason: "must be 1 to 10080 (a week), not \(m)")
        }
        if let w = config.completeWeeks, !(0...104).contains(w) {
            throw StoreError.malformed(
                file: url.path, location: "field completeWeeks", reason: "must be 0 to 104, not \(w)")
        }
        do { _ = try ServiceAliases(config.serviceAliases ?? [:]) } catch let e as InputError {
            throw StoreError.malformed(file: url.path, location: "field serviceAliases", reason: e.description)
        }
        do { _ = try ServiceLines(config.serviceLines ?? [:]) } catch let e as InputError {
            throw StoreError.malformed(file: url.path, location: "field serviceLines", reason: e.description)
        }
        for (i, m) in (config.callsMappings ?? []).enumerated() {
            if let why = m.problem {
                throw StoreError.malformed(file: url.path, location: "field callsMappings[\(i)]", reason: why)
            }
        }
        return config
    }
}
