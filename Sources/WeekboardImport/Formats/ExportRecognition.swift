import WeekboardCore

/// What a file is, told from its first line: a known export by its header (SMDR by its shape, Connect's
/// JSON by its first byte), a mapping by its columns, or weekboard's own CSV.
enum Recognised {
    case teams(HeaderColumns)
    case cxone(HeaderColumns)
    case connectCSV(HeaderColumns)
    case connectJSON
    case smdr
    case mapped(CallsMapping, HeaderColumns)
    /// Not a known export; `nearly` is one it resembles (most of its columns), with those it lacks.
    case csv(nearly: (CallsFormat, missing: [String])?)

    var format: CallsFormat {
        switch self {
        case .teams: return .teams
        case .cxone: return .cxone
        case .connectCSV, .connectJSON: return .connect
        case .smdr: return .smdr
        case .mapped, .csv: return .csv
        }
    }

    static let signatures: [(CallsFormat, [String])] = [
        (.teams, TeamsPSTNFormat.signature), (.cxone, CXoneCallDetailFormat.signature),
        (.connect, ConnectContactRecordFormat.signature),
    ]

    /// Recognises `bytes` (the whole file; only its first line is looked at).
    static func recognise(_ bytes: UnsafeBufferPointer<UInt8>, mappings: [CallsMapping]) -> Recognised {
        var p = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { p = 3 }
        while p < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[p]) { p += 1 }
        if p < bytes.count, bytes[p] == UInt8(ascii: "{") || bytes[p] == UInt8(ascii: "[") { return .connectJSON }
        // Known exports use commas; a mapped one may use semicolons or tabs.
        var scanner = CSVScanner(bytes, delimiter: KnownExportParser.delimiter(bytes))
        guard scanner.next() else { return .csv(nearly: nil) }
        return recognise(scanner.fields, mappings: mappings)
    }

    /// Recognises a file by its first line's fields.
    static func recognise(_ first: [String], mappings: [CallsMapping] = []) -> Recognised {
        if AvayaSMDRFormat.looksLike(first) { return .smdr }
        let h = HeaderColumns(first)
        if h.missing(TeamsPSTNFormat.signature).isEmpty { return .teams(h) }
        if h.missing(CXoneCallDetailFormat.signature).isEmpty { return .cxone(h) }
        if h.missing(ConnectContactRecordFormat.signature).isEmpty { return .connectCSV(h) }
        if let m = mappings.first(where: { h.missing($0.columns).isEmpty }) { return .mapped(m, h) }
        // Half or more of a known header: that export, with columns lost (edited, or a different version).
        let near = signatures.compactMap { f, names -> (CallsFormat, [String], Int)? in
            let missing = h.missing(names)
            return missing.count * 2 <= names.count ? (f, missing, names.count - missing.count) : nil
        }.max { $0.2 < $1.2 }
        return .csv(nearly: near.map { ($0.0, $0.1) })
    }

    /// What makes the file look like its format, for messages.
    var evidence: String {
        switch self {
        case .teams: return "its header has Call Type, User Display Name and Caller ID"
        case .cxone: return "its header has Master_Contact_ID, Skill_Name and ANI_DIALNUM"
        case .connectCSV: return "its header has ContactId, InitialContactId, Channel and InitiationMethod"
        case .connectJSON: return "it is JSON records"
        case .smdr:
            return
                "it has no header, and its first line is shaped like SMDR: a time like 2026/11/23 09:15:02, then I or O"
        case .mapped(let m, _): return "its header has every column of the mapping '\(Sanitize.text(m.name))'"
        case .csv: return "it has none of the headers of the exports weekboard knows"
        }
    }
}
