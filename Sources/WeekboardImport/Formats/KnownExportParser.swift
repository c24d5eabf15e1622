#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

/// Reads the exports weekboard knows by name, and mapped ones, record by record in place.
enum KnownExportParser {
    /// The file read as the export it is (checked against `--format` and `--map`); nil when it is
    /// weekboard's own CSV, for `CallsParser` to read.
    static func parse(_ data: Data, _ options: ImportOptions) throws(ImportError) -> (ParsedCalls, ExportExplanation)? {
        guard data.count <= CSVTable.maxBytes else { throw .tooLarge(bytes: data.count, limit: CSVTable.maxBytes) }
        // weekboard's own CSV is told from the first line, before the whole file is decoded a first time.
        let head = data.prefix(1 << 16)
        if options.mapping == nil, options.format ?? .csv == .csv, options.service == nil,
            !head.starts(with: [0xFF, 0xFE]), !head.starts(with: [0xFE, 0xFF])
        {
            let quick = [UInt8](head).withUnsafeBufferPointer { Recognised.recognise($0, mappings: options.mappings) }
            if case .csv = quick { return nil }
        }
        let inPlace =
            !head.starts(with: [0xFF, 0xFE]) && !head.starts(with: [0xFE, 0xFF])
            && data.withUnsafeBytes { TextBytes.isCleanUTF8($0) }
        if inPlace {
            let result = data.withUnsafeBytes { raw -> Result<(ParsedCalls, ExportExplanation)?, ImportError> in
                do throws(ImportError) {
                    return .success(try parse(raw.bindMemory(to: UInt8.self), options))
                } catch { return .failure(error) }
            }
            return try result.get()
        }
        var text = try CSVTable.decode(data)
        text.makeContiguousUTF8()
        let result = text.utf8.withContiguousStorageIfAvailable {
            b -> Result<(ParsedCalls, ExportExplanation)?, ImportError> in
            do throws(ImportError) { return .success(try parse(b, options)) } catch { return .failure(error) }
        }!
        return try result.get()
    }

    private static func parse(_ b: UnsafeBufferPointer<UInt8>, _ options: ImportOptions)
        throws(ImportError) -> (ParsedCalls, ExportExplanation)?
    {
        let zone = LocalOffsets()
        var seen = Recognised.recognise(b, mappings: options.mapping == nil ? options.mappings : [])
        try check(seen, options)
        if let m = options.mapping, case .csv = seen {
            var scanner = CSVScanner(b, delimiter: delimiter(b))
            _ = scanner.next()
            seen = .mapped(m, HeaderColumns(scanner.fields))
        }
        if options.service != nil {
            var allowed = false
            if case .smdr = seen { allowed = true }
            if case .mapped(let m, _) = seen, m.service == nil { allowed = true }
            guard allowed else {
                throw .format(
                    "--service names the service of an SMDR file or of a mapping without a service column; this "
                        + "file is \(title(seen)), whose rows name their service")
            }
        }
        switch seen {
        case .csv: return nil
        case .teams(let h):
            var f = TeamsPSTNFormat(h, zone: zone)!
            return read(&f, b, seen, header: h)
        case .cxone(let h):
            var f = CXoneCallDetailFormat(h)!
            return read(&f, b, seen, header: h)
        case .connectCSV(let h):
            var f = ConnectContactRecordFormat(h, zone: zone)!
            return read(&f, b, seen, header: h)
        case .connectJSON:
            return try readJSON(b, zone)
        case .smdr:
            guard !options.lines.isEmpty || options.service != nil else {
                throw .format(
                    """
                    this looks like \(CallsFormat.smdr.aTitle) (\(seen.evidence)), which names no service: give the \
                    council's service lines in the config ("serviceLines": {"01632 960100": "Repairs"}), or the \
                    file's one service with --service NAME
                    """)
            }
            var f = AvayaSMDRFormat(lines: options.lines, fallback: options.service)
            return read(&f, b, seen, header: nil)
        case .mapped(let m, let h):
            switch MappedFormat.make(m, h, zone: zone, fallback: options.service) {
            case .failure(let missing):
                throw .format(
                    "the file's header lacks the column\(missing.names.count == 1 ? "" : "s") the mapping '"
                        + Sanitize.text(m.name) + "' names: "
                        + missing.names.map { Sanitize.text($0) }.joined(separator: ", "))
            case .success(var f):
                if m.service == nil, options.service == nil {
                    throw .format(
                        "the mapping '\(Sanitize.text(m.name))' names no service column: give the file's service "
                            + "with --service NAME")
                }
                return read(&f, b, seen, header: h, delimiter: delimiter(b), title: m.name)
            }
        }
    }

    static func title(_ seen: Recognised) -> String {
        if case .mapped(let m, _) = seen { return "a file of the mapping '\(Sanitize.text(m.name))'" }
        return seen.format.aTitle
    }

    /// `--format` and `--map` against what the file looks like.
    private static func check(_ seen: Recognised, _ options: ImportOptions) throws(ImportError) {
        let known = seen.format != .csv
        if let m = options.mapping, known {
            throw .format(
                "this looks like \(seen.format.aTitle) (\(seen.evidence)), which weekboard reads without a "
                    + "mapping; import it without --map '\(Sanitize.text(m.name))'")
        }
        guard let wanted = options.format, wanted != seen.format else { return }
        if known {
            throw .format(
                "this looks like \(seen.format.aTitle), not \(wanted.aTitle): \(seen.evidence). Import it without "
                    + "--format, or with --format \(seen.format.rawValue)")
        }
        switch wanted {
        case .smdr:
            throw .format(
                "this is not \(wanted.aTitle): its first line is not 17 to 35 fields starting with a time like "
                    + "2026/11/23 09:15:02, a direction (I or O) and an Is Internal flag (0 or 1)")
        case .teams, .cxone, .connect:
            let names = Recognised.signatures.first { $0.0 == wanted }!.1
            var missing = names
            if case .csv(let near?) = seen, near.0 == wanted { missing = near.missing }
            if case .mapped = seen { missing = names }
            throw .format(
                "this is not \(wanted.aTitle): its header lacks " + missing.joined(separator: ", ")
                    + (wanted == .connect ? " (and it is not JSON records)" : ""))
        case .csv: return
        }
    }

    static func delimiter(_ b: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var end = 0
        while end < b.count, b[end] != 0x0A, b[end] != 0x0D { end += 1 }
        let first = String(decoding: UnsafeBufferPointer(rebasing: b[0..<end]), as: UTF8.self)
        return UInt8(CSVTable.guessDelimiter(first).value)
    }

    private static func read<F: ContactExportFormat>(
        _ f: inout F, _ b: UnsafeBufferPointer<UInt8>, _ seen: Recognised, header h: HeaderColumns?,
        delimiter: UInt8 = UInt8(ascii: ","), title: String? = nil
    ) -> (ParsedCalls, ExportExplanation) {
        var scanner = CSVScanner(b, delimiter: delimiter)
        if h != nil { _ = scanner.next() }
        var collector = ContactCollector(capacity: b.count / 200)
        var rejects: [RejectedRow] = []
        var rows = 0
        var unreadable = 0
        while scanner.next() {
            rows += 1
            switch f.read(line: scanner.line, scanner.field) {
            case .contact(let part):
                if part.callerUnreadable { unreadable += 1 }
                collector.add(part)
            case .skip(let why): collector.skipped.add(why)
            case .reject(let why): rejects.append(RejectedRow(line: scanner.line, reason: why))
            }
        }
        var parsed = ParsedCalls(shape: .perContact, rowsRead: rows)
        parsed.contacts = collector.finish()
        parsed.rejects = rejects
        parsed.format = f.format == .csv ? nil : f.format
        parsed.mapping = title
        parsed.skipped = collector.skipped
        parsed.unreadableCallers = unreadable
        let columns = h?.names ?? (f.format == .smdr ? AvayaSMDRFormat.columns : [])
        let explanation = ExportExplanation(
            title: title.map { "mapping '\(Sanitize.text($0))'" } ?? f.format.title, evidence: seen.evidence,
            columns: columns, meanings: columns.indices.map { f.meaning(ofColumn: $0) }, rules: f.rules)
        return (parsed, explanation)
    }

    private static func readJSON(_ b: UnsafeBufferPointer<UInt8>, _ zone: LocalOffsets)
        throws(ImportError) -> (ParsedCalls, ExportExplanation)
    {
        var f = ConnectContactRecordFormat(jsonZone: zone)
        var scanner = JSONRecordScanner(b, paths: ConnectContactRecordFormat.fields)
        var collector = ContactCollector(capacity: b.count / 500)
        var rejects: [RejectedRow] = []
        var rows = 0
        var unreadable = 0
        do {
            while try scanner.next() {
                rows += 1
                let values = scanner.values
                switch f.read(line: scanner.line, { values[$0] }) {
                case .contact(let part):
                    if part.callerUnreadable { unreadable += 1 }
                    collector.add(part)
                case .skip(let why): collector.skipped.add(why)
                case .reject(let why): rejects.append(RejectedRow(line: scanner.line, reason: why))
                }
            }
        } catch {
            throw .format(
                "this looks like \(CallsFormat.connect.aTitle) in JSON, but line \(error.line) is not: \(error.why)")
        }
        var parsed = ParsedCalls(shape: .perContact, rowsRead: rows)
        parsed.contacts = collector.finish()
        parsed.rejects = rejects
        parsed.format = .connect
        parsed.skipped = collector.skipped
        parsed.unreadableCallers = unreadable
        let columns = ConnectContactRecordFormat.fields
        let explanation = ExportExplanation(
            title: CallsFormat.connect.title + " (JSON)", evidence: Recognised.connectJSON.evidence, columns: columns,
            meanings: columns.indices.map { f.meaning(ofColumn: $0) }, rules: f.rules)
        return (parsed, explanation)
    }
}
