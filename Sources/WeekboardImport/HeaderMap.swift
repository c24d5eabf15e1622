#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Which field index holds which column, for one file.
struct HeaderMap {
    let shape: CallsShape
    let index: [Column: Int]
    let width: Int
    /// Every caller column (an export may have Phone and Email): a row's caller is the first non-empty one.
    var callers: [Int] = []

    /// Recognises the header row; names what is missing when the shape cannot be told.
    static func detect(_ header: [String]) throws(ImportError) -> HeaderMap {
        let names = header.map(Column.normalise)
        var index: [Column: Int] = [:]
        var taken = Set<Int>()
        // Most specific columns first, so `date time` is a timestamp before `date` is considered.
        for column in [Column.contactID, .caller, .timestamp, .count, .service, .channel, .week, .date, .time] {
            for name in column.synonyms {
                if let i = names.indices.first(where: { names[$0] == name && !taken.contains($0) }) {
                    index[column] = i
                    taken.insert(i)
                    break
                }
            }
        }
        // Two columns of one kind: for callers (Phone and Email) each row uses whichever is filled in;
        // two service or count columns of the same name cannot be told apart, so the file is refused.
        let callers = names.indices.filter { Column.caller.synonyms.contains(names[$0]) }
        for column in [Column.service, .count] {
            guard let i = index[column] else { continue }
            let all = names.indices.filter { names[$0] == names[i] }
            if all.count > 1 {
                let which = all.map { "\($0 + 1)" + (quotable(header) ? " ('\(Echo.clip(header[$0]))')" : "") }
                let listed = which.joined(separator: " and ")
                throw .noHeader("columns \(listed) are both a \(column.rawValue) column; remove or rename one")
            }
        }
        guard index[.service] != nil else {
            throw .noHeader(describe(header, missing: "a service column (service, queue or department)"))
        }
        if index[.caller] != nil {
            guard index[.timestamp] != nil || index[.date] != nil else {
                throw .noHeader(
                    describe(
                        header, missing: "a timestamp column (timestamp, date time or call start) for its caller rows"))
            }
            return HeaderMap(shape: .perContact, index: index, width: header.count, callers: callers)
        }
        if index[.count] != nil {
            guard index[.week] != nil || index[.date] != nil || index[.timestamp] != nil else {
                throw .noHeader(describe(header, missing: "a week or date column (week, date or week commencing)"))
            }
            return HeaderMap(shape: .weeklyTotals, index: index, width: header.count)
        }
        throw .noHeader(
            describe(
                header,
                missing:
                    """
                    a count column (count, contacts, volume or calls) or a caller column (caller, phone, email, \
                    cli or ani)
                    """
            ))
    }

    /// Quotes the header only when it cannot be a data row holding a caller (no digits, no `@`):
    /// a file without a header must not have its first contact echoed to the terminal.
    static func describe(_ header: [String], missing: String) -> String {
        let found =
            quotable(header)
            ? ": its first line has " + header.prefix(12).map { "'\(Echo.clip($0))'" }.joined(separator: ", ") : ""
        return "no recognisable header: expected \(missing)\(found)"
    }

    static func quotable(_ header: [String]) -> Bool {
        header.allSatisfy { cell in !cell.contains("@") && !cell.contains(where: \.isNumber) }
    }

    func value(_ column: Column, in fields: [String]) -> String? {
        if column == .caller, callers.count > 1 {
            return callers.lazy.compactMap { $0 < fields.count ? fields[$0] : nil }.first { !$0.isEmpty } ?? ""
        }
        guard let i = index[column], i < fields.count else { return nil }
        return fields[i]
    }
}
