/// The man page's DASHBOARD KEYS section, printed from the key map itself (as the help overlay and
/// footer are), so the manual names every key the dashboard has.
package enum KeyMapManual {
    package static var mdoc: String {
        var lines = [
            ".Sh DASHBOARD KEYS",
            "Press", ".Sy \\&?", "or", ".Sy F1", "in the dashboard for these keys.",
            ".Bl -tag -width \"Tab Shift-Tab\"",
        ]
        for b in KeyMap.bindings {
            var seen: [String] = []
            for e in b.entries {
                var name = escape(KeyMap.name(e.key, unicode: false))
                // A lone delimiter (`[`, `?`…) would be read as punctuation by mdoc.
                if name.count == 1, "([)].,:;?!|".contains(name) { name = "\\&" + name }
                if !seen.contains(name) { seen.append(name) }
            }
            lines.append(".It Sy \"\(seen.joined(separator: " "))\"")
            lines.append(escape(b.summary) + where_(b.scope))
        }
        lines += [
            ".It Sy Ctrl-Z", "suspend (the shell's fg brings the dashboard back)",
            ".El", ".Pp",
            "While a line is edited: Enter saves it (in a form, moves to the next field), Esc cancels,",
            "Left and Right move, Ctrl-U clears.",
            "A paste is text, never keys: it goes into the line being edited and is ignored elsewhere.",
            // From the view's own key table, as the help overlay prints it.
            "In the sync conflicts view (P): "
                + escape(
                    ConflictsOverlay.bindings.map { b in
                        b.entries.map { KeyMap.name($0.key, unicode: false) }.joined(separator: " ") + " " + b.summary
                    }.joined(separator: "; ")) + ".",
            "SIGTERM, SIGINT and SIGHUP restore the terminal and exit with 128 plus the signal's number.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// ` (goals, board)` for keys that work in some panels only.
    static func where_(_ scope: KeyScope) -> String {
        switch scope {
        case .anywhere: return ""
        case .team: return " (team view)"
        case .panels(let list):
            return list.count == Panel.allCases.count ? "" : " (" + list.map(\.title).joined(separator: ", ") + ")"
        }
    }

    /// mdoc reads a leading `.` or `'` as a request and a backslash as an escape.
    static func escape(_ text: String) -> String {
        var t = text.replacingBackslashes()
        if t.hasPrefix(".") || t.hasPrefix("'") { t = "\\&" + t }
        return t.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\\(dq")
    }
}

extension String {
    fileprivate func replacingBackslashes() -> String {
        split(separator: "\\", omittingEmptySubsequences: false).joined(separator: "\\e")
    }
}
