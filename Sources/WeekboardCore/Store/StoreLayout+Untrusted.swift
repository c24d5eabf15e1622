#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

// Paths read back from the journal (`fields[].file`) and the commit record (`steps[].path`/`.temp`)
// are untrusted: a hand edit, a damaged disk or (once stores sync) another machine wrote them. Undo,
// redo and recovery write, move and delete only what these say is one of the store's own files, so a
// path like `../../outside/victim.json` is refused before anything is touched.
extension StoreLayout {
    /// True when `path` names a data file undo may change: `board.json`, `okrs.json`, `access.json`,
    /// a person's week or `person.json`, a contact or caller week (or shard), a board-history year.
    static func isJournalledFile(_ path: String) -> Bool {
        guard let parts = plainParts(path) else { return false }
        return isDataFile(parts)
    }

    /// True when `path` names a file a commit may write or remove: a data file, `store.json`,
    /// `secret.key`, a streak index, a format-1 contacts year, a journal month or field part, or a copy kept by
    /// `repair` under `repair-backup/<time>/`.
    static func isCommittableFile(_ path: String) -> Bool {
        guard let parts = plainParts(path) else { return false }
        if parts.count >= 3, parts[0] == "repair-backup" {
            return isDataFile(Array(parts.dropFirst(2))) || isOtherStoreFile(Array(parts.dropFirst(2)))
        }
        return isDataFile(parts) || isOtherStoreFile(parts)
    }

    /// True when `temp` is a temp file the commit staged for `path`: in the same folder, named
    /// `.tmp-<name>-…` after it.
    static func isTempFile(_ temp: String, for path: String) -> Bool {
        guard let tempParts = plainParts(temp), let parts = plainParts(path), tempParts.count == parts.count,
            tempParts.dropLast() == parts.dropLast()
        else { return false }
        return tempParts.last!.hasPrefix("\(AtomicFile.tempPrefix)\(parts.last!)-")
    }

    /// The path's parts when it is relative and has no empty, `.` or `..` part (nil otherwise).
    private static func plainParts(_ path: String) -> [String]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") })
        else { return nil }
        return parts
    }

    private static func isDataFile(_ parts: [String]) -> Bool {
        switch parts.count {
        case 1: return [board, okrs, access].contains(parts[0])
        case 2:
            switch parts[0] {
            case contactsFolder: return isWeekFile(parts[1])
            case callersFolder: return isWeekFile(parts[1]) || parts.joined(separator: "/") == followUps
            case boardHistoryFolder: return isYearFile(parts[1])
            default: return false
            }
        case 3:
            if parts[0] == peopleFolder {
                return isPerson(parts[1]) && (parts[2] == PersonProfile.fileName || isWeekFile(parts[2]))
            }
            guard parts[0] == callersFolder, ISOWeek.parseID(parts[1])?.id == parts[1] else { return false }
            return parts[2].count == 6 && parts[2].hasSuffix(".json") && "0123456789abcdef".contains(parts[2].first!)
        default: return false
        }
    }

    private static func isOtherStoreFile(_ parts: [String]) -> Bool {
        switch parts.count {
        case 1: return parts[0] == info || parts[0] == secretKey
        case 2:
            if parts[0] == contactsFolder { return isYearFile(parts[1]) }
            guard parts[0] == journalFolder, parts[1].hasSuffix(".jsonl") else { return false }
            let month = parts[1].dropLast(6).split(separator: "-", omittingEmptySubsequences: false)
            return month.count == 2 && month[0].count == 4 && month[1].count == 2
                && month.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
        case 3:
            if parts[0] == journalFolder, parts[1] == "fields" { return isFieldsPart(parts[2]) }
            return parts[0] == indexFolder && isPerson(parts[1]) && parts[2] == "positive-weeks.json"
        default: return false
        }
    }

    /// `<seq>-<part>.json` (`JournalFields`).
    private static func isFieldsPart(_ name: String) -> Bool {
        let numbers = name.dropLast(5).split(separator: "-", omittingEmptySubsequences: false)
        return name.hasSuffix(".json") && numbers.count == 2
            && numbers.allSatisfy { !$0.isEmpty && $0.count <= 13 && $0.allSatisfy(\.isASCIIDigit) }
    }

    private static func isWeekFile(_ name: String) -> Bool {
        guard name.hasSuffix(".json"), let week = ISOWeek.parseID(String(name.dropLast(5))) else { return false }
        return "\(week.id).json" == name
    }

    private static func isYearFile(_ name: String) -> Bool {
        let stem = name.dropLast(5)
        return name.hasSuffix(".json") && stem.count == 4 && stem.allSatisfy(\.isASCIIDigit)
    }

    private static func isPerson(_ key: String) -> Bool { (try? PersonName.checkFolder(key)) != nil }
}
