#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A named mapping from every `Role` to a style. Roles a theme leaves out look like `text`.
package struct Theme: Equatable, Sendable {
    /// The built-in name, or the `name` field of a theme file.
    package var name: String
    /// Styles the theme sets explicitly.
    package var styles: [Role: ThemeStyle]

    package init(name: String, styles: [Role: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`, falling back to the `text` role, then to the terminal's plain text.
    package func style(for role: Role) -> ThemeStyle {
        styles[role] ?? styles[.text] ?? .plain
    }

    /// What the terminal draws for `role` at `depth`. Without colour, a role that stood out
    /// from plain text only by its background (a selection bar, a badge) is drawn reversed
    /// instead, so it never disappears under `NO_COLOR` or on a colourless terminal.
    package func resolved(_ role: Role, for depth: ColorDepth) -> ResolvedStyle {
        let s = style(for: role)
        var out = s.resolved(for: depth)
        if depth == .none, !s.reverse, s.bg != style(for: .text).bg { out.reverse = true }
        return out
    }

    /// True when no role uses any colour (e.g. `monochrome`): the front end then skips colour set-up.
    package var isMonochrome: Bool {
        styles.values.allSatisfy { $0.fg == .terminalDefault && $0.bg == .terminalDefault }
    }

    /// The built-in themes' names, for help text and errors.
    package static var builtinNames: [String] { BuiltinThemes.names }

    /// A built-in theme by name (`default`, `light`, …), or nil.
    package static func builtin(_ name: String) -> Theme? {
        guard let json = BuiltinThemes.json[name] else { return nil }
        // The embedded JSON is checked by tests against themes/*.json, so this cannot fail.
        return try? ThemeFile.decode(Data(json.utf8), file: "built-in theme '\(name)'")
    }

    /// A built-in theme name, or a path to a theme JSON file. A name containing `/` or ending
    /// in `.json` is always a path, so a file can never be mistaken for a built-in.
    package static func resolve(nameOrPath: String) throws -> Theme {
        let s = nameOrPath.trimmed(.whitespaces)
        let looksLikePath = s.contains("/") || s.hasSuffix(".json")
        if !looksLikePath {
            if let t = builtin(s.lowercased()) { return t }
            throw ThemeError.unknown(name: s, available: builtinNames)
        }
        return try load(path: Posix.expandingTilde(s))
    }

    /// Reads and checks a theme file; errors name the file and the field.
    package static func load(path: String) throws -> Theme {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ThemeError.unreadable(
                path: path, reason: Self.failureReason(error))
        }
        return try ThemeFile.decode(data, file: path)
    }

    /// Why a theme file could not be read, in the words full Foundation's `localizedFailureReason` used.
    static func failureReason(_ error: Error) -> String {
        switch (error as? CocoaError)?.code {
        case .fileReadNoSuchFile?: return "The file doesn’t exist."
        case .fileReadNoPermission?: return "You don’t have permission."
        default: return "no such file or not readable"
        }
    }
}
