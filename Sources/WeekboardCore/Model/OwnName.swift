/// How the person whose week is shown is named on screen and in titles: `preferred` (the config's
/// `displayName`, for your own week) over the name kept in the store (`PersonProfile`, as they first
/// gave it) over `typed` (the name given on this command line) over their folder's name. `typed` is
/// passed over for a folder an earlier weekboard named with its own spelling (`Alex`, not the key).
package struct OwnName: Equatable, Sendable {
    package var preferred: String?
    package var typed: String?

    package init(preferred: String? = nil, typed: String? = nil) {
        self.preferred = preferred
        self.typed = typed
    }

    package func shown(kept: String?, folder: String) -> String {
        if let name = preferred ?? kept { return name }
        guard let typed, (try? PersonName(typed))?.key == folder else { return folder }
        return typed
    }
}
