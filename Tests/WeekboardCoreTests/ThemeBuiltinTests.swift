import Foundation
import Testing
@testable import WeekboardCore

@Suite struct ThemeBuiltinTests {
    static let themesDir = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    static var files: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: themesDir, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "json" }
            .sorted { $0.path < $1.path }
    }

    @Test func everyThemeFileIsTheEmbeddedTheme() throws {
        let names = Self.files.map { $0.deletingPathExtension().lastPathComponent }
        #expect(Set(names) == Set(Theme.builtinNames))
        for file in Self.files {
            let fromFile = try Theme.load(path: file.path)
            let name = file.deletingPathExtension().lastPathComponent
            #expect(fromFile.name == name, "\(file.lastPathComponent) names itself '\(fromFile.name)'")
            #expect(Theme.builtin(name) == fromFile, "themes/\(name).json and BuiltinThemes.swift differ")
        }
    }

    @Test(arguments: Theme.builtinNames)
    func builtinSetsEveryRole(_ name: String) throws {
        let theme = try #require(Theme.builtin(name))
        let missing = Role.allCases.filter { theme.styles[$0] == nil }
        #expect(missing.isEmpty, "\(name) leaves out \(missing.map(\.rawValue))")
    }

    @Test(arguments: Theme.builtinNames, [ColorDepth.none, .eight, .sixteen, .full256])
    func selectionStaysVisible(_ name: String, _ depth: ColorDepth) throws {
        let theme = try #require(Theme.builtin(name))
        let sel = theme.resolved(.selection, for: depth)
        let text = theme.resolved(.text, for: depth)
        #expect(sel.reverse != text.reverse || (sel.bg != text.bg && sel.bg != -1))
    }

    @Test(arguments: Theme.builtinNames.filter { $0 != "monochrome" }, [ColorDepth.eight, .sixteen, .full256])
    func statusColoursDifferAtEveryDepth(_ name: String, _ depth: ColorDepth) throws {
        let theme = try #require(Theme.builtin(name))
        let looks = [Role.statusRed, .statusAmber, .statusGreen].map { theme.resolved($0, for: depth) }
        #expect(Set(looks.map(\.fg)).count == 3, "\(name) at \(depth): \(looks.map(\.fg))")
    }

    @Test func monochromeHasNoColour() throws {
        #expect(try #require(Theme.builtin("monochrome")).isMonochrome)
        for name in Theme.builtinNames where name != "monochrome" {
            #expect(try #require(Theme.builtin(name)).isMonochrome == false)
        }
    }

    /// Bad is orange (red well above blue, some green), good is blue: no red/green pair.
    @Test func colourBlindThemeUsesBlueAndOrange() throws {
        let theme = try #require(Theme.builtin("colour-blind"))
        guard case let .rgb(r, g, b) = theme.style(for: .statusRed).fg,
            case let .rgb(r2, g2, b2) = theme.style(for: .statusGreen).fg
        else {
            Issue.record("colour-blind statuses should be exact colours")
            return
        }
        #expect(r > 200 && g > 60 && b < 60)
        #expect(b2 > r2 && b2 > g2)
    }
}

@Suite struct ThemeReadmeTests {
    @Test func readmeDocumentsEveryRole() throws {
        let readme = try String(
            contentsOf: ThemeBuiltinTests.themesDir.appendingPathComponent("README.md"), encoding: .utf8)
        let undocumented = Role.allCases.filter { !readme.contains("| `\($0.rawValue)` |") }
        #expect(undocumented.isEmpty, "themes/README.md does not document \(undocumented.map(\.rawValue))")
    }
}

extension ThemeBuiltinTests {
    /// Relative luminance (WCAG) of a `#rrggbb` colour.
    static func luminance(_ hex: String) -> Double {
        let v = Int(hex.dropFirst(), radix: 16) ?? 0
        func channel(_ c: Int) -> Double {
            let s = Double(c) / 255
            return s <= 0.039_28 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(v >> 16 & 255) + 0.7152 * channel(v >> 8 & 255) + 0.0722 * channel(v & 255)
    }

    /// The default theme keeps the terminal's background, which may be white: no text role may be
    /// drawn in a colour that vanishes on white (bright cyan, yellow, white) or on black.
    @Test func theDefaultThemeIsReadableOnALightBackgroundToo() throws {
        let url = Self.themesDir.appendingPathComponent("default.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let roles = try #require(json["roles"] as? [String: [String: Any]])
        let faint: Set<String> = ["yellow", "bright-yellow", "cyan", "bright-cyan", "white", "bright-white"]
        for (role, style) in roles where style["bg"] == nil {
            guard let fg = style["fg"] as? String else { continue }
            #expect(!faint.contains(fg), "\(role): \(fg) text is unreadable on a light background")
            if fg.hasPrefix("#") {
                let l = Self.luminance(fg)
                #expect((1.05) / (l + 0.05) >= 3, "\(role): \(fg) has too little contrast on white")
                #expect((l + 0.05) / 0.05 >= 3, "\(role): \(fg) has too little contrast on black")
            }
        }
    }

    /// The week label is drawn in the header's role, so the header's background runs behind it.
    @Test func theHeaderRowIsOneRoleBehindTheWeekLabel() throws {
        let s = try DashboardFixture.state()
        let frame = Dashboard.render(s, width: 80, height: 24)
        let label = "Week 2026.48 · w/c 23 Nov 2026"
        for x in 0...(1 + TextWidth.of(label)) { #expect(frame[x, 0].role == .header, "column \(x)") }
    }
}
