#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

package extension CallsImport {
    /// `calls import --explain`: how the file is read (each column's use, what counts), what it holds, and
    /// five sample contacts with callers only as tokens. Reads the store's key (if any) and writes nothing.
    static func explain(data: Data, store: Store, options: ImportOptions) throws -> [String] {
        guard store.exists else { throw StoreError.notAStore(path: store.root.path) }
        let (parsed, known) = try CallsParser.parseExplained(data, options: options)
        let explanation = try known ?? ownCSV(data)
        var out = ["Read as: \(explanation.title) (\(explanation.evidence))."]
        if !explanation.columns.isEmpty {
            out.append(
                explanation.columns.count == AvayaSMDRFormat.columns.count && parsed.format == .smdr
                    ? "Fields (no header; by position):" : "Columns:")
            let width = min(32, explanation.columns.map { Self.cell($0).count }.max() ?? 0)
            for (i, name) in explanation.columns.enumerated() {
                let shown = Self.cell(name)
                let pad = String(repeating: " ", count: max(0, width - shown.count))
                out.append("  \(shown)\(pad)  \(explanation.meanings[i] ?? "not used")")
            }
        }
        out.append("What counts:")
        out += explanation.rules.map { "  " + $0 }
        let n = parsed.contacts.count
        var holds =
            "In this file: \(parsed.rowsRead) row\(parsed.rowsRead == 1 ? "" : "s"), \(n) contact\(n == 1 ? "" : "s")"
        if parsed.shape == .weeklyTotals {
            holds = "In this file: \(parsed.rowsRead) row\(parsed.rowsRead == 1 ? "" : "s") of weekly figures"
        }
        if parsed.format != nil || parsed.mapping != nil { holds += "; " + parsed.skipped.sentence }
        if !parsed.rejects.isEmpty { holds += "; \(parsed.rejects.count) rejected (first: \(parsed.rejects[0]))" }
        out.append(holds + ".")
        guard parsed.shape == .perContact, !parsed.contacts.isEmpty else {
            out.append("Nothing was written.")
            return out
        }
        let existing = try CallerKey.existing(in: store)
        let key = existing ?? .generate()
        out.append(
            "Sample contacts (callers as the first 6 hex digits of their token"
                + (existing == nil ? "; the store has no caller key yet, so these will differ" : "") + "):")
        for r in parsed.contacts.prefix(5) {
            let caller: String
            if case .withheld = r.caller { caller = "withheld" } else { caller = String(key.token(r.caller).prefix(6)) }
            var line = "  line \(r.line): \(r.time.day.iso) \(r.time.canonical.suffix(8).prefix(5)) (\(r.week.id))"
            line += " · \(Sanitize.text(options.aliases.resolve(r.service))) · \(r.channel.rawValue)"
            line += " · caller \(caller)"
            if let source = r.source { line += " · contact \(key.contactKey(source: source).prefix(6))" }
            if r.abandoned == true {
                line += " · abandoned"
            } else if let s = r.seconds {
                line += " · handled \(s / 60):\(s % 60 < 10 ? "0" : "")\(s % 60)"
            }
            out.append(line)
        }
        out.append("Nothing was written.")
        return out
    }

    private static func cell(_ name: String) -> String { Echo.clip(Sanitize.text(name), max: 32) }

    /// weekboard's own CSV, explained from its header.
    private static func ownCSV(_ data: Data) throws -> ExportExplanation {
        let table = try CSVTable.read(data)
        let map = try HeaderMap.detect(table.header.fields)
        let words: [Column: String] = [
            .week: "week", .date: "date (ISO or day first)", .time: "time of day",
            .timestamp: "time (ISO or day first)", .service: "service (through serviceAliases)", .channel: "channel",
            .count: "count", .caller: "caller (kept only as a token)",
            .contactID: "identity: one contact per value (kept only as a keyed hash)",
        ]
        let columns = table.header.fields
        let meanings = columns.indices.map { i -> String? in
            if let c = map.index.first(where: { $0.value == i })?.key { return words[c] }
            return map.callers.contains(i) ? words[.caller] : nil
        }
        let rules =
            map.shape == .perContact
            ? ["Every row is one contact; the same row in a later file is not counted again."]
            : ["Each row sets one week's figure for its service (and channel); rows of one week are added up."]
        return ExportExplanation(
            title: "weekboard CSV, \(map.shape.rawValue)", evidence: "its header names its columns",
            columns: columns, meanings: meanings, rules: rules)
    }
}
