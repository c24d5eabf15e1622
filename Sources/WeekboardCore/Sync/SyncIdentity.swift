#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How each list and field of each kind of store file merges, in one place (docs/store-format.md,
/// "Sync", "Merging"). A list with identity is merged element by element, so two machines adding to
/// it both keep theirs; a field that only records when something changed takes the later value
/// without asking anyone.
enum SyncIdentity {
    /// The kinds of store file whose lists have rules of their own.
    enum FileKind: Equatable {
        case board, boardHistory, okrs, personWeek, contacts, conflicts, other

        init(path: String) {
            let parts = path.split(separator: "/")
            switch (parts.count, parts.first) {
            case (1, _) where path == StoreLayout.board: self = .board
            case (1, _) where path == StoreLayout.okrs: self = .okrs
            case (1, _) where path == StoreLayout.conflicts: self = .conflicts
            case (2, StoreLayout.boardHistoryFolder[...]?): self = .boardHistory
            case (2, StoreLayout.contactsFolder[...]?): self = .contacts
            case (3, StoreLayout.peopleFolder[...]?) where parts[2] != Substring(PersonProfile.fileName):
                self = .personWeek
            default: self = .other
            }
        }
    }

    /// What makes two elements of a list the same element.
    enum Key {
        /// The element's string field (`name` of a project, `title` of an objective, `id` of a conflict).
        case field(String)
        /// The element's first version (`history[0]`): a RAID item's versions are only ever appended.
        case firstVersion
        /// The whole element: a status update, a note, a version; changing one is removing it and adding
        /// another (a note edited in place excepted: `followsEdits`).
        case whole
    }

    enum Order {
        /// Elements of the ancestor in its order, then new ones by when they were added.
        case kept
        /// By the element's `date` (then as `kept`): status updates, versions.
        case byDate
    }

    enum ListRule {
        case identity(Key, Order)
        /// The versions of a RAID item or ratings: merged as `identity(.whole, .byDate)`, and when the two
        /// machines' latest versions differ a new version merges them field by field (how it stands now).
        case versions
        /// Fixed slots merged place by place (a week's three goals).
        case positional
        /// A sorted list of unique strings (contact keys): what each side added and removed.
        case set
        /// No identity: the list is one value.
        case whole
    }

    /// The rule for the list at `keys` (object keys from the file's root, `[]` for an element of a list).
    static func list(_ kind: FileKind, _ keys: [String], sample: [[JSONValue]]) -> ListRule {
        switch (kind, keys) {
        case (.board, ["projects"]): return .identity(.field("name"), .kept)
        case (.board, ["projects", "[]", "history"]): return .identity(.whole, .byDate)
        case (.board, ["projects", "[]", "risks"]), (.board, ["projects", "[]", "issues"]),
            (.board, ["projects", "[]", "decisions"]), (.board, ["projects", "[]", "actions"]):
            // Kept in place: an item's number is its place, so another machine's items go after.
            return .identity(.firstVersion, .kept)
        case (.board, ["projects", "[]", "ratings", "history"]): return .versions
        case (.board, _) where keys.count == 5 && keys[0] == "projects" && keys[3] == "[]" && keys[4] == "history":
            return .versions
        case (.boardHistory, _) where keys.count == 2 && keys[0] == "projects": return .identity(.whole, .byDate)
        case (.okrs, ["objectives"]), (.okrs, ["objectives", "[]", "keyResults"]):
            return .identity(.field("title"), .kept)
        case (.personWeek, ["goals"]): return .positional
        case (.personWeek, _) where keys.count == 2 && keys[0] == "notes": return .identity(.whole, .kept)
        case (.conflicts, ["conflicts"]): return .identity(.field("id"), .kept)
        default:
            if sample.allSatisfy({ FieldDiff.names($0) != nil }) { return .identity(.field("name"), .kept) }
            if sample.allSatisfy(isSortedStrings) { return .set }
            return .whole
        }
    }

    /// A field that says only when (or by whom) something last changed: it takes the later value and is
    /// never a conflict. nil: an ordinary field.
    enum Silent { case greatest, later }

    static func silent(_ kind: FileKind, _ keys: [String]) -> Silent? {
        guard let last = keys.last else { return nil }
        if last == "changedAt" || last == "updatedAt" { return .greatest }
        if kind == .board, keys == ["recentFrom"] { return .greatest }
        // A version's date and author follow the later of the versions merged into it.
        if kind == .board, keys.count >= 3, keys[keys.count - 3] == "history", last == "date" { return .greatest }
        if kind == .board, keys.count >= 3, keys[keys.count - 3] == "history", last == "by" { return .later }
        return nil
    }

    /// True when the path is a list the journal names projects in (`{"name": …}`), for renames.
    static func followsRenames(_ kind: FileKind, _ keys: [String]) -> Bool {
        (kind == .board && keys == ["projects"]) || (kind == .boardHistory && keys == ["projects"])
    }

    /// True when the path is a list whose elements the journal records edits of in place (a week's
    /// notes sections): an element edited on one side keeps its identity, so the edit meets the other
    /// side's edit or removal of it.
    static func followsEdits(_ kind: FileKind, _ keys: [String]) -> Bool {
        kind == .personWeek && keys.count == 2 && keys[0] == "notes"
    }

    static func key(_ key: Key, of element: JSONValue) -> String {
        switch key {
        case .field(let name):
            if case .object(let o) = element, let s = o[name]?.stringValue { return s }
        case .firstVersion:
            if case .object(let o) = element, case .array(let versions)? = o["history"], let first = versions.first {
                return SyncCanonical.text(first)
            }
        case .whole: break
        }
        return SyncCanonical.text(element)
    }

    /// The day an element is ordered by (`byDate`).
    static func date(of element: JSONValue, _ order: Order) -> String {
        guard order == .byDate, case .object(let o) = element else { return "" }
        return o["date"]?.stringValue ?? ""
    }

    private static func isSortedStrings(_ list: [JSONValue]) -> Bool {
        var last: String?
        for v in list {
            guard let s = v.stringValue, last.map({ $0 < s }) ?? true else { return false }
            last = s
        }
        return true
    }
}
